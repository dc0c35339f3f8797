#include "space.h"

#include "heap.h"
#include "pmm.h"
#include "vmm.h"

#include <kernel/arch/cpu.h>
#include <kernel/arch/paging.h>
#include <kernel/cpu/cpu.h>
#include <kernel/panic/panic.h>

#include <errno.h>
#include <string.h>

space_t* space_create(void)
{
    space_t* space = kcalloc(1, sizeof(space_t));
    uint64_t root = pmm_alloc();
    if (space == NULL || root == 0)
    {
        kfree(space);
        if (root != 0)
        {
            pmm_free(root);
        }
        return NULL;
    }
    spinlock_init(&space->lock);
    space->root = PHYS_TO_VIRT(root);
    space->root_phys = root;
    paging_root_init(space->root, vmm_kernel_space()->root);
    space->alloc_start = VMM_USER_ALLOC_START;
    space->alloc_end = VMM_USER_END;
    space->next_fit = VMM_USER_ALLOC_START;
    return space;
}

// What space_destroy's walk over the user half carries along.
typedef struct
{
    space_t* space;
    uint64_t lazy; /**< promised pages never touched */
} space_teardown_t;

// One leaf entry in use: free an owned page, uncount its callback, count
// a lazy page's promise to give back.
static void space_free_leaf(void* context, paging_entry_t entry)
{
    space_teardown_t* teardown = context;
    if (paging_entry_lazy(entry))
    {
        teardown->lazy++;
        return;
    }
    if (paging_entry_owned(entry))
    {
        pmm_free(paging_entry_phys(entry));
    }
    if (paging_entry_callback(entry) != 0)
    {
        uint64_t ignored[4] = {0};
        space_callback_uncount(teardown->space, paging_entry_callback(entry), 1, ignored);
    }
}

void space_destroy(space_t* space)
{
    for (uint32_t i = 0; i < CPU_MAX; i++)
    {
        if (cpus[i].space == space)
        {
            panic("space: destroying an address space loaded on CPU %u", i);
        }
    }
    // Free everything in the lower half: tables, owned pages, the
    // promises of lazy pages never touched.
    space_teardown_t teardown = {space, 0};
    paging_free_user(space->root, space_free_leaf, &teardown);
    if (teardown.lazy > 0)
    {
        pmm_uncommit(teardown.lazy);
    }
    // Every callback still registered runs now: its mappings are gone.
    space_callback_fire(space, space->callback_used);
    pmm_free(space->root_phys);
    kfree(space->callbacks);
    kfree(space);
}

void space_load(space_t* space)
{
    interrupt_state_t flags = cpu_interrupts_save();
    cpu_current()->space = space;
    paging_load(space->root_phys);
    cpu_interrupts_restore(flags);
}

space_t* space_current(void)
{
    return cpu_current()->space;
}

static bool space_id_used(const space_t* space, unsigned id)
{
    return space->callback_used[id / 64] & (1ULL << (id % 64));
}

int space_callback_new(space_t* space, space_callback_fn_t function, void* data)
{
    if (space->callbacks == NULL)
    {
        space_callback_t* table = kcalloc(SPACE_CALLBACK_MAX + 1, sizeof(space_callback_t));
        if (table == NULL)
        {
            return -ENOMEM;
        }
        spin_lock(&space->lock);
        if (space->callbacks == NULL)
        {
            space->callbacks = table;
            table = NULL;
        }
        spin_unlock(&space->lock);
        kfree(table); // another thread was first
    }
    int result = -ENOSPC;
    spin_lock(&space->lock);
    for (unsigned word = 0; word < 4; word++)
    {
        // Id 0 means "no callback" and is never handed out.
        uint64_t free_ids = ~space->callback_used[word] & (word == 0 ? ~1ULL : ~0ULL);
        if (free_ids != 0)
        {
            unsigned id = word * 64 + (unsigned)__builtin_ctzll(free_ids);
            space->callback_used[word] |= 1ULL << (id % 64);
            space->callbacks[id] = (space_callback_t){function, data, 0};
            result = (int)id;
            break;
        }
    }
    spin_unlock(&space->lock);
    return result;
}

bool space_callback_exists(const space_t* space, uint8_t id)
{
    return id != 0 && space_id_used(space, id);
}

uint64_t space_callback_pages(const space_t* space, uint8_t id)
{
    return space_callback_exists(space, id) ? space->callbacks[id].pages : 0;
}

void space_callback_count(space_t* space, uint8_t id, uint64_t pages)
{
    space->callbacks[id].pages += pages;
}

void space_callback_uncount(space_t* space, uint8_t id, uint64_t pages, uint64_t fired[4])
{
    space_callback_t* callback = &space->callbacks[id];
    callback->pages -= pages;
    if (callback->pages == 0)
    {
        fired[id / 64] |= 1ULL << (id % 64);
    }
}

void space_callback_fire(space_t* space, const uint64_t fired[4])
{
    // Copy the set first: fired may be the space's own in-use set.
    uint64_t ids[4];
    memcpy(ids, fired, sizeof(ids));
    for (unsigned id = 1; id <= SPACE_CALLBACK_MAX; id++)
    {
        if (!(ids[id / 64] & (1ULL << (id % 64))))
        {
            continue;
        }
        spin_lock(&space->lock);
        bool live = space_id_used(space, id) && space->callbacks[id].pages == 0;
        space_callback_t callback = space->callbacks[id];
        if (live)
        {
            space->callback_used[id / 64] &= ~(1ULL << (id % 64));
        }
        spin_unlock(&space->lock);
        // Unlocked: the callback may use the space itself.
        if (live)
        {
            callback.function(callback.data);
        }
    }
}

void space_set_fault_handler(space_t* space, space_fault_handler_t handler, void* owner)
{
    space->fault_handler = handler;
    space->owner = owner;
}

void space_report_user_fault(const interrupt_frame_t* frame, uint64_t address)
{
    space_t* space = space_current();
    if (space == NULL || space->fault_handler == NULL)
    {
        // Only the kernel can have put user code there without an owner.
        panic_frame(frame, "user-mode %s in a space without an owner", interrupt_vector_name(interrupt_frame_vector(frame)));
    }
    space->fault_handler(space->owner, frame, address);
}

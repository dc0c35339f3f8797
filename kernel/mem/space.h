// Address spaces: one per process, all sharing the kernel's upper half.
//
// A space may register up to 255 callbacks. Pages mapped with a callback
// id count towards it; when unmapping brings the count to zero, or the
// space is destroyed, the callback runs. Shared memory uses this to know
// when the last mapping of an object is gone.
#ifndef KERNEL_MEM_SPACE_H
#define KERNEL_MEM_SPACE_H 1

#include <kernel/arch/interrupt.h>
#include <kernel/arch/paging.h>
#include <kernel/sync/spinlock.h>

#include <stdbool.h>
#include <stdint.h>

#define SPACE_CALLBACK_MAX 255

typedef void (*space_callback_fn_t)(void* data);

/**
 * What a space's owner (a process) is told when code running in the
 * space's user half causes an exception: the saved state, and for page
 * faults the faulting address. It decides what happens (for a process: it
 * dies); it may not return if it switches away for good.
 */
typedef void (*space_fault_handler_t)(void* owner, const interrupt_frame_t* frame, uint64_t address);

typedef struct
{
    space_callback_fn_t function;
    void* data;
    uint64_t pages;
} space_callback_t;

struct space
{
    spinlock_t lock;    /**< guards the lower half's tables and the callbacks */
    paging_entry_t* root; /**< the top page table, through the direct map (kernel/arch/paging.h) */
    uint64_t root_phys;
    uint64_t alloc_start; /**< next-fit placement range */
    uint64_t alloc_end;
    uint64_t next_fit;
    uint64_t callback_used[4]; /**< bit n: id n is in use (id 0 never) */
    space_callback_t* callbacks; /**< indexed by id; allocated with the first callback */
    space_fault_handler_t fault_handler;
    void* owner;
    uint64_t owned_pages; /**< lower-half pages the space owns or was promised (VMM_LAZY); changed under lock */
    uint64_t reserve_start; /**< a range grown into on first touch (vmm_reserve); empty if start == end */
    uint64_t reserve_end;
    uint32_t reserve_flags; /**< what its pages are mapped with */
};

typedef struct space space_t;

/** A new user address space with an empty lower half; NULL when out of memory. */
space_t* space_create(void);

/**
 * Free everything in the space's lower half (owned pages, page tables),
 * run the callbacks still registered, and free the space. It must not be
 * the loaded space.
 */
void space_destroy(space_t* space);

/** Switch this CPU to @p space. */
void space_load(space_t* space);

/** The space this CPU runs in. */
space_t* space_current(void);

/** Register a callback; its id (1..255), or -ENOSPC / -ENOMEM. */
int space_callback_new(space_t* space, space_callback_fn_t function, void* data);

/** True if callback @p id is registered in @p space. */
bool space_callback_exists(const space_t* space, uint8_t id);

/** Pages currently counted towards callback @p id. */
uint64_t space_callback_pages(const space_t* space, uint8_t id);

/** Set who hears about exceptions raised by user code in this space. */
void space_set_fault_handler(space_t* space, space_fault_handler_t handler, void* owner);

/** Report an exception from user mode to the current space's owner. */
void space_report_user_fault(const interrupt_frame_t* frame, uint64_t address);

// For the VMM: count pages mapped with a callback id, and uncount them;
// an id whose count reaches zero is added to @p fired (a 256-bit set) so
// the caller can run it once its own work is done.
void space_callback_count(space_t* space, uint8_t id, uint64_t pages);
void space_callback_uncount(space_t* space, uint8_t id, uint64_t pages, uint64_t fired[4]);
void space_callback_fire(space_t* space, const uint64_t fired[4]);

#endif

#include "thread.h"

#include "sched.h"

#include <kernel/arch/context.h>
#include <kernel/arch/simd.h>
#include <kernel/mem/heap.h>
#include <kernel/mem/pmm.h>
#include <kernel/mem/vmm.h>
#include <kernel/sched/waitqueue.h>

#include <string.h>

static uint64_t next_id;

// Freed kernel stacks stay mapped, a few of them, for the next thread:
// unmapping a stack is a TLB shootdown on every other CPU, which waits
// for each of them (under virtualisation, for a virtual CPU the host may
// not be running), and every process spawned and ended would pay it.
#define THREAD_STACKS_KEPT 8

static spinlock_t stacks_kept_lock = SPINLOCK_INIT;
static uint64_t stacks_kept[THREAD_STACKS_KEPT];
static uint32_t stacks_kept_count;

// A kept stack's bottom, or 0.
static uint64_t thread_take_stack(void)
{
    uint64_t bottom = 0;
    spin_lock(&stacks_kept_lock);
    if (stacks_kept_count > 0)
    {
        bottom = stacks_kept[--stacks_kept_count];
    }
    spin_unlock(&stacks_kept_lock);
    return bottom;
}

static void thread_drop_stack(uint64_t bottom)
{
    spin_lock(&stacks_kept_lock);
    bool kept = stacks_kept_count < THREAD_STACKS_KEPT;
    if (kept)
    {
        stacks_kept[stacks_kept_count++] = bottom;
    }
    spin_unlock(&stacks_kept_lock);
    if (!kept)
    {
        // The guard page below was never mapped.
        vmm_unmap(vmm_kernel_space(), bottom, THREAD_STACK_PAGES);
    }
}

void thread_trim_stacks(void)
{
    uint64_t bottom;
    while ((bottom = thread_take_stack()) != 0)
    {
        vmm_unmap(vmm_kernel_space(), bottom, THREAD_STACK_PAGES);
    }
}

static thread_t* thread_alloc(const char* name)
{
    thread_t* thread = kcalloc(1, sizeof(thread_t));
    if (thread == NULL)
    {
        return NULL;
    }
    size_t simd_size = simd_area_size();
    thread->simd_allocation = kmalloc(simd_size + SIMD_AREA_ALIGN);
    if (thread->simd_allocation == NULL)
    {
        kfree(thread);
        return NULL;
    }
    thread->simd = (void*)(((uint64_t)thread->simd_allocation + SIMD_AREA_ALIGN - 1) & ~(SIMD_AREA_ALIGN - 1));
    simd_init_area(thread->simd);
    thread->id = __atomic_fetch_add(&next_id, 1, __ATOMIC_RELAXED);
    strncpy(thread->name, name, THREAD_NAME_MAX - 1);
    thread->pinned_cpu = THREAD_ANY_CPU;
    thread->base_priority = SCHED_PRIORITY_DEFAULT;
    thread->priority = SCHED_PRIORITY_DEFAULT;
    thread->slice_ns = sched_slice_ns(thread->priority);
    thread->refs = 2;
    spinlock_init(&thread->lock);
    return thread;
}

static void thread_free(thread_t* thread)
{
    if (thread->owns_stack)
    {
        thread_drop_stack(thread->stack_bottom);
    }
    kfree(thread->simd_allocation);
    kfree(thread->io_buffer);
    kfree(thread);
}

// A stack whose first switch-in runs sched_thread_entry.
static bool thread_make_stack(thread_t* thread)
{
    uint64_t bottom = thread_take_stack();
    if (bottom == 0)
    {
        bottom = vmm_alloc_guarded(vmm_kernel_space(), THREAD_STACK_PAGES, VMM_WRITE);
    }
    if (bottom == 0)
    {
        return false;
    }
    thread->owns_stack = true;
    thread->stack_bottom = bottom;
    thread->stack_top = thread->stack_bottom + THREAD_STACK_PAGES * PAGE_SIZE;
    thread->sp = context_stack_init(thread->stack_top);
    return true;
}

thread_t* thread_create_unqueued(const char* name, void (*entry)(void*), void* arg)
{
    thread_t* thread = thread_alloc(name);
    if (thread == NULL)
    {
        return NULL;
    }
    if (!thread_make_stack(thread))
    {
        thread_free(thread);
        return NULL;
    }
    thread->entry = entry;
    thread->arg = arg;
    return thread;
}

thread_t* thread_create(const char* name, void (*entry)(void*), void* arg, uint8_t priority, int cpu)
{
    thread_t* thread = thread_create_unqueued(name, entry, arg);
    if (thread != NULL)
    {
        thread_start(thread, priority, cpu);
    }
    return thread;
}

void thread_start(thread_t* thread, uint8_t priority, int cpu)
{
    priority = priority >= SCHED_PRIORITIES ? SCHED_PRIORITIES - 1 : priority;
    thread->base_priority = priority;
    thread->priority = priority;
    thread->slice_ns = sched_slice_ns(priority);
    thread->pinned_cpu = cpu;
    thread->state = THREAD_BLOCKED; // not yet anywhere; sched_add makes it ready
    sched_add(thread);
}

thread_t* thread_adopt(const char* name, uint64_t stack_bottom, uint64_t stack_top)
{
    thread_t* thread = thread_alloc(name);
    if (thread != NULL)
    {
        thread->stack_bottom = stack_bottom;
        thread->stack_top = stack_top;
        thread->refs = 1; // nobody holds a handle to it
    }
    return thread;
}

_Noreturn void thread_exit(void)
{
    sched_exit(); // thread_reap finishes the job once it is off the CPU
}

void thread_reap(thread_t* thread)
{
    if (thread->reaped != NULL)
    {
        thread->reaped(thread);
    }
    spin_lock(&thread->lock);
    thread->exited = true;
    // Drop the thread's own reference before waking joiners, so a joiner's
    // thread_put is the last one and frees everything before it returns.
    // The count only changes under the lock (see thread_put): a handle
    // dropped meanwhile waits for the unlock below before it can free the
    // thread, which is still in use here until then.
    if (--thread->refs == 0)
    {
        spin_unlock(&thread->lock);
        thread_free(thread); // nobody holds a handle: nobody can be waiting
        return;
    }
    wait_wake(&thread->joiners, UINT32_MAX);
    spin_unlock(&thread->lock);
}

void thread_join(thread_t* thread)
{
    spin_lock(&thread->lock);
    while (!thread->exited)
    {
        wait_block_uninterruptible(&thread->joiners, &thread->lock);
    }
    spin_unlock(&thread->lock);
    thread_put(thread);
}

void thread_put(thread_t* thread)
{
    // Under the thread's lock, as thread_reap drops its own: a handle
    // dropped without it (user_thread_start's, any time after the thread
    // started) once freed a thread that had just exited while thread_reap
    // still held its lock, and the unlock then wrote into freed memory: a
    // lock word of whatever was allocated there next, whose next taker
    // spun for ever with interrupts off (a CPU that took no more
    // interrupts, found under kill_blocked_test at 4 CPUs). Whoever drops
    // the last reference frees the thread after the unlock, when nobody
    // else can be inside.
    spin_lock(&thread->lock);
    bool last = --thread->refs == 0;
    spin_unlock(&thread->lock);
    if (last)
    {
        thread_free(thread);
    }
}

// Kernel threads.
//
// Every thread has its own kernel stack (16 KiB, with an unmapped guard
// page below it so an overflow faults instead of corrupting memory) and
// its own SIMD register area. A thread is reference counted: one reference
// while it exists (dropped after it has exited and switched away for the
// last time), one for whoever holds its handle (dropped by thread_join or
// thread_put).
#ifndef KERNEL_SCHED_THREAD_H
#define KERNEL_SCHED_THREAD_H 1

#include <kernel/arch/context.h>
#include <kernel/sync/spinlock.h>

#include <stdbool.h>
#include <stdint.h>

typedef enum
{
    THREAD_READY,   /**< waiting in a run queue */
    THREAD_RUNNING, /**< on a CPU */
    THREAD_BLOCKED, /**< in a wait queue or asleep */
    THREAD_DEAD,    /**< exited; freed when the last reference goes */
} thread_state_t;

struct cpu;
typedef struct thread thread_t;

/** Threads waiting for something; protected by a lock of the user's. */
typedef struct
{
    thread_t* head;
    thread_t* tail;
} wait_queue_t;

#define THREAD_NAME_MAX 32
#define THREAD_STACK_PAGES 4
#define THREAD_ANY_CPU (-1)

struct thread
{
    uint64_t sp; /**< saved stack pointer while switched out (context_switch) */
    uint64_t id;
    char name[THREAD_NAME_MAX];
    volatile thread_state_t state;

    uint64_t stack_bottom; /**< lowest usable byte of the kernel stack */
    uint64_t stack_top;
    bool owns_stack; /**< false for the boot thread and the idle threads' borrowed stacks */
    void* simd;      /**< saved SIMD registers, 64-byte aligned */
    void* simd_allocation;

    // Scheduling: owned by the run queue of `cpu` (see sched.c).
    struct cpu* cpu;
    int pinned_cpu; /**< a CPU index, or THREAD_ANY_CPU */
    uint8_t base_priority;
    uint8_t priority; /**< base plus or minus a bonus: sleepers rise, CPU hogs sink */
    uint64_t slice_ns;
    uint64_t slice_used_ns;
    uint64_t run_start; /**< when it last got the CPU */
    thread_t* queue_next;
    thread_t* queue_prev;
    uint64_t wake_deadline; /**< asleep until then (0: no deadline) */
    thread_t* sleep_next;
    bool asleep;

    // Waiting on a wait queue (protected by that queue's lock).
    wait_queue_t* waiting_on;
    thread_t* wait_next;
    thread_t* wait_prev;

    void (*entry)(void*);
    void* arg;
    uint32_t refs; /**< the thread's own and its handle's: changed only under lock */
    spinlock_t lock; /**< guards exited and joiners */
    bool exited;
    wait_queue_t joiners;

    uint64_t switches_in; /**< times it got a CPU */

    // User threads (see proc/): the process it belongs to, the space the
    // scheduler loads for it (NULL: the kernel's), and what tears it down.
    struct process* process;
    struct space* space;
    thread_t* process_next; /**< the process's other threads (its lock) */
    /**
     * Set by sched_interrupt: the thread must stop waiting and go back
     * towards user mode (its process is ending, or a note waits for it).
     * It stays set until the thread clears it there (note_deliver), so
     * every interruptible wait on the way sees it.
     */
    volatile bool interrupted;
    /** Called in thread_reap, before the thread's own reference is dropped. */
    void (*reaped)(thread_t* thread);
    void* io_buffer; /**< a system call's bounce buffer, freed with the thread */
    // A user thread's registers that no frame holds (x86-64: its FS base,
    // for its thread control block, and GS base), swapped by the scheduler.
    context_user_t user_context;
    // Notes (proc/note.c): the state saved while a handler runs.
    void* note_context;
    bool in_note;
    struct interrupt_frame* syscall_frame; /**< the frame of the system call in progress */
    bool frame_replaced; /**< that frame was swapped for a saved one: return with iretq */
};

/**
 * Create a thread that runs entry(arg) at @p priority (0-31, higher runs
 * first) on any CPU, or only on @p cpu. It starts at once. NULL when out of
 * memory.
 */
thread_t* thread_create(const char* name, void (*entry)(void*), void* arg, uint8_t priority, int cpu);

/**
 * Queue a thread from thread_create_unqueued at @p priority, on @p cpu or
 * THREAD_ANY_CPU (for callers that set more fields before it may run).
 */
void thread_start(thread_t* thread, uint8_t priority, int cpu);

/** End the calling thread. */
_Noreturn void thread_exit(void);

/**
 * For the scheduler: @p thread exited and has just been switched away from
 * for the last time. Wakes its joiners and drops its own reference.
 */
void thread_reap(thread_t* thread);

/** Wait until @p thread has exited and left its CPU for good, then drop the handle (freeing it). */
void thread_join(thread_t* thread);

/** Drop a reference (the handle, if the creator does not want to join). */
void thread_put(thread_t* thread);

/**
 * Make a thread_t for code already running on a stack of its own (the
 * boot thread, an application processor's first thread); it is not queued.
 */
thread_t* thread_adopt(const char* name, uint64_t stack_bottom, uint64_t stack_top);

/** Unmap the freed stacks kept for new threads (a heap trimmer, see heap_trim). */
void thread_trim_stacks(void);

/** A thread whose first switch-in runs @p entry; for the scheduler's idle threads. */
thread_t* thread_create_unqueued(const char* name, void (*entry)(void*), void* arg);

#endif

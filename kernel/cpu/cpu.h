// Per-CPU data: one cpu_t per CPU, reached through the architecture's
// CPU-local mechanism (kernel/arch/cpu_local.h) in one load. It holds the
// architecture's part, the CPU's run queue (runqueue.h), the address
// space it has loaded and its pending TLB shootdown request.
#ifndef KERNEL_CPU_CPU_H
#define KERNEL_CPU_CPU_H 1

#include "runqueue.h"

#include <kernel/arch/cpu_local.h>

#include <stdbool.h>
#include <stdint.h>

#define CPU_MAX 64

struct space;

typedef struct cpu
{
    struct cpu* self; /**< must stay first: the architecture finds the record through it */
    arch_cpu_t arch;  /**< must stay second: its entry code reaches these fields by offset */
    uint32_t index;   /**< 0 for the bootstrap CPU, then in start-up order */
    uint32_t hw_id;   /**< the id interrupts are sent to (x86-64: the local APIC id) */
    volatile bool online;
    /**
     * Spinlocks this CPU holds (kernel/sync/spinlock.c counts them): while
     * it holds any, the scheduler holds back its wake-up IPIs (sched.c).
     */
    uint32_t locks_held;
    uint64_t long_lock_waits; /**< waits for a spinlock longer than SPIN_LONG_WAIT_NS */
    sched_cpu_t sched;
    struct space* space; /**< the address space loaded on this CPU */
    volatile bool tlb_pending; /**< a TLB shootdown request waits (see mem/tlb.c) */
    uint64_t tlb_start;
    uint64_t tlb_pages;
} cpu_t;

extern cpu_t cpus[CPU_MAX];

/** CPUs running the kernel (1 until the application processors start). */
uint32_t cpu_online_count(void);

/** This CPU's cpu_t. Interrupts or preemption must be off for the answer to stay true. */
static inline cpu_t* cpu_current(void)
{
    return cpu_local_get();
}

/**
 * The stack this CPU enters the kernel on from user mode, by interrupt or
 * system call: the running thread's own kernel stack.
 */
void cpu_set_kernel_stack(cpu_t* cpu, uint64_t top);

/** Make cpus[index] this CPU's record, with hardware id @p hw_id (called first on each CPU). */
void cpu_attach(uint32_t index, uint32_t hw_id);

/** This CPU's descriptor tables and fault stacks (arch_init_cpu). */
void cpu_setup(cpu_t* cpu);

/** The rest of its set-up (needs the heap and the clock); the CPU is online after it. */
void cpu_setup_late(cpu_t* cpu);

#endif

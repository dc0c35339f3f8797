// Per-CPU data. Each CPU's GS base points at its own cpu_t, whose first
// field points back at it, so cpu_current() is one load from gs:0.
#ifndef KERNEL_CPU_CPU_H
#define KERNEL_CPU_CPU_H 1

#include <kernel/arch/x86_64/gdt.h>
#include <kernel/sched/sched.h>

#include <stdbool.h>
#include <stdint.h>

#define CPU_MAX 64

struct space;

typedef struct cpu
{
    struct cpu* self; /**< must stay first: gs:0 */
    // The system-call entry (syscall/entry.asm) reads these two by offset.
    uint64_t syscall_stack;    /**< gs:8, the running thread's kernel stack top */
    uint64_t syscall_user_rsp; /**< gs:16, the user stack pointer while switching stacks */
    uint64_t syscalls;         /**< gs:24, system calls entered on this CPU (one unlocked inc) */
    uint32_t index;   /**< 0 for the bootstrap CPU, then in start-up order */
    uint32_t apic_id;
    volatile bool online;
    gdt_cpu_t gdt;
    sched_cpu_t sched;
    struct space* space; /**< the address space loaded on this CPU */
    volatile bool tlb_pending; /**< a TLB shootdown request waits (see mem/tlb.c) */
    uint64_t tlb_start;
    uint64_t tlb_pages;
} cpu_t;

_Static_assert(__builtin_offsetof(cpu_t, syscall_stack) == 8, "syscall/entry.asm reads gs:8");
_Static_assert(__builtin_offsetof(cpu_t, syscall_user_rsp) == 16, "syscall/entry.asm writes gs:16");
_Static_assert(__builtin_offsetof(cpu_t, syscalls) == 24, "syscall/entry.asm counts at gs:24");

extern cpu_t cpus[CPU_MAX];

/** CPUs running the kernel (1 until the application processors start). */
uint32_t cpu_online_count(void);

/** This CPU's cpu_t. Interrupts or preemption must be off for the answer to stay true. */
static inline cpu_t* cpu_current(void)
{
    cpu_t* cpu;
    __asm__ volatile("mov %%gs:0, %0" : "=r"(cpu));
    return cpu;
}

/**
 * The stack this CPU enters the kernel on from user mode, by interrupt or
 * system call: the running thread's own kernel stack.
 */
void cpu_set_kernel_stack(cpu_t* cpu, uint64_t top);

/** Point GS at cpus[index] and mark it online (called early on each CPU). */
void cpu_attach(uint32_t index, uint32_t apic_id);

/** This CPU's descriptor tables (GDT, TSS with its fault stacks, IDT). */
void cpu_setup(cpu_t* cpu);

/** SIMD and the local APIC (needs the heap and the clock); the CPU is online after it. */
void cpu_setup_late(cpu_t* cpu);

#endif

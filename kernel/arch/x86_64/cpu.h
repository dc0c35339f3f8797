// Small wrappers around x86-64 instructions the kernel needs: the x86-64
// half of <kernel/arch/cpu.h> (whose comment lists what portable code may
// use), and the registers only kernel/arch/x86_64 touches.
#ifndef KERNEL_ARCH_X86_64_CPU_H
#define KERNEL_ARCH_X86_64_CPU_H 1

#include "registers.h"

#include <stdbool.h>
#include <stdint.h>

// RFLAGS bits.
#define CPU_RFLAGS_ALWAYS (1ULL << 1) /**< reserved, reads as 1 */
#define CPU_RFLAGS_TF (1ULL << 8)     /**< trap after each instruction */
#define CPU_RFLAGS_IF (1ULL << 9)     /**< interrupts on */
#define CPU_RFLAGS_DF (1ULL << 10)    /**< string instructions go down */
#define CPU_RFLAGS_IOPL (3ULL << 12)
#define CPU_RFLAGS_NT (1ULL << 14) /**< nested task: iretq with it set is a task return (#GP in long mode) */
#define CPU_RFLAGS_RF (1ULL << 16)
#define CPU_RFLAGS_AC (1ULL << 18)
#define CPU_RFLAGS_ID (1ULL << 21)

// MSR_ numbers, EFER_ and CR bits: registers.h.

static inline uint64_t cpu_read_msr(uint32_t msr)
{
    uint32_t low;
    uint32_t high;
    __asm__ volatile("rdmsr" : "=a"(low), "=d"(high) : "c"(msr));
    return ((uint64_t)high << 32) | low;
}

static inline void cpu_write_msr(uint32_t msr, uint64_t value)
{
    __asm__ volatile("wrmsr" : : "c"(msr), "a"((uint32_t)value), "d"((uint32_t)(value >> 32)));
}

typedef struct
{
    uint32_t eax, ebx, ecx, edx;
} cpuid_t;

static inline cpuid_t cpu_cpuid(uint32_t leaf, uint32_t subleaf)
{
    cpuid_t r;
    __asm__ volatile("cpuid" : "=a"(r.eax), "=b"(r.ebx), "=c"(r.ecx), "=d"(r.edx) : "a"(leaf), "c"(subleaf));
    return r;
}

static inline void cpu_write_cr0(uint64_t value)
{
    __asm__ volatile("mov %0, %%cr0" : : "r"(value) : "memory");
}

static inline void cpu_write_cr4(uint64_t value)
{
    __asm__ volatile("mov %0, %%cr4" : : "r"(value) : "memory");
}

static inline void cpu_enable_interrupts(void)
{
    __asm__ volatile("sti" ::: "memory");
}

static inline bool cpu_interrupts_enabled(void)
{
    uint64_t flags;
    __asm__ volatile("pushfq; pop %0" : "=r"(flags));
    return (flags & CPU_RFLAGS_IF) != 0;
}

/** Wait for an interrupt with interrupts on, atomically (no lost wake-up). */
static inline void cpu_wait_for_interrupt(void)
{
    __asm__ volatile("sti; hlt; cli" ::: "memory");
}

static inline void cpu_pause(void)
{
    __asm__ volatile("pause");
}

static inline uint64_t cpu_read_cr0(void)
{
    uint64_t value;
    __asm__ volatile("mov %%cr0, %0" : "=r"(value));
    return value;
}

static inline uint64_t cpu_read_cr2(void)
{
    uint64_t value;
    __asm__ volatile("mov %%cr2, %0" : "=r"(value));
    return value;
}

static inline uint64_t cpu_read_cr3(void)
{
    uint64_t value;
    __asm__ volatile("mov %%cr3, %0" : "=r"(value));
    return value;
}

static inline uint64_t cpu_read_cr4(void)
{
    uint64_t value;
    __asm__ volatile("mov %%cr4, %0" : "=r"(value));
    return value;
}

static inline uint64_t cpu_read_rflags(void)
{
    uint64_t value;
    __asm__ volatile("pushfq; pop %0" : "=r"(value));
    return value;
}

static inline uint64_t cpu_read_tsc(void)
{
    uint32_t low;
    uint32_t high;
    __asm__ volatile("rdtsc" : "=a"(low), "=d"(high));
    return ((uint64_t)high << 32) | low;
}

static inline void cpu_disable_interrupts(void)
{
    __asm__ volatile("cli" ::: "memory");
}

/** RFLAGS as saved by cpu_interrupts_save: only its IF bit is looked at. */
typedef uint64_t interrupt_state_t;

static inline interrupt_state_t cpu_interrupts_save(void)
{
    interrupt_state_t state = cpu_read_rflags();
    cpu_disable_interrupts();
    return state;
}

static inline bool cpu_interrupts_were_on(interrupt_state_t state)
{
    return (state & CPU_RFLAGS_IF) != 0;
}

static inline void cpu_interrupts_restore(interrupt_state_t state)
{
    if (state & CPU_RFLAGS_IF)
    {
        cpu_enable_interrupts();
    }
}

static inline uint64_t cpu_cycles(void)
{
    return cpu_read_tsc();
}

/** Stop this CPU for good: interrupts off, halt forever. */
static inline _Noreturn void cpu_halt_forever(void)
{
    for (;;)
    {
        __asm__ volatile("cli; hlt");
    }
}

#endif

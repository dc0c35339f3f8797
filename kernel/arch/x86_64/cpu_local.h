// The x86-64 half of <kernel/arch/cpu_local.h>. Each CPU's GS base points
// at its own cpu_t, whose first field points back at it, so
// cpu_local_get() is one load from gs:0. The system-call entry
// (syscall_entry.asm) reads and writes the first fields of arch_cpu_t by
// their GS offsets (checked in syscall.c).
#ifndef KERNEL_ARCH_X86_64_CPU_LOCAL_H
#define KERNEL_ARCH_X86_64_CPU_LOCAL_H 1

#include "gdt.h"

#include <stdint.h>

typedef struct
{
    uint64_t syscall_stack;    /**< gs:8, the running thread's kernel stack top */
    uint64_t syscall_user_rsp; /**< gs:16, the user stack pointer while switching stacks */
    uint64_t syscalls;         /**< gs:24, system calls entered on this CPU (one unlocked inc) */
    gdt_cpu_t gdt;             /**< each CPU needs a TSS of its own */
} arch_cpu_t;

static inline struct cpu* cpu_local_get(void)
{
    struct cpu* cpu;
    __asm__ volatile("mov %%gs:0, %0" : "=r"(cpu));
    return cpu;
}

// One instruction reads the word: the thread cannot move to another CPU
// between finding the record and reading it, so no interrupts need be
// masked around it. OFFSET must be a constant.
#define cpu_local_read64(offset)                                                                                   \
    ({                                                                                                             \
        uint64_t value_;                                                                                           \
        __asm__ volatile("mov %%gs:%c1, %0" : "=r"(value_) : "i"(offset));                                         \
        value_;                                                                                                    \
    })

static inline void cpu_local_set_kernel_stack(arch_cpu_t* arch, uint64_t top)
{
    gdt_set_kernel_stack(&arch->gdt, top);
    arch->syscall_stack = top;
}

#endif

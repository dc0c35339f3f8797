// The x86-64 half of <kernel/arch/context.h>. User code sets its own FS
// and GS bases (wrfsbase: libstd points FS at each thread's control
// block), so they are per thread. While the kernel runs, the user's GS
// base waits in MSR_KERNEL_GS_BASE (every entry from ring 3 swaps GS).
#ifndef KERNEL_ARCH_X86_64_CONTEXT_H
#define KERNEL_ARCH_X86_64_CONTEXT_H 1

#include "cpu.h"

#include <stdint.h>

#define CONTEXT_RED_ZONE 128 // the System V ABI's

typedef struct
{
    uint64_t fs_base;
    uint64_t gs_base;
} context_user_t;

static inline void context_user_save(context_user_t* state)
{
    state->fs_base = cpu_read_msr(MSR_FS_BASE);
    state->gs_base = cpu_read_msr(MSR_KERNEL_GS_BASE);
}

static inline void context_user_load(const context_user_t* state)
{
    cpu_write_msr(MSR_FS_BASE, state->fs_base);
    cpu_write_msr(MSR_KERNEL_GS_BASE, state->gs_base);
}

#endif

// CPU-local data: each CPU reaches its own record (cpu_t, kernel/cpu/cpu.h)
// in one instruction, and the architecture keeps a part of its own in it.
//
// The architecture's half, <kernel/arch/current/cpu_local.h>, defines:
//
//   arch_cpu_t                  the architecture's per-CPU fields, kept in
//                               cpu_t right after the self pointer
//   cpu_local_get()             this CPU's struct cpu, inline
//   cpu_local_read64(offset)    the 64-bit word at a constant offset in
//                               this CPU's struct cpu, read in one
//                               instruction: right even if the thread is
//                               preempted and moves to another CPU just
//                               before or after it
//   cpu_local_set_kernel_stack(arch, top)
//                               inline: the stack this CPU enters the
//                               kernel on from user mode (interrupt or
//                               system call), changed on every switch
#ifndef KERNEL_ARCH_CPU_LOCAL_H
#define KERNEL_ARCH_CPU_LOCAL_H 1

#include <stdint.h>

struct cpu;

#include <kernel/arch/current/cpu_local.h>

/** Make @p cpu this CPU's own record: the first thing each CPU does. */
void cpu_local_attach(struct cpu* cpu);

#endif

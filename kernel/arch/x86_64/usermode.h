// Entering ring 3 and coming back (see usermode.asm). For now only the
// kernel's tests use it; processes will enter user mode their own way.
#ifndef KERNEL_ARCH_X86_64_USERMODE_H
#define KERNEL_ARCH_X86_64_USERMODE_H 1

#include <stdint.h>

typedef struct
{
    uint64_t rbx, rbp, r12, r13, r14, r15, rsp;
} usermode_context_t;

uint64_t usermode_call(uint64_t rip, uint64_t rsp, usermode_context_t* context);
_Noreturn void usermode_return(usermode_context_t* context, uint64_t value);

#endif

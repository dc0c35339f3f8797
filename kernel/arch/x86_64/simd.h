// SIMD on x86-64 (x87, SSE, AVX): saved with XSAVE/XRSTOR where the CPU
// has them, FXSAVE/FXRSTOR otherwise. What the scheduler uses is
// <kernel/arch/simd.h>; this header adds what only kernel/arch/x86_64
// needs.
#ifndef KERNEL_ARCH_X86_64_SIMD_H
#define KERNEL_ARCH_X86_64_SIMD_H 1

#include <kernel/arch/simd.h>

/** Enable the SIMD units on this CPU (and, the first time, measure the save area). */
void simd_init_cpu(void);

/** True if AVX (the 256-bit registers) is enabled. */
int simd_has_avx(void);

/** "xsave" or "fxsave": how state is saved, for the log. */
const char* simd_method(void);

#endif

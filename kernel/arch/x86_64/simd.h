// SIMD register state (x87, SSE, AVX). The kernel itself never touches
// these registers (it is compiled with -mgeneral-regs-only), so each
// thread's state is simply saved and restored on every context switch:
// with XSAVE/XRSTOR where the CPU has them, FXSAVE/FXRSTOR otherwise.
#ifndef KERNEL_ARCH_SIMD_H
#define KERNEL_ARCH_SIMD_H 1

#include <stddef.h>

#define SIMD_AREA_ALIGN 64

/** Enable the SIMD units on this CPU (and, the first time, measure the save area). */
void simd_init_cpu(void);

/** Bytes a thread's save area needs (aligned to SIMD_AREA_ALIGN). */
size_t simd_area_size(void);

/** Fill a new thread's area with the clean initial state. */
void simd_init_area(void* area);

void simd_save(void* area);
void simd_restore(void* area);

/** True if AVX (the 256-bit registers) is enabled. */
int simd_has_avx(void);

/** "xsave" or "fxsave": how state is saved, for the log. */
const char* simd_method(void);

#endif

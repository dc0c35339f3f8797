// Each thread's SIMD and floating-point register state, which the
// scheduler saves and restores on every switch (the kernel itself never
// touches those registers: it is compiled with -mgeneral-regs-only). Part
// of the architecture interface (x86-64: x87, SSE and AVX, with XSAVE or
// FXSAVE, kernel/arch/x86_64/simd.c).
#ifndef KERNEL_ARCH_SIMD_H
#define KERNEL_ARCH_SIMD_H 1

#include <stddef.h>

/** How a save area must be aligned. */
#define SIMD_AREA_ALIGN 64

/** Bytes a thread's save area needs (a multiple of SIMD_AREA_ALIGN). */
size_t simd_area_size(void);

/** Fill a new thread's area with the clean initial state. */
void simd_init_area(void* area);

/** Save this CPU's registers into @p area, and load them from it. */
void simd_save(void* area);
void simd_restore(void* area);

#endif

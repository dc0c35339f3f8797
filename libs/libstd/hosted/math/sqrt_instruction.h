/**
 * @file sqrt_instruction.h
 * @brief SSE2's square root instruction, which IEEE 754 requires to be
 * correctly rounded. An asm statement rather than __builtin_sqrt: GCC would
 * call sqrt() for negative arguments to set errno.
 */
#ifndef _LIBSTD_MATH_SQRT_INSTRUCTION_H
#define _LIBSTD_MATH_SQRT_INSTRUCTION_H 1

/** The correctly rounded square root; NaN for x < 0, -0 for -0. */
static inline double _sqrt_instruction(double x)
{
    double root;
    __asm__("sqrtsd %1, %0" : "=x"(root) : "x"(x));
    return root;
}

#endif

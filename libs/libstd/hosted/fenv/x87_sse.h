/**
 * @file x87_sse.h
 * @brief Reading and writing the two floating-point units' control and
 * status registers, for fenv.h's functions.
 */
#ifndef _LIBSTD_FENV_X87_SSE_H
#define _LIBSTD_FENV_X87_SSE_H 1

#include <fenv.h>

/** MXCSR's rounding bits sit 3 above the x87 control word's. */
#define MXCSR_ROUND_SHIFT 3
#define ROUND_MASK 0xC00

static inline unsigned _mxcsr_get(void)
{
    unsigned mxcsr;
    __asm__ volatile("stmxcsr %0" : "=m"(mxcsr));
    return mxcsr;
}

static inline void _mxcsr_set(unsigned mxcsr)
{
    __asm__ volatile("ldmxcsr %0" : : "m"(mxcsr));
}

static inline unsigned short _x87_status(void)
{
    unsigned short status;
    __asm__ volatile("fnstsw %0" : "=am"(status));
    return status;
}

static inline unsigned short _x87_control(void)
{
    unsigned short control;
    __asm__ volatile("fnstcw %0" : "=m"(control));
    return control;
}

static inline void _x87_set_control(unsigned short control)
{
    __asm__ volatile("fldcw %0" : : "m"(control));
}

/** Store the x87 environment (fnstenv masks every x87 exception as a side
 * effect; the control word is put back at once). */
static inline void _x87_get_env(fenv_t* env)
{
    __asm__ volatile("fnstenv %0" : "=m"(*env));
    _x87_set_control(env->_control);
}

static inline void _x87_set_env(const fenv_t* env)
{
    __asm__ volatile("fldenv %0" : : "m"(*env));
}

/** Clear the x87 flags in @p excepts (fldenv of a changed status word). */
static inline void _x87_clear(int excepts)
{
    fenv_t env;
    _x87_get_env(&env);
    env._status &= (unsigned short)~(excepts & FE_ALL_EXCEPT);
    _x87_set_env(&env);
}

#endif

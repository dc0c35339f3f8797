/**
 * @file fenv.h
 * @brief The floating-point environment (C17 7.6): the rounding direction
 * and the exception flags of both x86-64 units, SSE (float and double
 * arithmetic, MXCSR) and the x87 (long double arithmetic, its control and
 * status words). Setting sets both; a flag is raised when either unit has
 * it. Every exception stays masked: they set flags, never trap.
 *
 * Which functions honour the rounding direction: arithmetic and
 * conversions (the hardware's), sqrt, fma, rint, nearbyint, lrint, llrint
 * and the functions of the representation (floor, frexp, ...). The
 * transcendental functions (exp, sin, ...) are designed for round to
 * nearest: in another direction their results are still close (within a
 * few ulps), but not rounded in that direction. math_errhandling is
 * MATH_ERRNO: the math functions report errors through errno; which
 * flags they raise besides is not promised.
 *
 * FENV_ACCESS: GCC does not know the pragma; compile code that changes
 * the environment and expects the compiler to keep the order of
 * floating-point operations with -frounding-math.
 */
#ifndef _FENV_H
#define _FENV_H 1

/** The whole environment: the x87's (as fnstenv stores it) and MXCSR. */
typedef struct
{
    unsigned short _control;
    unsigned short _unused1;
    unsigned short _status;
    unsigned short _unused2;
    unsigned short _tags;
    unsigned short _unused3;
    unsigned int _instruction[2];
    unsigned int _operand[2];
    unsigned int _mxcsr;
} fenv_t;

/** The state of the exception flags (the same bits as the FE_ macros). */
typedef unsigned short fexcept_t;

/** Exception flags: the bits the x87 status word and MXCSR share. */
#define FE_INVALID 0x01
#define FE_DIVBYZERO 0x04
#define FE_OVERFLOW 0x08
#define FE_UNDERFLOW 0x10
#define FE_INEXACT 0x20
#define FE_ALL_EXCEPT (FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW | FE_UNDERFLOW | FE_INEXACT)

/** Rounding directions: the x87 control word's bits (MXCSR's are these shifted by 3). */
#define FE_TONEAREST 0x000
#define FE_DOWNWARD 0x400
#define FE_UPWARD 0x800
#define FE_TOWARDZERO 0xC00

/** The environment a program starts with: round to nearest, no flags, everything masked. */
#define FE_DFL_ENV ((const fenv_t*)-1)

/** Clear the flags in @p excepts. @return 0. */
int feclearexcept(int excepts);
/** Store the state of the flags in @p excepts. @return 0. */
int fegetexceptflag(fexcept_t* flags, int excepts);
/** Raise the exceptions in @p excepts (their flags are set; nothing traps). @return 0. */
int feraiseexcept(int excepts);
/** Set the flags in @p excepts to their state in *@p flags, without trapping. @return 0. */
int fesetexceptflag(const fexcept_t* flags, int excepts);
/** Which of the flags in @p excepts are set. */
int fetestexcept(int excepts);
/** The rounding direction (one of the FE_ rounding macros). */
int fegetround(void);
/** Set the rounding direction. @return 0, or nonzero (nothing changed) for an unknown one. */
int fesetround(int round);
/** Store the environment. @return 0. */
int fegetenv(fenv_t* env);
/** Store the environment, then clear the flags (nothing traps anyway). @return 0. */
int feholdexcept(fenv_t* env);
/** Install @p env (one stored before, or FE_DFL_ENV) without raising anything. @return 0. */
int fesetenv(const fenv_t* env);
/** Install @p env, then raise the exceptions whose flags were set before. @return 0. */
int feupdateenv(const fenv_t* env);

#endif

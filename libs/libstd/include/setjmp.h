/**
 * @file setjmp.h
 * @brief Non-local jumps (C17 7.13), user space only
 * (libs/libstd/platform/user/setjmp.asm).
 */
#ifndef _SETJMP_H
#define _SETJMP_H 1

/**
 * What setjmp saves: rbx, rbp, r12-r15, the caller's stack pointer and
 * return address, MXCSR and the x87 control word (the layout is in
 * setjmp.asm).
 */
typedef unsigned long long jmp_buf[9];

/**
 * Save the calling environment in @p env and return 0. A later
 * longjmp(env, value) returns here again, with value (or 1 if value is 0).
 * As C17 7.13.2.1 says, the caller's non-volatile local variables changed
 * between the two returns have indeterminate values afterwards.
 */
__attribute__((returns_twice)) int setjmp(jmp_buf env);

/**
 * Return from the setjmp that filled @p env, making it return @p value (1
 * if @p value is 0). The function that called that setjmp must not have
 * returned yet. MXCSR's control bits and the x87 control word are
 * restored; the floating-point exception flags are not.
 */
_Noreturn void longjmp(jmp_buf env, int value);

/**
 * POSIX's _setjmp and _longjmp (XSI): other names of setjmp and longjmp.
 * They differ from those only in not saving the signal mask, and libstd
 * has no signal mask to save (signals are notes).
 */
__attribute__((returns_twice)) int _setjmp(jmp_buf env);
/** See _setjmp. */
_Noreturn void _longjmp(jmp_buf env, int value);

#endif

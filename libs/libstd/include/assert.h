/**
 * @file assert.h
 * @brief Diagnostics (C17 7.2).
 *
 * No include guard, on purpose: each inclusion defines assert() anew from
 * whether NDEBUG is defined at that point, as C requires.
 */
#undef assert

#ifdef NDEBUG
#define assert(expression) ((void)0)
#else
/**
 * If @p expression is false, write "file:line: function: assertion
 * 'expression' failed" to stderr (descriptor 2) and call abort().
 */
#define assert(expression) \
    ((expression) ? (void)0 : _assert_fail(#expression, __FILE__, __LINE__, __func__))
#endif

#ifndef _ASSERT_H_DECLARED
#define _ASSERT_H_DECLARED 1
/** assert()'s failure path (user space). */
_Noreturn void _assert_fail(const char* expression, const char* file, int line, const char* function);
#endif

#ifndef __cplusplus
#undef static_assert
#define static_assert _Static_assert
#endif

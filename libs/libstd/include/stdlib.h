/**
 * @file stdlib.h
 * @brief General utilities (C17 7.22): memory allocation, process
 * termination, numeric conversion, sorting and searching, pseudo-random
 * numbers, integer arithmetic, multibyte characters.
 */
#ifndef _STDLIB_H
#define _STDLIB_H 1

#include <stddef.h>

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1

/** The largest value rand() returns. */
#define RAND_MAX 0x7fffffff

/** abort()'s exit status: 128 + 6, what SIGABRT gives elsewhere. */
#define ABORT_STATUS 134

/** The most bytes of a multibyte character in the current locale: UTF-8's 4 (see locale.h). */
#define MB_CUR_MAX ((size_t)4)

/** div's result: the quotient (truncated toward zero) and the remainder. */
typedef struct
{
    int quot;
    int rem;
} div_t;

/** ldiv's result. */
typedef struct
{
    long quot;
    long rem;
} ldiv_t;

/** lldiv's result. */
typedef struct
{
    long long quot;
    long long rem;
} lldiv_t;

/*
 * Memory allocation (user space): thread-safe; blocks are aligned to 16
 * bytes. Small requests come from per-size free lists in constant time;
 * large ones (above 8 KiB) are mappings of their own, returned to the
 * system by free.
 */

/** @p size bytes, uninitialised; NULL with errno ENOMEM when out of memory. */
void* malloc(size_t size);
/** @p count * @p size zeroed bytes; NULL (ENOMEM) also when the product overflows. */
void* calloc(size_t count, size_t size);
/**
 * Resize the block at @p ptr to @p size bytes, keeping its contents up to
 * the smaller size, in place where possible; NULL @p ptr acts as malloc.
 * On failure returns NULL and leaves the old block untouched.
 */
void* realloc(void* ptr, size_t size);
/** Give back a block from this family; NULL does nothing. */
void free(void* ptr);
/** @p size bytes aligned to @p alignment (a power of two, else NULL with EINVAL). */
void* aligned_alloc(size_t alignment, size_t size);
/**
 * POSIX's form of aligned_alloc: the block goes to *@p result; returns 0,
 * EINVAL (alignment not a power of two times sizeof(void*)) or ENOMEM.
 */
int posix_memalign(void** result, size_t alignment, size_t size);

/** Register @p handler to run at exit(), the last registered first (64 at most); 0, or -1 when full. */
int atexit(void (*handler)(void));
/**
 * Raise SIGABRT (signal.h): a handler installed for it runs first; if it
 * returns, or there is none, the process ends at once with ABORT_STATUS:
 * no atexit handlers, no destructors, streams not written out.
 */
_Noreturn void abort(void);
/**
 * The environment (POSIX): "NAME=value" strings, ending with NULL. A
 * process starts with the one its spawner gave it (sys/proc.h: spawn
 * hands on the caller's environ, spawn_env an explicit one). A program
 * may point it at an array of its own; setenv and friends then copy it
 * before changing it. User space only, like the functions below.
 */
extern char** environ;
/** The value of environment variable @p name, or NULL when it is not set. */
char* getenv(const char* name);
/**
 * Set environment variable @p name to a copy of @p value (POSIX); when it
 * is already set, only if @p overwrite is nonzero. @return 0, or -1 with
 * errno EINVAL (@p name NULL, empty or containing '=') or ENOMEM.
 */
int setenv(const char* name, const char* value, int overwrite);
/** Remove environment variable @p name (POSIX); 0 also when it was not set, -1 with EINVAL as setenv. */
int unsetenv(const char* name);
/**
 * Make @p string, "NAME=value", itself an entry of the environment (POSIX):
 * changing the string later changes the variable; it must stay valid
 * while it is in the environment. A string without '=' removes NAME (as
 * glibc does). @return 0, or -1 with errno EINVAL ("=value") or ENOMEM.
 */
int putenv(char* string);

/**
 * Replace the six X's that end @p template with characters that make a
 * new file's name, and create it exclusively (O_EXCL: never an existing
 * file), open for reading and writing (POSIX). A template not ending in
 * "XXXXXX" fails with EINVAL and is left as it was; after 100 names that
 * all existed, EEXIST.
 * @return the new file's descriptor, or -1.
 */
int mkstemp(char* template);
/**
 * mkstemp's name, for a new directory (POSIX).
 * @return @p template, now the directory's path, or NULL (errno as mkstemp's).
 */
char* mkdtemp(char* template);

/** Run the .fini_array destructors and _fini, then end the process. */
_Noreturn void exit(int status);
/** End the process at once, without running any clean-up. */
_Noreturn void _Exit(int status);

/**
 * Register @p handler to run at quick_exit(), the last registered first
 * (64 at most). 0, or -1 when full.
 */
int at_quick_exit(void (*handler)(void));
/**
 * Run the at_quick_exit handlers, then _Exit(@p status): no atexit
 * handlers, no destructors, streams not written out.
 */
_Noreturn void quick_exit(int status);

/**
 * Run @p command through the shell, home:/bin/shell -c COMMAND, and wait
 * for it. @return the shell's status in waitpid's form, as POSIX says
 * (sys/wait.h: WIFEXITED and WEXITSTATUS(status) == 7 for "exit 7"; a
 * shell ended by "kill" reads as WIFSIGNALED with SIGKILL), or -1 with
 * errno when it could not be started. system(NULL): nonzero when the
 * shell exists.
 */
int system(const char* command);

/**
 * Convert the start of @p str to a long. Skips leading white space, then
 * takes an optional sign and digits in @p base: 2 to 36 (letters count from
 * 10, either case, and base 16 allows a "0x" or "0X" prefix), or 0 to choose
 * from the prefix: "0x" hexadecimal, "0" octal, otherwise decimal.
 *
 * If @p endptr is not NULL it receives the address of the first byte not
 * converted, or @p str itself when there were no digits. A value out of
 * range gives LONG_MIN or LONG_MAX and sets errno to ERANGE; an unsupported
 * base gives 0 and sets errno to EINVAL.
 */
long strtol(const char* restrict str, char** restrict endptr, int base);
/** strtol for long long: LLONG_MIN or LLONG_MAX when out of range. */
long long strtoll(const char* restrict str, char** restrict endptr, int base);
/**
 * strtol for unsigned long. A minus sign negates the value in unsigned
 * arithmetic ("-1" gives ULONG_MAX); a magnitude above ULONG_MAX gives
 * ULONG_MAX and ERANGE, with or without the sign.
 */
unsigned long strtoul(const char* restrict str, char** restrict endptr, int base);
/** strtoul for unsigned long long. */
unsigned long long strtoull(const char* restrict str, char** restrict endptr, int base);

/** strtol(str, NULL, 10) converted to int; the result is undefined when out of range. */
int atoi(const char* str);
/** strtol(str, NULL, 10). */
long atol(const char* str);
/** strtoll(str, NULL, 10). */
long long atoll(const char* str);

/**
 * Convert the start of @p str to a double (C17 7.22.1.3). Skips leading
 * white space, then takes the longest text of one of these forms, with an
 * optional sign: decimal digits with an optional point and an optional
 * exponent ("1.5e-3"), hexadecimal digits after "0x" with an optional point
 * and an optional binary exponent ("0x1.8p3"), "inf" or "infinity", "nan"
 * or "nan(" letters, digits and '_' ")", in any case.
 *
 * The result is the input correctly rounded to nearest, ties to even,
 * however many digits it has. If @p endptr is not NULL it receives the
 * address after the text converted, or @p str itself when there was none
 * (and the result is 0). Overflow gives +-HUGE_VAL and sets errno to
 * ERANGE; underflow (a result below the smallest normal double that is
 * not exact, as IEEE 754 detects it after rounding) sets errno to ERANGE
 * and gives the rounded result: a subnormal or zero, with its sign. Every
 * NaN is the quiet NaN; the characters in "nan(...)" are read and ignored.
 */
double strtod(const char* restrict str, char** restrict endptr);
/** strtod for float: rounded once, straight from the text. */
float strtof(const char* restrict str, char** restrict endptr);
/**
 * strtod for long double: the value is strtod's, correctly rounded to a
 * double (which long double holds exactly), not to long double's 64 bits.
 */
long double strtold(const char* restrict str, char** restrict endptr);
/** strtod(str, NULL). */
double atof(const char* str);

/**
 * Sort the @p count elements of @p size bytes at @p base in the order
 * @p compare gives (negative, zero, positive). O(n log n) comparisons
 * even in the worst case (introsort); not stable.
 */
void qsort(void* base, size_t count, size_t size, int (*compare)(const void*, const void*));
/**
 * Find an element equal to *@p key in the sorted array at @p base;
 * @p compare gets the key first. NULL when there is none.
 */
void* bsearch(const void* key, const void* base, size_t count, size_t size,
              int (*compare)(const void*, const void*));

/**
 * The next pseudo-random number in 0..RAND_MAX: the top 31 bits of a
 * 64-bit linear congruential generator (Knuth's MMIX constants). Fast and
 * repeatable, not for anything that needs real randomness; one sequence
 * shared by all threads (user space).
 */
int rand(void);
/** Restart rand()'s sequence from @p seed (the same seed, the same sequence; 1 at start-up). */
void srand(unsigned seed);
/**
 * The next pseudo-random number in 0..2^31-1 (POSIX, XSI): the additive
 * generator of BSD and glibc, x[n] = x[n-3] + x[n-31] mod 2^32, giving
 * x[n] >> 1; a seed gives the same sequence as there. A sequence of its
 * own, apart from rand()'s, shared by all threads; without srandom() it
 * is srandom(1)'s. initstate and setstate are not provided.
 */
long random(void);
/** Restart random()'s sequence from @p seed (POSIX). */
void srandom(unsigned seed);

/** The absolute value; undefined for INT_MIN. */
int abs(int value);
/** The absolute value; undefined for LONG_MIN. */
long labs(long value);
/** The absolute value; undefined for LLONG_MIN. */
long long llabs(long long value);

/** The quotient and remainder of @p numerator / @p denominator in one. */
div_t div(int numerator, int denominator);
ldiv_t ldiv(long numerator, long denominator);
lldiv_t lldiv(long long numerator, long long denominator);

/*
 * Multibyte characters (UTF-8, see wchar.h); these keep no state between
 * calls, since UTF-8 has no shift state.
 */

/** The length of the multibyte character at @p s (at most @p n bytes): 0 for the null
 * character, -1 (EILSEQ) if the bytes are no whole character. @p s NULL: 0. */
int mblen(const char* s, size_t n);
/** mblen, also storing the character in *@p wide unless that is NULL. */
int mbtowc(wchar_t* restrict wide, const char* restrict s, size_t n);
/** Store @p wide's bytes in @p s (MB_CUR_MAX room); their number, or -1 (EILSEQ). @p s NULL: 0. */
int wctomb(char* s, wchar_t wide);
/** Convert a multibyte string into at most @p count wide characters: mbsrtowcs (wchar.h). */
size_t mbstowcs(wchar_t* restrict dest, const char* restrict src, size_t count);
/** Convert a wide string into at most @p count bytes: wcsrtombs (wchar.h). */
size_t wcstombs(char* restrict dest, const wchar_t* restrict src, size_t count);

#endif

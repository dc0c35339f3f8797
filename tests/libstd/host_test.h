// The host tests' shared parts: libstd's functions under their pw_ names
// (run.sh renames every libstd symbol with objcopy, so pw_strlen is
// libstd's strlen and strlen is glibc's), and the reporting and random
// helpers.
#ifndef LIBSTD_HOST_TEST_H
#define LIBSTD_HOST_TEST_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// libstd, as renamed by objcopy. No format attributes: the tests pass
// formats GCC would rightly warn about.
void* pw_memcpy(void* dest, const void* src, size_t count);
void* pw_memmove(void* dest, const void* src, size_t count);
void* pw_memset(void* dest, int value, size_t count);
int pw_memcmp(const void* a, const void* b, size_t count);
void* pw_memchr(const void* src, int value, size_t count);
size_t pw_strlen(const char* str);
size_t pw_strnlen(const char* str, size_t max_length);
int pw_strcmp(const char* a, const char* b);
int pw_strncmp(const char* a, const char* b, size_t count);
char* pw_strcpy(char* dest, const char* src);
char* pw_strncpy(char* dest, const char* src, size_t count);
char* pw_strcat(char* dest, const char* src);
char* pw_strncat(char* dest, const char* src, size_t count);
char* pw_strchr(const char* str, int value);
char* pw_strrchr(const char* str, int value);
char* pw_strstr(const char* haystack, const char* needle);
size_t pw_strspn(const char* str, const char* accept);
size_t pw_strcspn(const char* str, const char* reject);
char* pw_strpbrk(const char* str, const char* accept);
char* pw_strerror(int errnum);

int pw_isalnum(int c);
int pw_isalpha(int c);
int pw_isblank(int c);
int pw_iscntrl(int c);
int pw_isdigit(int c);
int pw_isgraph(int c);
int pw_islower(int c);
int pw_isprint(int c);
int pw_ispunct(int c);
int pw_isspace(int c);
int pw_isupper(int c);
int pw_isxdigit(int c);
int pw_tolower(int c);
int pw_toupper(int c);

long pw_strtol(const char* str, char** endptr, int base);
long long pw_strtoll(const char* str, char** endptr, int base);
unsigned long pw_strtoul(const char* str, char** endptr, int base);
unsigned long long pw_strtoull(const char* str, char** endptr, int base);
int pw_atoi(const char* str);
long pw_atol(const char* str);
long long pw_atoll(const char* str);
int pw_abs(int value);
long pw_labs(long value);
long long pw_llabs(long long value);

int pw_snprintf(char* dest, size_t size, const char* fmt, ...);
int pw_vsnprintf(char* dest, size_t size, const char* fmt, va_list args);
int pw_sprintf(char* dest, const char* fmt, ...);
int pw_vsprintf(char* dest, const char* fmt, va_list args);

// Floating point in stdio and stdlib (hosted/stdio, hosted/stdlib) and the
// scanf family. pwk_ is the shared code built without _LIBSTD_HOSTED, as
// the kernel and the bootloader have it: no floating point.
int pw_sscanf(const char* str, const char* fmt, ...);
int pw_vsscanf(const char* str, const char* fmt, va_list args);
double pw_strtod(const char* str, char** endptr);
float pw_strtof(const char* str, char** endptr);
long double pw_strtold(const char* str, char** endptr);
double pw_atof(const char* str);
int pwk_snprintf(char* dest, size_t size, const char* fmt, ...);
int pwk_sscanf(const char* str, const char* fmt, ...);

// math.h (libs/libstd/hosted/math) and setjmp.h (platform/user/setjmp.asm).
double pw_acos(double x);
double pw_asin(double x);
double pw_atan(double x);
double pw_atan2(double y, double x);
double pw_cos(double x);
double pw_sin(double x);
double pw_tan(double x);
double pw_cosh(double x);
double pw_sinh(double x);
double pw_tanh(double x);
double pw_exp(double x);
double pw_exp2(double x);
double pw_frexp(double x, int* exp);
double pw_ldexp(double x, int exp);
double pw_log(double x);
double pw_log10(double x);
double pw_log2(double x);
double pw_modf(double x, double* iptr);
double pw_scalbn(double x, int n);
double pw_fabs(double x);
double pw_hypot(double x, double y);
double pw_pow(double x, double y);
double pw_sqrt(double x);
double pw_ceil(double x);
double pw_floor(double x);
double pw_round(double x);
double pw_trunc(double x);
double pw_fmod(double x, double y);
double pw_copysign(double x, double y);
double pw_fmax(double x, double y);
double pw_fmin(double x, double y);
float pw_acosf(float x);
float pw_asinf(float x);
float pw_atanf(float x);
float pw_atan2f(float y, float x);
float pw_cosf(float x);
float pw_sinf(float x);
float pw_tanf(float x);
float pw_coshf(float x);
float pw_sinhf(float x);
float pw_tanhf(float x);
float pw_expf(float x);
float pw_exp2f(float x);
float pw_frexpf(float x, int* exp);
float pw_ldexpf(float x, int exp);
float pw_logf(float x);
float pw_log10f(float x);
float pw_log2f(float x);
float pw_modff(float x, float* iptr);
float pw_scalbnf(float x, int n);
float pw_fabsf(float x);
float pw_hypotf(float x, float y);
float pw_powf(float x, float y);
float pw_sqrtf(float x);
float pw_ceilf(float x);
float pw_floorf(float x);
float pw_roundf(float x);
float pw_truncf(float x);
float pw_fmodf(float x, float y);
float pw_copysignf(float x, float y);
float pw_fmaxf(float x, float y);
float pw_fminf(float x, float y);

// C99's math.h additions (hosted/math).
double pw_acosh(double x);
double pw_asinh(double x);
double pw_atanh(double x);
double pw_expm1(double x);
double pw_log1p(double x);
double pw_cbrt(double x);
double pw_erf(double x);
double pw_erfc(double x);
double pw_lgamma(double x);
double pw_tgamma(double x);
int pw_ilogb(double x);
double pw_logb(double x);
double pw_scalbln(double x, long n);
double pw_nearbyint(double x);
double pw_rint(double x);
long pw_lrint(double x);
long long pw_llrint(double x);
long pw_lround(double x);
long long pw_llround(double x);
double pw_remainder(double x, double y);
double pw_remquo(double x, double y, int* quotient);
double pw_nan(const char* tag);
double pw_nextafter(double x, double y);
double pw_nexttoward(double x, long double y);
double pw_fdim(double x, double y);
double pw_fma(double x, double y, double z);
float pw_acoshf(float x);
float pw_asinhf(float x);
float pw_atanhf(float x);
float pw_expm1f(float x);
float pw_log1pf(float x);
float pw_cbrtf(float x);
float pw_erff(float x);
float pw_erfcf(float x);
float pw_lgammaf(float x);
float pw_tgammaf(float x);
float pw_rintf(float x);
float pw_nearbyintf(float x);
long pw_lrintf(float x);
float pw_remquof(float x, float y, int* quotient);
float pw_nextafterf(float x, float y);
float pw_nexttowardf(float x, long double y);
float pw_fdimf(float x, float y);
float pw_fmaf(float x, float y, float z);
int pw_ilogbf(float x);
long double pw_fabsl(long double x);
long double pw_copysignl(long double x, long double y);
long double pw_ceill(long double x);
long double pw_floorl(long double x);
long double pw_truncl(long double x);
long double pw_roundl(long double x);
long double pw_rintl(long double x);
long double pw_nearbyintl(long double x);
long pw_lrintl(long double x);
long pw_lroundl(long double x);
long double pw_frexpl(long double x, int* exp);
long double pw_ldexpl(long double x, int exp);
long double pw_scalbnl(long double x, int n);
int pw_ilogbl(long double x);
long double pw_logbl(long double x);
long double pw_modfl(long double x, long double* iptr);
long double pw_fmodl(long double x, long double y);
long double pw_remainderl(long double x, long double y);
long double pw_remquol(long double x, long double y, int* quotient);
long double pw_fmaxl(long double x, long double y);
long double pw_fminl(long double x, long double y);
long double pw_fdiml(long double x, long double y);
long double pw_nextafterl(long double x, long double y);
long double pw_sqrtl(long double x);
long double pw_fmal(long double x, long double y, long double z);
long double pw_expl(long double x);

// fenv.h (hosted/fenv).
int pw_fesetround(int round);
int pw_fegetround(void);
int pw_feclearexcept(int excepts);
int pw_feraiseexcept(int excepts);
int pw_fetestexcept(int excepts);

/** libstd's jmp_buf (include/setjmp.h): nine 8-byte slots. */
typedef unsigned long long pw_jmp_buf[9];
__attribute__((returns_twice)) int pw_setjmp(pw_jmp_buf env);
_Noreturn void pw_longjmp(pw_jmp_buf env, int value);
__attribute__((returns_twice)) int pw__setjmp(pw_jmp_buf env);
_Noreturn void pw__longjmp(pw_jmp_buf env, int value);

// qsort, bsearch and rand's generator (src/stdlib; rand's state is user
// space's, so the host tests the step function).
void pw_qsort(void* base, size_t count, size_t size, int (*compare)(const void*, const void*));
void* pw_bsearch(const void* key, const void* base, size_t count, size_t size,
                 int (*compare)(const void*, const void*));
int pw__rand_step(uint64_t* state);
// random()'s generator (src/stdlib/random_step.h; its state is user space's).
typedef struct
{
    uint32_t table[31];
    int front, rear;
} pw_random_state_t;
void pw__random_seed(pw_random_state_t* state, unsigned seed);
long pw__random_step(pw_random_state_t* state);

// The POSIX layer's pure parts (strings.h, libgen.h, string.h's strdup)
// and its user-space state (the environment, getopt), with user_shim.c
// standing in for malloc and stderr.
int pw_strcasecmp(const char* a, const char* b);
int pw_strncasecmp(const char* a, const char* b, size_t count);
char* pw_strdup(const char* str);
char* pw_strndup(const char* str, size_t max_length);
/** The next malloc or realloc of the user wrappers fails with ENOMEM. */
void fail_next_malloc(void);
/** What the user wrappers wrote to stderr since stderr_clear. */
const char* stderr_captured(void);
void stderr_clear(void);

int* pw__errno_location(void);
#define PW_ERRNO (*pw__errno_location())

// Groups: each runs its tests through run(), which prints one TAP line.
void run_string_tests(void);
void run_ctype_tests(void);
void run_stdlib_tests(void);
void run_stdio_tests(void);
void run_printf_float_tests(void);
void run_strtod_tests(void);
void run_scanf_tests(void);
void run_math_special_tests(void);
void run_math_exact_tests(void);
void run_math_accuracy_tests(void);
void run_math_float_tests(void);
void run_math_c17_tests(void);
void run_math_exact_c17_tests(void);
void run_wide_tests(void);
void run_wide_stdio_tests(void);
void run_setjmp_tests(void);
void run_sort_tests(void);
void run_time_tests(void);
void run_posix_string_tests(void);
void run_posix_env_tests(void);
void run_posix_libgen_tests(void);
void run_posix_getopt_tests(void);
void run_complex_tests(void);

/** Run one test group and print its TAP line. */
void run(const char* name, void (*test)(void));
/** Record a mismatch in the current group; the first one becomes the reason. */
__attribute__((format(printf, 1, 2))) void fail(const char* fmt, ...);

#define CHECK(condition, ...)                                                                                          \
    do                                                                                                                 \
    {                                                                                                                  \
        if (!(condition))                                                                                              \
        {                                                                                                              \
            fail(__VA_ARGS__);                                                                                         \
        }                                                                                                              \
    } while (0)

/** n bytes in printable, quoted form for a one-line reason. */
const char* quote(const void* data, size_t n);
/** A string (or NULL) in printable, quoted form. */
const char* quote_str(const char* s);

/** Deterministic pseudo-random numbers, so a failure reproduces. */
uint64_t next_random(void);
size_t random_below(size_t n);
void random_bytes(unsigned char* dest, size_t n);
/** n bytes drawn from alphabet, then a terminator. */
void random_string(char* dest, size_t n, const char* alphabet);

static inline int sign(int value)
{
    return (value > 0) - (value < 0);
}

#endif

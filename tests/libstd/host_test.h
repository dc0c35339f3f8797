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

int* pw__errno_location(void);
#define PW_ERRNO (*pw__errno_location())

// Groups: each runs its tests through run(), which prints one TAP line.
void run_string_tests(void);
void run_ctype_tests(void);
void run_stdlib_tests(void);
void run_stdio_tests(void);

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

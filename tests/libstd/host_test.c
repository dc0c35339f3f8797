// Host tests of libstd's portable code; run.sh builds and runs this. Each
// group prints one TAP line; a failing one gives its first mismatch as the
// reason and the number of mismatches as a diagnostic.
#include "host_test.h"

#include <stdio.h>
#include <string.h>

static const char* suite = "libstd";
static int mismatches;
static char first_mismatch[512];
static bool any_failed;

void fail(const char* fmt, ...)
{
    if (mismatches++ == 0)
    {
        va_list args;
        va_start(args, fmt);
        vsnprintf(first_mismatch, sizeof(first_mismatch), fmt, args);
        va_end(args);
    }
}

void run(const char* name, void (*test)(void))
{
    mismatches = 0;
    test();
    if (mismatches == 0)
    {
        printf("ok - %s/%s\n", suite, name);
    }
    else
    {
        printf("not ok - %s/%s # %s\n", suite, name, first_mismatch);
        printf("# %s: %d mismatch(es)\n", name, mismatches);
        any_failed = true;
    }
    fflush(stdout);
}

// Printable form of n bytes for a one-line reason; a few rotating buffers
// so one message can quote several strings.
const char* quote(const void* data, size_t n)
{
    static char buffers[4][160];
    static int next;
    char* out = buffers[next++ % 4];
    const unsigned char* s = data;
    size_t used = 0;
    out[used++] = '"';
    for (size_t i = 0; i < n; i++)
    {
        if (used > sizeof(buffers[0]) - 10)
        {
            used += (size_t)sprintf(out + used, "...");
            break;
        }
        if (s[i] >= 0x20 && s[i] < 0x7F && s[i] != '"' && s[i] != '\\')
        {
            out[used++] = (char)s[i];
        }
        else
        {
            used += (size_t)sprintf(out + used, "\\x%02x", s[i]);
        }
    }
    out[used++] = '"';
    out[used] = '\0';
    return out;
}

const char* quote_str(const char* s)
{
    return s == NULL ? "NULL" : quote(s, strlen(s));
}

static uint64_t random_state = 0x9E3779B97F4A7C15u;

// xorshift64: deterministic, so a failure reproduces.
uint64_t next_random(void)
{
    random_state ^= random_state << 13;
    random_state ^= random_state >> 7;
    random_state ^= random_state << 17;
    return random_state;
}

size_t random_below(size_t n)
{
    return (size_t)(next_random() % n);
}

void random_bytes(unsigned char* dest, size_t n)
{
    for (size_t i = 0; i < n; i++)
    {
        dest[i] = (unsigned char)next_random();
    }
}

// A string of n bytes drawn from alphabet, terminated.
void random_string(char* dest, size_t n, const char* alphabet)
{
    size_t size = strlen(alphabet);
    for (size_t i = 0; i < n; i++)
    {
        dest[i] = alphabet[random_below(size)];
    }
    dest[n] = '\0';
}

int main(int argc, char** argv)
{
    if (argc > 1)
    {
        suite = argv[1];
    }
    run_string_tests();
    run_ctype_tests();
    run_stdlib_tests();
    run_stdio_tests();
    run_printf_float_tests();
    run_strtod_tests();
    run_scanf_tests();
    run_math_special_tests();
    run_math_exact_tests();
    run_math_accuracy_tests();
    run_math_float_tests();
    run_math_c17_tests();
    run_math_exact_c17_tests();
    run_complex_tests();
    run_wide_tests();
    run_wide_stdio_tests();
    run_setjmp_tests();
    run_sort_tests();
    run_time_tests();
    run_posix_string_tests();
    run_posix_env_tests();
    run_posix_libgen_tests();
    run_posix_getopt_tests();
    return any_failed ? 1 : 0;
}

// stdlib.h: the strto* family against glibc (value, errno and end pointer)
// on hard and random inputs in every base, plus fixed expectations for the
// limits; atoi and friends; abs and friends.
#include "host_test.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// libstd's errno numbers (libs/libstd/include/errno.h). They equal Linux's,
// which is what lets errno be compared with glibc's directly.
#define PW_EINVAL 22
#define PW_ERANGE 34
_Static_assert(PW_EINVAL == EINVAL && PW_ERANGE == ERANGE, "errno numbers differ from the host's");

static const char* const hard_cases[] = {
    "", " ", "0", "-0", "+0", "1", "-1", "+1", "+-1", "-+1", "--1", " \t\n\v\f\r42", "  -42abc", "\xa0" "1",
    "\x85" "1", "0x", "0X", "-0x", " 0x", "0x1A", "0X1a", "0xg", "0x 1", "-0x10", "0x0x1", "00", "017", "-017", "08",
    "09", "0b101", "z", "Z", "zz", "Zz9", "1e5", "12 34", "123\xff", "\x80" "1", "+", "-", "  +", "  -x",
    "2147483647", "2147483648", "-2147483648", "-2147483649", "4294967295", "4294967296", "-4294967296",
    "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
    "18446744073709551615", "18446744073709551616", "-18446744073709551615", "-18446744073709551616",
    "99999999999999999999999999999", "-99999999999999999999999999999xyz", "0x7fffffffffffffff",
    "0x8000000000000000", "-0x8000000000000000", "-0x8000000000000001", "0xffffffffffffffff",
    "0x10000000000000000", "-0xffffffffffffffff", "0x0000000000000000000000000001",
    "1111111111111111111111111111111111111111111111111111111111111111",
    "11111111111111111111111111111111111111111111111111111111111111111",
    "-1000000000000000000000000000000000000000000000000000000000000000",
    "777777777777777777777", "1777777777777777777777", "2000000000000000000000", "01777777777777777777777",
    "3w5e11264sgsf", "3w5e11264sgsg", "1y2p0ij32e8e7", "1y2p0ij32e8e8", "-1y2p0ij32e8e8", "-1y2p0ij32e8e9",
    "ZZZZZZZZZZZZZZZZZZZZZZ", "0000000000000000000000000000000000000000000000000009",
};

// Every base: 0 and 2..36.
static int base_at(int i)
{
    return i == 0 ? 0 : i + 1;
}
#define BASE_COUNT 36

// Both libraries parse str in base; a mismatch in value, errno or end is
// reported. T is the result type, fn the function's name.
#define COMPARE_STRTO(T, fn, format, str, base)                                                                        \
    do                                                                                                                 \
    {                                                                                                                  \
        char *our_end = NULL, *host_end = NULL;                                                                        \
        PW_ERRNO = 0;                                                                                                  \
        errno = 0;                                                                                                     \
        T ours = pw_##fn(str, &our_end, base);                                                                         \
        int our_errno = PW_ERRNO;                                                                                      \
        T host = fn(str, &host_end, base);                                                                             \
        int host_errno = errno;                                                                                        \
        CHECK(ours == host && our_errno == host_errno && our_end == host_end,                                          \
            #fn "(%s, base %d) = " format " errno %d end +%ld; glibc " format " errno %d end +%ld", quote_str(str),    \
            base, ours, our_errno, (long)(our_end - (str)), host, host_errno, (long)(host_end - (str)));               \
    } while (0)

static void compare_all(const char* str, int base)
{
    COMPARE_STRTO(long, strtol, "%ld", str, base);
    COMPARE_STRTO(long long, strtoll, "%lld", str, base);
    COMPARE_STRTO(unsigned long, strtoul, "%lu", str, base);
    COMPARE_STRTO(unsigned long long, strtoull, "%llu", str, base);
}

static void test_strtol_hard_cases(void)
{
    for (size_t i = 0; i < sizeof(hard_cases) / sizeof(hard_cases[0]); i++)
    {
        for (int b = 0; b < BASE_COUNT; b++)
        {
            compare_all(hard_cases[i], base_at(b));
        }
    }
}

static void test_strtol_random(void)
{
    char str[80];
    for (int i = 0; i < 20000; i++)
    {
        if (i % 4 == 0)
        {
            // Long digit strings: around the overflow boundary of each base.
            random_string(str, 1 + random_below(70), "0123456789abcdefghijklmnopqrstuvwxyz");
        }
        else
        {
            random_string(str, random_below(12), " \t+-0123456789abcdefxXzZ");
        }
        for (int b = 0; b < BASE_COUNT; b++)
        {
            compare_all(str, base_at(b));
        }
    }
}

// Fixed expectations, independent of glibc: the limits and ERANGE.
#define EXPECT_STRTO(fn, format, str, base, want, want_errno, want_end)                                                \
    do                                                                                                                 \
    {                                                                                                                  \
        char* end = NULL;                                                                                              \
        PW_ERRNO = 0;                                                                                                  \
        __typeof__(want) got = pw_##fn(str, &end, base);                                                               \
        CHECK(got == (want) && PW_ERRNO == (want_errno) && end == (str) + (want_end),                                  \
            #fn "(%s, %d) = " format " errno %d end +%ld; want " format " errno %d end +%d", quote_str(str), base,     \
            got, PW_ERRNO, (long)(end - (str)), (want), (want_errno), (want_end));                                     \
    } while (0)

static void test_strtol_overflow(void)
{
    EXPECT_STRTO(strtol, "%ld", "9223372036854775807", 10, LONG_MAX, 0, 19);
    EXPECT_STRTO(strtol, "%ld", "9223372036854775808", 10, LONG_MAX, PW_ERANGE, 19);
    EXPECT_STRTO(strtol, "%ld", "-9223372036854775808", 10, LONG_MIN, 0, 20);
    EXPECT_STRTO(strtol, "%ld", "-9223372036854775809", 10, LONG_MIN, PW_ERANGE, 20);
    EXPECT_STRTO(strtol, "%ld", "99999999999999999999999999x", 10, LONG_MAX, PW_ERANGE, 26);
    EXPECT_STRTO(strtol, "%ld", "-0x8000000000000000", 16, LONG_MIN, 0, 19);
    EXPECT_STRTO(strtol, "%ld", "0x8000000000000000", 0, LONG_MAX, PW_ERANGE, 18);
    EXPECT_STRTO(strtoll, "%lld", "-9223372036854775808", 10, LLONG_MIN, 0, 20);
    EXPECT_STRTO(strtoll, "%lld", "-9223372036854775809", 0, LLONG_MIN, PW_ERANGE, 20);
    EXPECT_STRTO(strtoll, "%lld", "1y2p0ij32e8e8", 36, LLONG_MAX, PW_ERANGE, 13);
    EXPECT_STRTO(strtoll, "%lld", "1y2p0ij32e8e7", 36, LLONG_MAX, 0, 13);
    EXPECT_STRTO(strtoul, "%lu", "18446744073709551615", 10, ULONG_MAX, 0, 20);
    EXPECT_STRTO(strtoul, "%lu", "18446744073709551616", 10, ULONG_MAX, PW_ERANGE, 20);
    // A minus sign negates in unsigned arithmetic, but an overflow stays ULONG_MAX.
    EXPECT_STRTO(strtoul, "%lu", "-1", 10, ULONG_MAX, 0, 2);
    EXPECT_STRTO(strtoul, "%lu", "-18446744073709551615", 10, 1UL, 0, 21);
    EXPECT_STRTO(strtoul, "%lu", "-18446744073709551616", 10, ULONG_MAX, PW_ERANGE, 21);
    EXPECT_STRTO(strtoull, "%llu", "0xffffffffffffffff", 16, ULLONG_MAX, 0, 18);
    EXPECT_STRTO(strtoull, "%llu", "0x10000000000000000", 0, ULLONG_MAX, PW_ERANGE, 19);
    EXPECT_STRTO(strtoull, "%llu", "1777777777777777777777", 8, ULLONG_MAX, 0, 22);
    EXPECT_STRTO(strtoull, "%llu", "2000000000000000000000", 0, ULLONG_MAX, PW_ERANGE, 22);
    EXPECT_STRTO(strtoull, "%llu", "3w5e11264sgsg", 36, ULLONG_MAX, PW_ERANGE, 13);
    EXPECT_STRTO(strtoull, "%llu", "3w5e11264sgsf", 36, ULLONG_MAX, 0, 13);
}

static void test_strtol_prefixes(void)
{
    EXPECT_STRTO(strtol, "%ld", "0x1f", 0, 31L, 0, 4);
    EXPECT_STRTO(strtol, "%ld", "0X1F", 16, 31L, 0, 4);
    EXPECT_STRTO(strtol, "%ld", "1f", 16, 31L, 0, 2);
    EXPECT_STRTO(strtol, "%ld", "017", 0, 15L, 0, 3);
    EXPECT_STRTO(strtol, "%ld", "017", 10, 17L, 0, 3);
    EXPECT_STRTO(strtol, "%ld", "08", 0, 0L, 0, 1);
    EXPECT_STRTO(strtol, "%ld", "0x", 0, 0L, 0, 1);
    EXPECT_STRTO(strtol, "%ld", "0xg", 16, 0L, 0, 1);
    EXPECT_STRTO(strtol, "%ld", "0x1", 10, 0L, 0, 1);
    EXPECT_STRTO(strtol, "%ld", "0x1", 34, 33L * 34 + 1, 0, 3); // 'x' is the digit 33 in base 34
    EXPECT_STRTO(strtol, "%ld", " \t\n\v\f\r-0x10", 0, -16L, 0, 11);
    EXPECT_STRTO(strtol, "%ld", "+101", 2, 5L, 0, 4);
    EXPECT_STRTO(strtol, "%ld", "1012", 2, 5L, 0, 3);
    EXPECT_STRTO(strtol, "%ld", "zZ", 36, 35L * 36 + 35, 0, 2);
}

static void test_strtol_no_digits(void)
{
    static const char* const cases[] = {"", "   ", "+", "-", " +", " -", "+ 1", "- 1", "x", "-x", "++1", "\x80"};
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
    {
        EXPECT_STRTO(strtol, "%ld", cases[i], 0, 0L, 0, 0);
        EXPECT_STRTO(strtoull, "%llu", cases[i], 10, 0ULL, 0, 0);
    }
    EXPECT_STRTO(strtol, "%ld", "9", 8, 0L, 0, 0);
    EXPECT_STRTO(strtol, "%ld", "-2", 2, 0L, 0, 0);
    // A null endptr is allowed.
    CHECK(pw_strtol("12", NULL, 10) == 12 && pw_strtoul("12", NULL, 10) == 12, "strtol with endptr NULL");
}

static void test_strtol_bad_base(void)
{
    static const int bases[] = {1, 37, -1, INT_MIN, INT_MAX};
    for (size_t i = 0; i < sizeof(bases) / sizeof(bases[0]); i++)
    {
        EXPECT_STRTO(strtol, "%ld", "11", bases[i], 0L, PW_EINVAL, 0);
        EXPECT_STRTO(strtoll, "%lld", "11", bases[i], 0LL, PW_EINVAL, 0);
        EXPECT_STRTO(strtoul, "%lu", "11", bases[i], 0UL, PW_EINVAL, 0);
        EXPECT_STRTO(strtoull, "%llu", "11", bases[i], 0ULL, PW_EINVAL, 0);
    }
}

static void test_atoi(void)
{
    static const char* const cases[] = {"0", "42", "-42", "  +7x", "2147483647", "-2147483648", "", "abc", "012",
        "0x10", " \n-1"};
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
    {
        CHECK(pw_atoi(cases[i]) == atoi(cases[i]), "atoi(%s) = %d", quote_str(cases[i]), pw_atoi(cases[i]));
        CHECK(pw_atol(cases[i]) == atol(cases[i]), "atol(%s) = %ld", quote_str(cases[i]), pw_atol(cases[i]));
        CHECK(pw_atoll(cases[i]) == atoll(cases[i]), "atoll(%s) = %lld", quote_str(cases[i]), pw_atoll(cases[i]));
    }
    CHECK(pw_atol("-9223372036854775808") == LONG_MIN, "atol of LONG_MIN");
    CHECK(pw_atoll("9223372036854775807") == LLONG_MAX, "atoll of LLONG_MAX");
}

static void test_abs(void)
{
    static const int ints[] = {0, 1, -1, 42, -42, INT_MAX, -INT_MAX};
    for (size_t i = 0; i < sizeof(ints) / sizeof(ints[0]); i++)
    {
        CHECK(pw_abs(ints[i]) == abs(ints[i]), "abs(%d) = %d", ints[i], pw_abs(ints[i]));
    }
    static const long long longs[] = {0, 1, -1, 5000000000LL, -5000000000LL, LLONG_MAX, -LLONG_MAX};
    for (size_t i = 0; i < sizeof(longs) / sizeof(longs[0]); i++)
    {
        CHECK(pw_labs((long)longs[i]) == labs((long)longs[i]), "labs(%lld) = %ld", longs[i], pw_labs((long)longs[i]));
        CHECK(pw_llabs(longs[i]) == llabs(longs[i]), "llabs(%lld) = %lld", longs[i], pw_llabs(longs[i]));
    }
}

void run_stdlib_tests(void)
{
    run("strtol-glibc-hard-cases", test_strtol_hard_cases);
    run("strtol-glibc-random", test_strtol_random);
    run("strtol-overflow", test_strtol_overflow);
    run("strtol-prefixes", test_strtol_prefixes);
    run("strtol-no-digits", test_strtol_no_digits);
    run("strtol-bad-base", test_strtol_bad_base);
    run("atoi-atol-atoll", test_atoi);
    run("abs-labs-llabs", test_abs);
}

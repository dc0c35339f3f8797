// stdio.h: snprintf and friends. Fixed expectations for every feature and
// edge, then a differential run against glibc over combinations of flags,
// width, precision, length and value for d i u o x X c s p, with truncation.
#include "host_test.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#define BUFFER 512

// pw_snprintf into a generous buffer must give exactly `want` (length
// want_length, which may include null bytes) and return its length.
static void expect_bytes(int line, const char* want, size_t want_length, int got_length, const char* got)
{
    CHECK(got_length == (int)want_length && memcmp(got, want, want_length) == 0 && got[want_length] == '\0',
        "line %d: got %s (%d), want %s (%zu)", line, got_length >= 0 ? quote(got, (size_t)got_length) : "error",
        got_length, quote(want, want_length), want_length);
}

#define EXPECT(want, ...)                                                                                              \
    do                                                                                                                 \
    {                                                                                                                  \
        char buffer[BUFFER];                                                                                           \
        memset(buffer, 'X', sizeof(buffer));                                                                           \
        int length = pw_snprintf(buffer, sizeof(buffer), __VA_ARGS__);                                                \
        expect_bytes(__LINE__, want, sizeof(want) - 1, length, buffer);                                                \
    } while (0)

// A format that must fail: libstd returns -1 (any negative value would do
// for C, but -1 also tells a real error from a wrapped-around count).
#define EXPECT_ERROR(...)                                                                                              \
    do                                                                                                                 \
    {                                                                                                                  \
        char buffer[BUFFER];                                                                                           \
        int length = pw_snprintf(buffer, sizeof(buffer), __VA_ARGS__);                                                 \
        CHECK(length == -1, "line %d: returned %d, want the error -1", __LINE__, length);                              \
    } while (0)

static void test_integers(void)
{
    EXPECT("0", "%d", 0);
    EXPECT("42", "%d", 42);
    EXPECT("-42", "%d", -42);
    EXPECT("123", "%i", 123);
    EXPECT("-7", "%i", -7);
    EXPECT("3000000000", "%u", 3000000000u);
    EXPECT("4294967295", "%u", -1);
    EXPECT("10", "%o", 8);
    EXPECT("ff", "%x", 255);
    EXPECT("FF", "%X", 255);
    EXPECT("0", "%x", 0);
    EXPECT("deadbeef DEADBEEF", "%x %X", 0xdeadbeefu, 0xdeadbeefu);
    EXPECT("a1 b2 c3", "a%d b%d c%d", 1, 2, 3);
    EXPECT("no directives", "no directives");
    EXPECT("", "");
}

static void test_flags(void)
{
    EXPECT("+5", "%+d", 5);
    EXPECT("-5", "%+d", -5);
    EXPECT("+0", "%+d", 0);
    EXPECT(" 5", "% d", 5);
    EXPECT("-5", "% d", -5);
    EXPECT(" 0", "% d", 0);
    EXPECT("+5", "% +d", 5);
    EXPECT("+5", "%+ d", 5);
    EXPECT("42   |", "%-5d|", 42);
    EXPECT("00042", "%05d", 42);
    EXPECT("-0042", "%05d", -42);
    EXPECT("+0042", "%+05d", 42);
    EXPECT(" 0042", "% 05d", 42);
    EXPECT("42   |", "%-05d|", 42);
    EXPECT("42   |", "%0-5d|", 42);
    EXPECT("5", "%+u", 5);
    EXPECT("5", "% u", 5);
    EXPECT("5", "%+x", 5);
    EXPECT("010", "%#o", 8);
    EXPECT("0", "%#o", 0);
    EXPECT("0", "%#.0o", 0);
    EXPECT("010", "%#.3o", 8);
    EXPECT("0010", "%#.4o", 8);
    EXPECT("  010", "%#5o", 8);
    EXPECT("00010", "%#05o", 8);
    EXPECT("0xff", "%#x", 255);
    EXPECT("0XFF", "%#X", 255);
    EXPECT("0", "%#x", 0);
    EXPECT("", "%#.0x", 0);
    EXPECT("0x0000ff", "%#08x", 255);
    EXPECT("    0xff", "%#8x", 255);
    EXPECT("0xff    |", "%#-8x|", 255);
    EXPECT("0x00ff", "%#.4x", 255);
    EXPECT("  0x00ff", "%#8.4x", 255);
    EXPECT("00000", "%05u", 0);
}

static void test_width_precision(void)
{
    EXPECT("   42", "%5d", 42);
    EXPECT("42", "%1d", 42);
    EXPECT("42", "%0d", 42);
    EXPECT("007", "%.3d", 7);
    EXPECT("-007", "%.3d", -7);
    EXPECT("", "%.0d", 0);
    EXPECT("", "%.d", 0);
    EXPECT("5", "%.d", 5);
    EXPECT("     |", "%5.0d|", 0);
    EXPECT("", "%.0x", 0);
    EXPECT("", "%.0o", 0);
    EXPECT("", "%.0u", 0);
    EXPECT("+", "%+.0d", 0);
    EXPECT(" ", "% .0d", 0);
    EXPECT("     007", "%8.3d", 7);
    EXPECT("-007    |", "%-8.3d|", -7);
    EXPECT("     007", "%08.3d", 7);
    EXPECT("    -007", "%08.3d", -7);
    EXPECT("0000000005", "%.10u", 5);
    EXPECT("0000000000000000000000000000000000000001", "%.40d", 1);
    EXPECT("                                       1", "%40d", 1);
    EXPECT("   42", "%*d", 5, 42);
    EXPECT("42   |", "%*d|", -5, 42);
    EXPECT("42   |", "%-*d|", -5, 42);
    EXPECT("42   |", "%-*d|", 5, 42);
    EXPECT("7     |", "%0*d|", -6, 7);
    EXPECT("007", "%.*d", 3, 7);
    EXPECT("7", "%.*d", -1, 7);
    EXPECT("0", "%.*d", -1, 0);
    EXPECT("", "%.*d", 0, 0);
    EXPECT("00007", "%05.*d", -1, 7); // a negative precision is none, so '0' applies
    EXPECT("   007", "%*.*d", 6, 3, 7);
    EXPECT("   ab", "%5s", "ab");
    EXPECT("ab   |", "%-5s|", "ab");
    EXPECT("a", "%.1s", "ab");
    EXPECT("", "%.0s", "ab");
    EXPECT("    a", "%5.1s", "ab");
    EXPECT("ab", "%.*s", 2, "abcdef");
    EXPECT("abc", "%.*s", -1, "abc");
    EXPECT("abc", "%.10s", "abc");
    // With a precision the array need not be terminated.
    static const char unterminated[3] = {'x', 'y', 'z'};
    EXPECT("xyz", "%.3s", unterminated);
    EXPECT("xy", "%.2s", unterminated);
}

static void test_length_modifiers(void)
{
    EXPECT("-1", "%hhd", 255);
    EXPECT("-128", "%hhd", 128);
    EXPECT("44", "%hhd", 300);
    EXPECT("0", "%hhu", 256);
    EXPECT("255", "%hhu", -1);
    EXPECT("34", "%hhx", 0x1234);
    EXPECT("377", "%hho", -1);
    EXPECT("-1", "%hd", 65535);
    EXPECT("-32768", "%hd", 32768);
    EXPECT("0", "%hu", 65536);
    EXPECT("65535", "%hu", -1);
    EXPECT("2345", "%hx", 0x12345);
    EXPECT("9223372036854775807", "%ld", LONG_MAX);
    EXPECT("-9223372036854775808", "%ld", LONG_MIN);
    EXPECT("18446744073709551615", "%lu", ULONG_MAX);
    EXPECT("123456789abcdef0", "%lx", 0x123456789abcdef0UL);
    EXPECT("123456789ABCDEF0", "%lX", 0x123456789abcdef0UL);
    EXPECT("1777777777777777777777", "%lo", ULONG_MAX);
    EXPECT("-9223372036854775808", "%lld", LLONG_MIN);
    EXPECT("9223372036854775807", "%lli", LLONG_MAX);
    EXPECT("18446744073709551615", "%llu", ULLONG_MAX);
    EXPECT("1777777777777777777777", "%llo", ULLONG_MAX);
    EXPECT("FFFFFFFFFFFFFFFF", "%llX", ULLONG_MAX);
    EXPECT("-9223372036854775808", "%jd", INTMAX_MIN);
    EXPECT("18446744073709551615", "%ju", UINTMAX_MAX);
    EXPECT("18446744073709551615", "%zu", SIZE_MAX);
    EXPECT("-1", "%zd", (ptrdiff_t)-1);
    EXPECT("abc", "%zx", (size_t)0xabc);
    EXPECT("-9223372036854775808", "%td", PTRDIFF_MIN);
    EXPECT("ffffffffffffffff", "%tx", (ptrdiff_t)-1);
    EXPECT("18446744073709551615", "%tu", (size_t)-1);
    EXPECT("-2147483648", "%d", INT_MIN);
    EXPECT("2147483647", "%d", INT_MAX);
    EXPECT("4294967295", "%u", UINT_MAX);
    EXPECT("ffffffff", "%x", UINT_MAX);
    EXPECT("37777777777", "%o", UINT_MAX);
    // Arguments of different widths in one call stay in step.
    EXPECT("44|-9223372036854775808|-1|65535|18446744073709551615", "%hhd|%ld|%d|%hu|%llu", 300, LONG_MIN, -1,
        65535, ULLONG_MAX);
    EXPECT("-9223372036854775808    |", "%-24lld|", LLONG_MIN);
    EXPECT("-0000009223372036854775808", "%026lld", LLONG_MIN);
    EXPECT(" 18446744073709551615", "% 21llu", ULLONG_MAX);
}

static void test_chars_strings_pointers(void)
{
    EXPECT("A", "%c", 'A');
    EXPECT("B", "%c", 256 + 'B');
    EXPECT("\xc8", "%c", 200);
    EXPECT("  x", "%3c", 'x');
    EXPECT("x  |", "%-3c|", 'x');
    EXPECT("a\0b", "a%cb", 0);
    EXPECT("hello", "%s", "hello");
    EXPECT("", "%s", "");
    EXPECT("(null)", "%s", (char*)NULL);
    EXPECT("  (null)", "%8s", (char*)NULL);
    EXPECT("(nu", "%.3s", (char*)NULL);
    EXPECT("0x1a2b", "%p", (void*)0x1a2b);
    EXPECT("0x1", "%p", (void*)1);
    EXPECT("0xffffffffffffffff", "%p", (void*)UINTPTR_MAX);
    EXPECT("(nil)", "%p", NULL);
    EXPECT("     (nil)|", "%10p|", NULL);
    EXPECT("(nil)     |", "%-10p|", NULL);
    EXPECT("  0x1a2b", "%8p", (void*)0x1a2b);
    EXPECT("0x1a2b  |", "%-8p|", (void*)0x1a2b);
    // p is not a signed conversion: '+' and ' ' add nothing.
    EXPECT("0x10 0x10", "%+p % p", (void*)0x10, (void*)0x10);
    EXPECT("%", "%%");
    EXPECT("100%", "100%%");
    EXPECT("%d", "%%d");
    EXPECT("5%5", "%d%%%d", 5, 5);
}

static void test_percent_n(void)
{
    int n = -1;
    EXPECT("abc", "abc%n", &n);
    CHECK(n == 3, "%%n after abc stored %d", n);
    n = -1;
    EXPECT("", "%n", &n);
    CHECK(n == 0, "%%n at the start stored %d", n);
    n = -1;
    EXPECT("    1|", "%5d%n|", 1, &n);
    CHECK(n == 5, "%%n after a padded field stored %d", n);
    int m = -1;
    EXPECT("ab", "a%nb%n", &n, &m);
    CHECK(n == 1 && m == 2, "two %%n stored %d and %d", n, m);

    // Each length stores its own type: exactly that many bytes change.
    unsigned char bytes[16];
    struct
    {
        const char* format;
        size_t size;
        long long value; // the count, converted to the stored type
    } cases[] = {
        {"%300d%hhn", sizeof(signed char), 44}, // 300 as signed char
        {"%70000d%hn", sizeof(short), 4464},    // 70000 as short
        {"%3d%n", sizeof(int), 3},
        {"%3d%ln", sizeof(long), 3},
        {"%3d%lln", sizeof(long long), 3},
        {"%3d%jn", sizeof(intmax_t), 3},
        {"%3d%zn", sizeof(size_t), 3},
        {"%3d%tn", sizeof(ptrdiff_t), 3},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
    {
        memset(bytes, 0x55, sizeof(bytes));
        char small[8];
        pw_snprintf(small, sizeof(small), cases[i].format, 1, bytes);
        long long stored = 0;
        switch (cases[i].size)
        {
        case 1:
            stored = *(signed char*)bytes;
            break;
        case 2:
            stored = *(short*)bytes;
            break;
        case 4:
            stored = *(int*)bytes;
            break;
        default:
            stored = *(long long*)bytes;
            break;
        }
        CHECK(stored == cases[i].value, "%s stored %lld, want %lld", cases[i].format, stored, cases[i].value);
        for (size_t b = cases[i].size; b < sizeof(bytes); b++)
        {
            CHECK(bytes[b] == 0x55, "%s wrote byte %zu, beyond its type", cases[i].format, b);
        }
    }
    // The count includes output cut by the buffer size.
    char tiny[2];
    n = -1;
    pw_snprintf(tiny, sizeof(tiny), "abcdef%n", &n);
    CHECK(n == 6, "%%n after truncated output stored %d", n);
}

static void test_truncation(void)
{
    char buffer[16];
    memset(buffer, 'X', sizeof(buffer));
    CHECK(pw_snprintf(buffer, 0, "hello") == 5 && buffer[0] == 'X', "size 0 wrote or miscounted");
    CHECK(pw_snprintf(NULL, 0, "%d", 12345) == 5, "size 0 with a null buffer");
    CHECK(pw_snprintf(buffer, 1, "hello") == 5 && buffer[0] == '\0' && buffer[1] == 'X', "size 1");
    CHECK(pw_snprintf(buffer, 3, "hello") == 5 && memcmp(buffer, "he\0X", 4) == 0, "size 3: %s",
        quote(buffer, 4));
    CHECK(pw_snprintf(buffer, 5, "hello") == 5 && memcmp(buffer, "hell\0", 5) == 0, "size 5: %s",
        quote(buffer, 5));
    memset(buffer, 'X', sizeof(buffer));
    CHECK(pw_snprintf(buffer, 6, "hello") == 5 && memcmp(buffer, "hello\0X", 7) == 0, "size 6: %s",
        quote(buffer, 7));
    memset(buffer, 'X', sizeof(buffer));
    CHECK(pw_snprintf(buffer, sizeof(buffer), "hello") == 5 && memcmp(buffer, "hello\0XX", 8) == 0,
        "bytes after the terminator changed: %s", quote(buffer, 8));
    CHECK(pw_snprintf(buffer, 4, "%s%s", "ab", "cd") == 4 && strcmp(buffer, "abc") == 0, "cut across directives");
    CHECK(pw_snprintf(buffer, 4, "%10d", 1) == 10 && strcmp(buffer, "   ") == 0, "cut inside padding");
    CHECK(pw_snprintf(buffer, 2, "%c%c", 0, 'a') == 2 && buffer[0] == '\0' && buffer[1] == '\0',
        "a %%c null byte, then cut");
}

// Without floating point (the kernel's and bootloader's build, pwk_): a
// floating-point directive or L is copied and its argument is not read, so
// the following integer arguments stay in step. User space's pw_ formats
// them (test_printf_float.c); both copy unknown directives.
#define EXPECT_PLAIN(want, ...)                                                                                        \
    do                                                                                                                 \
    {                                                                                                                  \
        char buffer[BUFFER];                                                                                           \
        memset(buffer, 'X', sizeof(buffer));                                                                           \
        int length = pwk_snprintf(buffer, sizeof(buffer), __VA_ARGS__);                                                \
        expect_bytes(__LINE__, want, sizeof(want) - 1, length, buffer);                                                \
    } while (0)

static void test_unsupported(void)
{
    EXPECT_PLAIN("%f", "%f", 1.5);
    EXPECT_PLAIN("1 %f 3", "%d %f %d", 1, 2.5, 3);
    EXPECT_PLAIN("%-8.3e|7", "%-8.3e|%d", 1.0, 7);
    EXPECT_PLAIN("%g%G%a%A%F%E|9", "%g%G%a%A%F%E|%d", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 9);
    EXPECT_PLAIN("%*.*f|9", "%*.*f|%d", 8, 3, 1.5, 9);
    EXPECT_PLAIN("%Lf|5", "%Lf|%d", 1.0L, 5);
    EXPECT_PLAIN("%Ld|", "%Ld|");
    EXPECT_PLAIN("%k", "%k");
    EXPECT_PLAIN("42 %.2f", "%d %.2f", 42, 1.0);
    EXPECT("%Ld|", "%Ld|");
    EXPECT("%k", "%k");
    EXPECT("abc%", "abc%");
    EXPECT("%5", "%5");
    EXPECT("%-#", "%-#");
    EXPECT("1.500000 %k", "%f %k", 1.5);
}

static void test_wide(void)
{
    EXPECT("A", "%lc", (wint_t)'A');
    EXPECT("\xc3\xa9", "%lc", (wint_t)0xE9);
    EXPECT("\xdf\xbf", "%lc", (wint_t)0x7FF);
    EXPECT("\xe0\xa0\x80", "%lc", (wint_t)0x800);
    EXPECT("\xe2\x82\xac", "%lc", (wint_t)0x20AC);
    EXPECT("\xef\xbf\xbf", "%lc", (wint_t)0xFFFF);
    EXPECT("\xf0\x90\x80\x80", "%lc", (wint_t)0x10000);
    EXPECT("\xf0\x9f\x98\x80", "%lc", (wint_t)0x1F600);
    EXPECT("\xf4\x8f\xbf\xbf", "%lc", (wint_t)0x10FFFF);
    EXPECT("  \xc3\xa9|", "%4lc|", (wint_t)0xE9);
    EXPECT_ERROR("%lc", (wint_t)0xD800);
    EXPECT_ERROR("%lc", (wint_t)0x110000);
    static const wchar_t text[] = {'h', 0xE9, 0x20AC, 0x1F600, 0};
    EXPECT("h\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", "%ls", text);
    EXPECT("h", "%.2ls", text); // no partial character
    EXPECT("h\xc3\xa9", "%.3ls", text);
    EXPECT("   h\xc3\xa9|", "%6.5ls|", text);
    EXPECT("h\xc3\xa9   |", "%-6.5ls|", text);
    EXPECT("(null)", "%ls", (wchar_t*)NULL);
    static const wchar_t invalid[] = {'a', 0xD800, 0};
    EXPECT_ERROR("%ls", invalid);
    EXPECT("a", "%.1ls", invalid); // past the precision: never converted
}

static void test_overflow(void)
{
    // INT_MAX bytes is the most a result can count; one more is an error.
    CHECK(pw_snprintf(NULL, 0, "%*d", INT_MAX, 1) == INT_MAX, "a field of INT_MAX bytes");
    EXPECT_ERROR("%*d%d", INT_MAX, 1, 1);
    CHECK(pw_snprintf(NULL, 0, "%*d%s", INT_MAX - 1, 1, "a") == INT_MAX, "INT_MAX bytes, the last from %%s");
    EXPECT_ERROR("%*d%s", INT_MAX - 1, 1, "ab");
    EXPECT_ERROR("%*d%%", INT_MAX, 1);
    EXPECT_ERROR("%2147483648d", 1);
    EXPECT_ERROR("%99999999999999999999999d", 1);
    EXPECT_ERROR("%.2147483648d", 1);
    EXPECT_ERROR("%*d", INT_MIN, 1); // a width of 2^31 bytes
}

static int call_vsnprintf(char* dest, size_t size, const char* fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    int length = pw_vsnprintf(dest, size, fmt, args);
    va_end(args);
    return length;
}

static int call_vsprintf(char* dest, const char* fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    int length = pw_vsprintf(dest, fmt, args);
    va_end(args);
    return length;
}

static void test_wrappers(void)
{
    char buffer[64];
    memset(buffer, 'X', sizeof(buffer));
    CHECK(pw_sprintf(buffer, "%s-%d", "ab", 5) == 4 && memcmp(buffer, "ab-5\0X", 6) == 0, "sprintf gave %s",
        quote(buffer, 6));
    memset(buffer, 'X', sizeof(buffer));
    CHECK(call_vsprintf(buffer, "%x|%c", 255, 'q') == 4 && memcmp(buffer, "ff|q\0X", 6) == 0, "vsprintf gave %s",
        quote(buffer, 6));
    CHECK(pw_sprintf(buffer, "") == 0 && buffer[0] == '\0', "sprintf of an empty format");
    memset(buffer, 'X', sizeof(buffer));
    CHECK(call_vsnprintf(buffer, 4, "%d%s", 12, "345") == 5 && memcmp(buffer, "123\0X", 5) == 0,
        "vsnprintf gave %s", quote(buffer, 5));
    CHECK(call_vsnprintf(NULL, 0, "%s", "abc") == 3, "vsnprintf with size 0");
}

// ---- differential run against glibc ----

static const uint64_t integer_values[] = {0, 1, 7, 8, 42, 127, 128, 255, 256, 1000, 32767, 32768, 65535, 65536,
    0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0x100000000, 0x123456789ABCDEF, 0x7FFFFFFFFFFFFFFF, 0x8000000000000000,
    0xFFFFFFFFFFFFFFFF, (uint64_t)-1, (uint64_t)-42, (uint64_t)-128, (uint64_t)-129, (uint64_t)-32768,
    (uint64_t)-2147483648LL, (uint64_t)-1000000007};
static const char* const lengths[] = {"", "hh", "h", "l", "ll", "j", "z", "t"};
static const char* const widths[] = {"", "1", "5", "12", "30", "*"};
static const char* const precisions[] = {"", ".", ".0", ".1", ".4", ".25", ".*"};
static const int star_widths[] = {-14, 0, 9};
static const int star_precisions[] = {-1, 0, 3};
static const char* const strings[] = {"", "a", "hello", "hello, world: longer than twenty", "\x80\xff"};

static int differential_count;

static void compare_outputs(const char* fmt, const char* ours, int our_length, const char* host, int host_length,
    const char* what)
{
    differential_count++;
    bool same = our_length == host_length &&
        (our_length < 0 || memcmp(ours, host, (size_t)our_length + 1) == 0);
    CHECK(same, "%s with %s: got %s (%d), glibc %s (%d)", quote_str(fmt), what,
        our_length >= 0 ? quote(ours, (size_t)our_length) : "error", our_length,
        host_length >= 0 ? quote(host, (size_t)host_length) : "error", host_length);
}

// Call both libraries with the same arguments: star values first, as the
// format asks, then the value.
#define BOTH(...)                                                                                                      \
    do                                                                                                                 \
    {                                                                                                                  \
        our_length = pw_snprintf(ours, sizeof(ours), fmt, __VA_ARGS__);                                                \
        host_length = snprintf(host, sizeof(host), fmt, __VA_ARGS__);                                                  \
    } while (0)
#define BOTH_WITH_STARS(value)                                                                                         \
    do                                                                                                                 \
    {                                                                                                                  \
        if (star_width && star_precision)                                                                              \
            BOTH(width_arg, precision_arg, value);                                                                     \
        else if (star_width)                                                                                           \
            BOTH(width_arg, value);                                                                                    \
        else if (star_precision)                                                                                       \
            BOTH(precision_arg, value);                                                                                \
        else                                                                                                           \
            BOTH(value);                                                                                               \
    } while (0)

typedef struct
{
    char conversion;
    const char* flags;       // the flags C defines for it
    bool takes_precision;    // precision is undefined for c and p
    bool takes_length;       // hh..t apply to the integer conversions
} conversion_rule_t;

static const conversion_rule_t rules[] = {
    {'d', "-+ 0", true, true},
    {'i', "-+ 0", true, true},
    {'u', "-+ 0", true, true},
    {'o', "-+ #0", true, true},
    {'x', "-+ #0", true, true},
    {'X', "-+ #0", true, true},
    {'c', "-+ ", false, false},
    {'s', "-+ ", true, false},
    // glibc prints "+0x.." for "%+p"; C leaves p's look to the
    // implementation, so only '-' is compared.
    {'p', "-", false, false},
};

// Every subset of rule->flags, as a string, for mask in 0 .. 2^n - 1.
static void flag_subset(const char* flags, unsigned mask, char* out)
{
    for (size_t i = 0; flags[i] != '\0'; i++)
    {
        if (mask & (1u << i))
        {
            *out++ = flags[i];
        }
    }
    *out = '\0';
}

static void differential_one(const conversion_rule_t* rule, const char* fmt, bool star_width, bool star_precision,
    int width_arg, int precision_arg, const char* length)
{
    char ours[BUFFER], host[BUFFER], what[64];
    int our_length = 0, host_length = 0;
    if (strchr("diuoxX", rule->conversion) != NULL)
    {
        for (size_t v = 0; v < sizeof(integer_values) / sizeof(integer_values[0]); v++)
        {
            uint64_t value = integer_values[v];
            // Pass the exact type the length modifier names.
            if (strcmp(length, "l") == 0)
                BOTH_WITH_STARS((long)value);
            else if (strcmp(length, "ll") == 0)
                BOTH_WITH_STARS((long long)value);
            else if (strcmp(length, "j") == 0)
                BOTH_WITH_STARS((intmax_t)value);
            else if (strcmp(length, "z") == 0)
                BOTH_WITH_STARS((size_t)value);
            else if (strcmp(length, "t") == 0)
                BOTH_WITH_STARS((ptrdiff_t)value);
            else
                BOTH_WITH_STARS((int)(uint32_t)value);
            snprintf(what, sizeof(what), "%#llx w%d p%d", (unsigned long long)value, width_arg, precision_arg);
            compare_outputs(fmt, ours, our_length, host, host_length, what);
        }
    }
    else if (rule->conversion == 'c')
    {
        static const int chars[] = {'a', 'Z' + 256, 200, 0};
        for (size_t i = 0; i < sizeof(chars) / sizeof(chars[0]); i++)
        {
            BOTH_WITH_STARS(chars[i]);
            snprintf(what, sizeof(what), "%d w%d", chars[i], width_arg);
            compare_outputs(fmt, ours, our_length, host, host_length, what);
        }
    }
    else if (rule->conversion == 's')
    {
        for (size_t i = 0; i < sizeof(strings) / sizeof(strings[0]); i++)
        {
            BOTH_WITH_STARS(strings[i]);
            snprintf(what, sizeof(what), "%s w%d p%d", quote_str(strings[i]), width_arg, precision_arg);
            compare_outputs(fmt, ours, our_length, host, host_length, what);
        }
    }
    else
    {
        int local;
        void* pointers[] = {NULL, (void*)1, (void*)0x1a2b, (void*)UINTPTR_MAX, &local};
        for (size_t i = 0; i < sizeof(pointers) / sizeof(pointers[0]); i++)
        {
            BOTH_WITH_STARS(pointers[i]);
            snprintf(what, sizeof(what), "%p w%d", pointers[i], width_arg);
            compare_outputs(fmt, ours, our_length, host, host_length, what);
        }
    }
}

static void test_differential(void)
{
    differential_count = 0;
    for (size_t r = 0; r < sizeof(rules) / sizeof(rules[0]); r++)
    {
        const conversion_rule_t* rule = &rules[r];
        unsigned subsets = 1u << strlen(rule->flags);
        size_t precision_count = rule->takes_precision ? sizeof(precisions) / sizeof(precisions[0]) : 1;
        size_t length_count = rule->takes_length ? sizeof(lengths) / sizeof(lengths[0]) : 1;
        for (unsigned mask = 0; mask < subsets; mask++)
        {
            char flags[8];
            flag_subset(rule->flags, mask, flags);
            for (size_t w = 0; w < sizeof(widths) / sizeof(widths[0]); w++)
            {
                for (size_t p = 0; p < precision_count; p++)
                {
                    for (size_t l = 0; l < length_count; l++)
                    {
                        char fmt[64];
                        snprintf(fmt, sizeof(fmt), "[%%%s%s%s%s%c]", flags, widths[w], precisions[p], lengths[l],
                            rule->conversion);
                        bool star_width = strcmp(widths[w], "*") == 0;
                        bool star_precision = strcmp(precisions[p], ".*") == 0;
                        for (size_t sw = 0; sw < (star_width ? 3u : 1u); sw++)
                        {
                            for (size_t sp = 0; sp < (star_precision ? 3u : 1u); sp++)
                            {
                                differential_one(rule, fmt, star_width, star_precision, star_widths[sw],
                                    star_precisions[sp], lengths[l]);
                            }
                        }
                    }
                }
            }
        }
    }
    printf("# snprintf-glibc-differential: %d comparisons\n", differential_count);
    CHECK(differential_count > 100000, "only %d comparisons ran", differential_count);
}

// Cut output at every size from 0 to one past the full length: same return
// value, same bytes, nothing written past size.
static void test_truncation_differential(void)
{
    static const char* const formats[] = {"x%5dy%-3sz%#xw", "%+08.3d|%s|%c", "%-20p.", "%.0d%.0u%.0x", "[%*.*d]"};
    for (size_t f = 0; f < sizeof(formats) / sizeof(formats[0]); f++)
    {
        for (size_t size = 0; size <= 40; size++)
        {
            char ours[64], host[64];
            memset(ours, 'X', sizeof(ours));
            memset(host, 'X', sizeof(host));
            int our_length, host_length;
            const char* fmt = formats[f];
            switch (f)
            {
            case 0:
                our_length = pw_snprintf(ours, size, fmt, -42, "ab", 255);
                host_length = snprintf(host, size, fmt, -42, "ab", 255);
                break;
            case 1:
                our_length = pw_snprintf(ours, size, fmt, 7, "hello", 'q');
                host_length = snprintf(host, size, fmt, 7, "hello", 'q');
                break;
            case 2:
                our_length = pw_snprintf(ours, size, fmt, (void*)0xbeef);
                host_length = snprintf(host, size, fmt, (void*)0xbeef);
                break;
            case 3:
                our_length = pw_snprintf(ours, size, fmt, 0, 0u, 0u);
                host_length = snprintf(host, size, fmt, 0, 0u, 0u);
                break;
            default:
                our_length = pw_snprintf(ours, size, fmt, 12, 5, -314);
                host_length = snprintf(host, size, fmt, 12, 5, -314);
                break;
            }
            CHECK(our_length == host_length && memcmp(ours, host, sizeof(ours)) == 0,
                "%s at size %zu: got %s (%d), glibc %s (%d)", quote_str(fmt), size, quote(ours, size + 1),
                our_length, quote(host, size + 1), host_length);
        }
    }
}

void run_stdio_tests(void)
{
    run("snprintf-integers", test_integers);
    run("snprintf-flags", test_flags);
    run("snprintf-width-precision", test_width_precision);
    run("snprintf-length-modifiers", test_length_modifiers);
    run("snprintf-char-string-pointer", test_chars_strings_pointers);
    run("snprintf-percent-n", test_percent_n);
    run("snprintf-truncation", test_truncation);
    run("snprintf-unsupported-directives", test_unsupported);
    run("snprintf-wide-characters", test_wide);
    run("snprintf-int-max-overflow", test_overflow);
    run("sprintf-vsprintf-vsnprintf", test_wrappers);
    run("snprintf-glibc-differential", test_differential);
    run("snprintf-glibc-truncation", test_truncation_differential);
}

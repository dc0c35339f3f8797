// stdio.h: sscanf and vsscanf. Fixed expectations for counts and values
// of every conversion, the failure rules of C17 7.21.6.2, the float-free
// flavour of the kernel (pwk_), then differential runs against glibc on
// well-formed input, where the two agree.
#include "host_test.h"

#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#define EOF_VALUE (-1)

// sscanf must return `want`.
#define SCAN(want, str, ...)                                                                                           \
    do                                                                                                                 \
    {                                                                                                                  \
        int got_ = pw_sscanf(str, __VA_ARGS__);                                                                        \
        CHECK(got_ == (want), "line %d: sscanf(%s, ...) returned %d, want %d", __LINE__, quote_str(str), got_,       \
            (want));                                                                                                   \
    } while (0)

#define EQUAL(got, want, format)                                                                                       \
    CHECK((got) == (want), "line %d: " #got " is " format ", want " format, __LINE__, (got), (want))

static void test_integers(void)
{
    int i = 0, j = 0;
    unsigned u = 0;
    SCAN(2, "12 -34", "%d%d", &i, &j);
    EQUAL(i, 12, "%d");
    EQUAL(j, -34, "%d");
    SCAN(1, "  +7", "%d", &i);
    EQUAL(i, 7, "%d");
    SCAN(1, "0x1f", "%i", &i);
    EQUAL(i, 31, "%d");
    SCAN(1, "-0X1F", "%i", &i);
    EQUAL(i, -31, "%d");
    SCAN(1, "017", "%i", &i);
    EQUAL(i, 15, "%d");
    SCAN(2, "08", "%i%d", &i, &j); // octal 0, then 8
    EQUAL(i, 0, "%d");
    EQUAL(j, 8, "%d");
    SCAN(1, "0", "%i", &i);
    EQUAL(i, 0, "%d");
    SCAN(1, "777", "%o", &u);
    EQUAL(u, 0777u, "%u");
    SCAN(1, "dEaDbEeF", "%x", &u);
    EQUAL(u, 0xdeadbeefu, "%u");
    SCAN(1, "0xff", "%X", &u);
    EQUAL(u, 0xffu, "%u");
    SCAN(1, "ff", "%x", &u);
    EQUAL(u, 0xffu, "%u");
    SCAN(1, "-1", "%u", &u);
    EQUAL(u, 4294967295u, "%u");
    SCAN(2, "12345", "%2d%d", &i, &j);
    EQUAL(i, 12, "%d");
    EQUAL(j, 345, "%d");
    SCAN(2, "-12", "%2d%d", &i, &j); // the sign counts in the width
    EQUAL(i, -1, "%d");
    EQUAL(j, 2, "%d");
    SCAN(1, "123abc", "%d", &i);
    EQUAL(i, 123, "%d");

    signed char hh = 0;
    short h = 0;
    long l = 0;
    long long ll = 0;
    intmax_t jm = 0;
    size_t z = 0;
    ptrdiff_t t = 0;
    unsigned char uhh = 0;
    SCAN(1, "-128", "%hhd", &hh);
    EQUAL(hh, -128, "%d");
    SCAN(1, "300", "%hhu", &uhh); // cut to the type: 300 - 256
    EQUAL(uhh, 44, "%d");
    SCAN(1, "-32768", "%hd", &h);
    EQUAL(h, -32768, "%d");
    SCAN(1, "70000", "%hd", &h);
    EQUAL(h, 4464, "%d");
    SCAN(1, "-9223372036854775808", "%ld", &l);
    EQUAL(l, INT64_MIN, "%ld");
    SCAN(1, "99999999999999999999", "%lld", &ll); // clamped as strtoll does
    EQUAL(ll, LLONG_MAX, "%lld");
    SCAN(1, "-99999999999999999999", "%lld", &ll);
    EQUAL(ll, LLONG_MIN, "%lld");
    unsigned long long ull = 0;
    SCAN(1, "99999999999999999999", "%llu", &ull);
    EQUAL(ull, ULLONG_MAX, "%llu");
    SCAN(1, "18446744073709551615", "%llx", &ull); // read as hexadecimal: far too big
    EQUAL(ull, ULLONG_MAX, "%llu");
    SCAN(1, "ffffffffffffffff", "%llx", &ull);
    EQUAL(ull, ULLONG_MAX, "%llu");
    SCAN(1, "123456789012", "%jd", &jm);
    EQUAL(jm, 123456789012, "%jd");
    SCAN(1, "4096", "%zu", &z);
    EQUAL(z, (size_t)4096, "%zu");
    SCAN(1, "-5", "%td", &t);
    EQUAL(t, (ptrdiff_t)-5, "%td");
    SCAN(1, "-5", "%Ld", &ll); // L with an integer: as ll
    EQUAL(ll, -5LL, "%lld");
}

// The longest start of a number is the input item: when it is only a
// start ("0x", "-"), the directive fails and those bytes are gone.
static void test_matching_rules(void)
{
    int i = 99, n = -1;
    unsigned u = 99;
    char rest[16] = "";
    SCAN(0, "0x", "%x", &u);
    SCAN(0, "0xg", "%i", &i);
    SCAN(0, "0xg", "%x%n", &u, &n);
    EQUAL(n, -1, "%d");
    SCAN(1, "0xg", "%*2c%s", rest); // the two bytes "0x" are consumed
    CHECK(strcmp(rest, "g") == 0, "rest is %s", quote_str(rest));
    SCAN(0, "-", "%d", &i);
    SCAN(0, "- 1", "%d", &i);
    SCAN(0, "+x", "%u", &u);
    SCAN(0, "abc", "%d", &i);
    SCAN(0, "0x1f", "%2x%s", &u, rest); // width 2 stops after "0x": fails
    SCAN(2, "0x1f", "%3x%s", &u, rest);
    EQUAL(u, 1u, "%u");
    CHECK(strcmp(rest, "f") == 0, "rest is %s", quote_str(rest));
    SCAN(0, "9", "%o%n", &u, &n); // 9 is no octal digit
}

static void test_count_and_eof(void)
{
    int i = 0, j = 0, n = -1;
    char word[16];
    SCAN(EOF_VALUE, "", "%d", &i);
    SCAN(EOF_VALUE, "   ", "%d", &i);
    SCAN(EOF_VALUE, "", "abc");
    SCAN(EOF_VALUE, "", "%s", word);
    SCAN(EOF_VALUE, "", "%c", word);
    SCAN(EOF_VALUE, "", "%[a]", word);
    SCAN(0, "", "");
    SCAN(0, "", "   ");
    SCAN(0, "", "%n", &n);
    EQUAL(n, 0, "%d");
    SCAN(0, "x", "%d", &i);
    SCAN(0, "a", "b");
    SCAN(0, "abc", "abd");
    SCAN(1, "5", "%d%d", &i, &j); // input failure after a conversion: the count
    EQUAL(i, 5, "%d");
    SCAN(0, "1", "%*d%d", &i);    // C17: the suppressed conversion completed
    SCAN(0, "1", "%*d");
    SCAN(EOF_VALUE, "", "%*d");
    SCAN(1, "1 x", "%d %d", &i, &j);
    SCAN(2, "a1b2", "a%db%d", &i, &j);
    EQUAL(j, 2, "%d");
    SCAN(1, "  a  1", " a %d%n", &i, &n); // %n assigns but does not count
    EQUAL(n, 6, "%d");
    SCAN(1, "10%", "%d%%", &i);
    SCAN(1, "10 %", "%d%%", &i); // %% skips white space
    SCAN(1, "10x", "%d%%", &i);
    SCAN(1, "3 4", "%*d %d%n", &i, &n);
    EQUAL(i, 4, "%d");
    EQUAL(n, 3, "%d");
    SCAN(1, "3", "%d%n", &i, &n);
    EQUAL(n, 1, "%d");
    signed char hhn = 0;
    long long lln = 0;
    SCAN(0, "abcdef", "abc%hhn%*s%lln", &hhn, &lln);
    EQUAL(hhn, 3, "%d");
    EQUAL(lln, 6LL, "%lld");
    SCAN(0, "12", "%5"); // malformed directives end the scan
    SCAN(0, "12", "%k", &i);
    SCAN(0, "12", "%[12", word);
}

static void test_text(void)
{
    char a[32], b[32];
    memset(a, 'X', sizeof(a));
    SCAN(1, "hello", "%c", a);
    CHECK(a[0] == 'h' && a[1] == 'X', "%%c: %s", quote(a, 2));
    SCAN(1, " x", "%c", a); // no white space skipping
    CHECK(a[0] == ' ', "%%c took %s", quote(a, 1));
    memset(a, 'X', sizeof(a));
    SCAN(1, "hello", "%3c", a);
    CHECK(memcmp(a, "helX", 4) == 0, "%%3c: %s", quote(a, 4));
    SCAN(0, "ab", "%3c", a); // fewer than 3 left: no match
    SCAN(2, "hello world", "%s %s", a, b);
    CHECK(strcmp(a, "hello") == 0 && strcmp(b, "world") == 0, "%%s %%s: %s %s", a, b);
    SCAN(2, "hello", "%2s%s", a, b);
    CHECK(strcmp(a, "he") == 0 && strcmp(b, "llo") == 0, "%%2s%%s: %s %s", a, b);
    SCAN(2, "\t\n word\vnext", "%s%s", a, b);
    CHECK(strcmp(a, "word") == 0 && strcmp(b, "next") == 0, "%%s after white space: %s %s", a, b);
    SCAN(2, "abc123", "%[a-z]%[0-9]", a, b);
    CHECK(strcmp(a, "abc") == 0 && strcmp(b, "123") == 0, "ranges: %s %s", a, b);
    SCAN(2, "abc123", "%[^0-9]%s", a, b);
    CHECK(strcmp(a, "abc") == 0 && strcmp(b, "123") == 0, "negated: %s %s", a, b);
    SCAN(2, "]]a]b", "%[]a]%s", a, b);
    CHECK(strcmp(a, "]]a]") == 0 && strcmp(b, "b") == 0, "']' first: %s %s", a, b);
    SCAN(2, "xy]z", "%[^]]%s", a, b);
    CHECK(strcmp(a, "xy") == 0 && strcmp(b, "]z") == 0, "negated ']': %s %s", a, b);
    SCAN(2, "a-b-c.", "%[-ab]%s", a, b);
    CHECK(strcmp(a, "a-b-") == 0 && strcmp(b, "c.") == 0, "'-' first: %s %s", a, b);
    SCAN(2, "a-z!", "%[za-]%s", a, b);
    CHECK(strcmp(a, "a-z") == 0 && strcmp(b, "!") == 0, "'-' last: %s %s", a, b);
    SCAN(1, "  abc", "%[ a-c]", a); // %[ does not skip white space
    CHECK(strcmp(a, "  abc") == 0, "%%[ with a space: %s", quote_str(a));
    SCAN(0, "123", "%[a-z]", a);
    SCAN(2, "abcdef", "%2[a-z]%s", a, b);
    CHECK(strcmp(a, "ab") == 0 && strcmp(b, "cdef") == 0, "%%2[: %s %s", a, b);
    SCAN(1, "skip keep", "%*s %s", a);
    CHECK(strcmp(a, "keep") == 0, "%%*s: %s", a);
    SCAN(1, "\xc3\xa9t\xc3\xa9", "%s", a); // bytes, not characters, without l
    CHECK(strcmp(a, "\xc3\xa9t\xc3\xa9") == 0, "UTF-8 bytes: %s", quote_str(a));
}

static void test_wide(void)
{
    wchar_t w[16];
    wchar_t c[4] = {0};
    SCAN(1, "h\xc3\xa9llo w", "%ls", w);
    CHECK(wcscmp(w, L"h\u00e9llo") == 0, "%%ls: %ls", w);
    SCAN(1, "\xe2\x82\xac\xf0\x9f\x98\x80x", "%2lc", c);
    CHECK(c[0] == 0x20AC && c[1] == 0x1F600, "%%2lc: %x %x", (unsigned)c[0], (unsigned)c[1]);
    SCAN(1, "\xc3\xa9\xc3\xa9\xc3\xa9", "%2ls", w); // the width counts characters
    CHECK(wcscmp(w, L"\u00e9\u00e9") == 0, "%%2ls: %ls", w);
    SCAN(1, "abc\xc3\xa9", "%l[a-z]", w);
    CHECK(wcscmp(w, L"abc") == 0, "%%l[ stops before a non-ASCII character: %ls", w);
    char rest[8];
    SCAN(2, "ab\xc3\xa9!", "%l[a-z]%s", w, rest);
    CHECK(strcmp(rest, "\xc3\xa9!") == 0, "the non-ASCII character is left: %s", quote_str(rest));
    SCAN(1, "\xc3\xa9x!", "%l[^!]", w);
    CHECK(wcscmp(w, L"\u00e9x") == 0, "negated %%l[ takes it: %ls", w);
    PW_ERRNO = 0;
    SCAN(0, "\xc3(", "%ls", w);
    CHECK(PW_ERRNO == 84, "an invalid sequence sets EILSEQ, errno is %d", PW_ERRNO);
    SCAN(0, "\xed\xa0\x80", "%lc", c); // a UTF-16 surrogate
    SCAN(0, "\xc0\xaf", "%lc", c);     // an overlong form
    SCAN(0, "\xf4\x90\x80\x80", "%lc", c); // above U+10FFFF
}

static void test_pointers(void)
{
    void* p = (void*)1;
    SCAN(1, "0x1234", "%p", &p);
    CHECK(p == (void*)0x1234, "%%p: %p", p);
    SCAN(1, "(nil)", "%p", &p);
    CHECK(p == NULL, "%%p of (nil): %p", p);
    SCAN(0, "(nul)", "%p", &p);
    char text[32];
    int x;
    pw_snprintf(text, sizeof(text), "%p", (void*)&x);
    SCAN(1, text, "%p", &p);
    CHECK(p == (void*)&x, "%%p round trip of %s: %p", text, p);
    pw_snprintf(text, sizeof(text), "%p", NULL);
    p = (void*)1;
    SCAN(1, text, "%p", &p);
    CHECK(p == NULL, "%%p round trip of %s: %p", text, p);
}

// The value strtod gives for the item (glibc's, as an independent check).
static void expect_double(int line, const char* item, double got)
{
    double want = strtod(item, NULL);
    CHECK(memcmp(&got, &want, sizeof(got)) == 0, "line %d: %s read as %a, want %a", line, item, got, want);
}

static void test_floats(void)
{
    float f = 0;
    double d = 0;
    long double ld = 0;
    char rest[16] = "";
    SCAN(1, "1.5", "%f", &f);
    CHECK(f == 1.5f, "%%f: %a", (double)f);
    SCAN(1, "0.1", "%lf", &d);
    expect_double(__LINE__, "0.1", d);
    SCAN(1, "0.1", "%f", &f);
    CHECK(f == 0.1f, "%%f of 0.1 rounds once to float: %a", (double)f);
    SCAN(1, "-2.5e-3", "%Lf", &ld);
    CHECK(ld == (long double)-2.5e-3, "%%Lf: %La", ld);
    SCAN(3, "1e5 2E-5 0x1.8p1", "%le %lg %la", &d, &d, &d);
    CHECK(d == 3.0, "%%la: %a", d);
    SCAN(4, "1 2 3 4", "%lE %lG %lA %lF", &d, &d, &d, &d);
    SCAN(1, "  -inf", "%lf", &d);
    CHECK(d == -INFINITY, "-inf: %a", d);
    SCAN(2, "infinity!", "%lf%s", &d, rest);
    CHECK(d == INFINITY && strcmp(rest, "!") == 0, "infinity: %a %s", d, rest);
    SCAN(2, "nan(12ab)x", "%lf%s", &d, rest);
    CHECK(isnan(d) && strcmp(rest, "x") == 0, "nan(...): %a %s", d, rest);
    SCAN(2, "12345", "%3lf%lf", &d, &d);
    CHECK(d == 45.0, "width: %a", d);
    SCAN(2, "1.5e3x", "%lf%s", &d, rest);
    CHECK(d == 1500.0 && strcmp(rest, "x") == 0, "1.5e3x: %a %s", d, rest);
    SCAN(1, "0x", "%s", rest);
    // Only a start of a number: the directive fails (C17's "100ergs").
    SCAN(0, "100ergs", "%lf", &d);
    SCAN(0, "1e+x", "%lf", &d);
    SCAN(0, "0x", "%lf", &d);
    SCAN(0, "0xp", "%lf", &d);
    SCAN(0, "infin", "%lf", &d);
    SCAN(0, "nan(ab", "%lf", &d);
    SCAN(0, ".", "%lf", &d);
    SCAN(0, "-", "%lf", &d);
    SCAN(0, "x", "%lf", &d);
    SCAN(EOF_VALUE, "  ", "%lf", &d);
    SCAN(1, "1e", "%1lf", &d); // the width ends it after "1"
    CHECK(d == 1.0, "%%1lf: %a", d);
    SCAN(0, "1e", "%2lf", &d);
    SCAN(1, "4.9406564584124654e-324", "%lf", &d);
    CHECK(d == 0x1p-1074, "the smallest subnormal: %a", d);
    PW_ERRNO = 0;
    SCAN(1, "1e999", "%lf", &d);
    CHECK(d == HUGE_VAL && PW_ERRNO == 34, "1e999: %a, errno %d", d, PW_ERRNO);
    SCAN(0, "1.5", "%*f");
    int i = 0;
    SCAN(1, "1.5 2", "%*f %d", &i);
    EQUAL(i, 2, "%d");
}

// The kernel's and bootloader's flavour has no floating point: a
// floating-point directive is a matching failure and reads no argument.
static void test_without_floating_point(void)
{
    int i = 0, j = 0;
    float f = 7;
    int got = pwk_sscanf("1.5", "%f", &f);
    CHECK(got == 0 && f == 7, "%%f without floating point returned %d", got);
    got = pwk_sscanf("3 1.5", "%d %f", &i, &f);
    CHECK(got == 1 && i == 3 && f == 7, "%%d %%f without floating point returned %d", got);
    got = pwk_sscanf("12 ab", "%d %2s", &j, (char[4]){0});
    CHECK(got == 2 && j == 12, "integers and strings without floating point returned %d", got);
}

static int call_vsscanf(const char* str, const char* fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    int got = pw_vsscanf(str, fmt, args);
    va_end(args);
    return got;
}

static void test_vsscanf(void)
{
    int a = 0;
    char word[8];
    CHECK(call_vsscanf("42 x", "%d %s", &a, word) == 2 && a == 42 && strcmp(word, "x") == 0, "vsscanf");
    CHECK(call_vsscanf("", "%d", &a) == EOF_VALUE, "vsscanf at the end");
}

// ---- differential runs against glibc, on input both read alike ----

static void test_glibc_integers(void)
{
    static const char* const formats[] = {"%lld", "%lli", "%llu", "%llo", "%llx", "%llX"};
    static const char* const writers[] = {"%lld", "%lld", "%llu", "%llo", "%llx", "%#llX"};
    char text[64];
    char fmt[32];
    for (int i = 0; i < 20000; i++)
    {
        size_t k = random_below(6);
        long long value = (long long)(next_random() >> random_below(64));
        if (random_below(2) == 0)
        {
            value = -value;
        }
        snprintf(text, sizeof(text), writers[k], value);
        long long ours = 0, host = 0;
        int our_count = pw_sscanf(text, formats[k], &ours);
        int host_count = sscanf(text, formats[k], &host);
        CHECK(our_count == host_count && ours == host, "sscanf(%s, %s): %d %lld; glibc %d %lld", text, formats[k],
            our_count, ours, host_count, host);
        // A width that cuts the number, and a narrower type.
        size_t width = 1 + random_below(strlen(text) + 1);
        snprintf(fmt, sizeof(fmt), "%%%zuhd%%n", width);
        if (strncmp(text + (text[0] == '-'), "0", 1) == 0 || width <= 1 || k != 0)
        {
            continue; // glibc reads a cut prefix "0x" or a lone sign its own way
        }
        short our_short = 0, host_short = 0;
        int our_n = -1, host_n = -1;
        our_count = pw_sscanf(text, fmt, &our_short, &our_n);
        host_count = sscanf(text, fmt, &host_short, &host_n);
        CHECK(our_count == host_count && our_short == host_short && our_n == host_n,
            "sscanf(%s, %s): %d %d %d; glibc %d %d %d", text, fmt, our_count, our_short, our_n, host_count,
            host_short, host_n);
    }
}

static void test_glibc_floats(void)
{
    static const char* const writers[] = {"%.17g", "%a", "%g", "%.3e", "%.30f"};
    char text[512];
    for (int i = 0; i < 20000; i++)
    {
        uint64_t bits = next_random();
        double value;
        memcpy(&value, &bits, sizeof(value));
        if (isnan(value))
        {
            continue;
        }
        snprintf(text, sizeof(text), writers[random_below(5)], value);
        double ours = 0, host = 0;
        float our_float = 0, host_float = 0;
        int n_ours = -1, n_host = -1;
        int our_count = pw_sscanf(text, "%lf%n", &ours, &n_ours);
        int host_count = sscanf(text, "%lf%n", &host, &n_host);
        CHECK(our_count == host_count && memcmp(&ours, &host, sizeof(ours)) == 0 && n_ours == n_host,
            "sscanf(%s, %%lf): %d %a; glibc %d %a", text, our_count, ours, host_count, host);
        our_count = pw_sscanf(text, "%f", &our_float);
        host_count = sscanf(text, "%f", &host_float);
        CHECK(our_count == host_count && memcmp(&our_float, &host_float, sizeof(our_float)) == 0,
            "sscanf(%s, %%f): %d %a; glibc %d %a", text, our_count, (double)our_float, host_count,
            (double)host_float);
    }
}

static void test_glibc_mixed(void)
{
    char text[128];
    for (int i = 0; i < 5000; i++)
    {
        char word[16];
        random_string(word, 1 + random_below(10), "abcdefghijklmnopqrstuvwxyz");
        int number = (int)next_random();
        double value = (double)(int)random_below(100000) / 64;
        snprintf(text, sizeof(text), " %s\t%d ,%g;%x", word, number, value, (unsigned)number);
        char our_word[16], host_word[16];
        int our_number = 0, host_number = 0;
        double our_value = 0, host_value = 0;
        unsigned our_hex = 0, host_hex = 0;
        int ours = pw_sscanf(text, "%15s%d ,%lf;%x", our_word, &our_number, &our_value, &our_hex);
        int host = sscanf(text, "%15s%d ,%lf;%x", host_word, &host_number, &host_value, &host_hex);
        CHECK(ours == host && ours == 4 && strcmp(our_word, host_word) == 0 && our_number == host_number &&
                  our_value == host_value && our_hex == host_hex,
            "sscanf(%s): %d; glibc %d", quote_str(text), ours, host);
    }
}

void run_scanf_tests(void)
{
    run("sscanf-integers", test_integers);
    run("sscanf-longest-prefix-rule", test_matching_rules);
    run("sscanf-count-and-eof", test_count_and_eof);
    run("sscanf-chars-strings-sets", test_text);
    run("sscanf-wide-utf8", test_wide);
    run("sscanf-pointers", test_pointers);
    run("sscanf-floats", test_floats);
    run("sscanf-without-floating-point", test_without_floating_point);
    run("vsscanf", test_vsscanf);
    run("sscanf-glibc-integers", test_glibc_integers);
    run("sscanf-glibc-floats", test_glibc_floats);
    run("sscanf-glibc-mixed", test_glibc_mixed);
}

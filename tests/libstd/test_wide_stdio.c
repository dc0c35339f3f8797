// The wide-character stream core (src/wchar/wide_input.c, behind fgetwc),
// the wide printf family (swprintf) and the wide scanf family (swscanf)
// and wcsftime, against glibc in its C.UTF-8 locale. The FILE functions
// themselves (platform/user/stdio) make system calls: tests/user covers
// them in the OS.
#include "host_test.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>

// libstd's byte source and results (src/wchar/wide_input.h).
typedef struct
{
    int (*get)(void* ctx);
    void (*unget)(void* ctx, int c);
    void* ctx;
} pw_wide_input_t;
enum
{
    PW_WIDE_INPUT_OK,
    PW_WIDE_INPUT_END,
    PW_WIDE_INPUT_INVALID,
};
int pw__wide_input_read(const pw_wide_input_t* in, uint32_t* code);

int pw_swprintf(wchar_t* dest, size_t size, const wchar_t* fmt, ...);
int pw_swscanf(const wchar_t* str, const wchar_t* fmt, ...);
size_t pw_wcsftime(wchar_t* dest, size_t max, const wchar_t* fmt, const struct tm* tm);

// ---- the input core, on bytes in memory ----

typedef struct
{
    const unsigned char* bytes;
    size_t length;
    size_t pos;
    bool bad_unget; // a byte given back that is not the one before pos
} memory_source_t;

static int memory_get(void* ctx)
{
    memory_source_t* source = ctx;
    return source->pos < source->length ? source->bytes[source->pos++] : -1;
}

static void memory_unget(void* ctx, int c)
{
    memory_source_t* source = ctx;
    if (source->pos == 0 || source->bytes[source->pos - 1] != c)
    {
        source->bad_unget = true;
        return;
    }
    source->pos--;
}

// glibc's fgetwc needs a real file: its memory streams have no wide side.
static FILE* glibc_wide_file(const char* bytes, size_t length)
{
    char path[] = "/tmp/pw_wide_XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0)
    {
        return NULL;
    }
    FILE* f = fdopen(fd, "w+");
    if (f == NULL)
    {
        close(fd);
        unlink(path);
        return NULL;
    }
    unlink(path);
    fwrite(bytes, 1, length, f);
    // freopen is not allowed on a path now gone: reopen the descriptor.
    fflush(f);
    FILE* reader = fdopen(dup(fd), "r");
    fclose(f);
    if (reader != NULL)
    {
        lseek(fileno(reader), 0, SEEK_SET);
    }
    return reader;
}

// Whether the @p n bytes at @p s are the start of a well-formed UTF-8
// character and no more (Unicode's Table 3-7): glibc's own mbrtowc takes
// F5 and F4 90 as starts too, so it cannot say.
static bool utf8_cut_short(const unsigned char* s, size_t n)
{
    if (n == 0)
    {
        return false;
    }
    unsigned char lead = s[0];
    size_t need = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    if (need == 0 || n >= need)
    {
        return false;
    }
    unsigned char low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
    unsigned char high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
    for (size_t i = 1; i < n; i++)
    {
        if (s[i] < (i == 1 ? low : 0x80) || s[i] > (i == 1 ? high : 0xBF))
        {
            return false;
        }
    }
    return true;
}

// Read @p bytes to the first WEOF with both, comparing every character,
// and how the end came: end of input, or EILSEQ.
static void compare_reading(const char* bytes, size_t length)
{
    FILE* theirs = glibc_wide_file(bytes, length);
    if (theirs == NULL)
    {
        fail("no temporary file");
        return;
    }
    memory_source_t source = {(const unsigned char*)bytes, length, 0, false};
    pw_wide_input_t input = {memory_get, memory_unget, &source};
    for (size_t i = 0; i <= length; i++)
    {
        size_t left = length - source.pos; // bytes not read yet
        uint32_t code = 0;
        int got = pw__wide_input_read(&input, &code);
        errno = 0;
        wint_t want = fgetwc(theirs);
        int want_errno = errno;
        if (want != WEOF && want <= 0x10FFFF)
        {
            CHECK(got == PW_WIDE_INPUT_OK && code == (uint32_t)want, "read %zu of %s: %d %#x, glibc %#x", i,
                quote(bytes, length), got, code, want);
            continue;
        }
        // glibc decodes F4 90 80 80 and up to 0x7FFFFFFF; Unicode (and libstd) stops at U+10FFFF.
        int expected = want != WEOF || want_errno == EILSEQ ? PW_WIDE_INPUT_INVALID : PW_WIDE_INPUT_END;
        // glibc judges the last bytes of its buffer by its buffer: at the
        // start of a file a character cut short by the end is EILSEQ, and
        // after text a bad last byte or two is end of file. libstd tells
        // the two apart the same way wherever they are (wide_input.h).
        bool cut_short = utf8_cut_short((const unsigned char*)bytes + length - left, left);
        bool glibc_quirk = left <= 3 && ((got == PW_WIDE_INPUT_END && expected == PW_WIDE_INPUT_INVALID && i == 0) ||
                                            (got == PW_WIDE_INPUT_INVALID && expected == PW_WIDE_INPUT_END)) &&
                           (got == PW_WIDE_INPUT_END) == cut_short;
        CHECK(got == expected || glibc_quirk, "read %zu of %s: %d, glibc WEOF errno %d", i, quote(bytes, length), got,
            want_errno);
        CHECK(want != WEOF || want_errno != EILSEQ || ferror(theirs), "glibc's error flag after EILSEQ");
        break;
    }
    CHECK(!source.bad_unget, "%s: a byte given back that was not read", quote(bytes, length));
    fclose(theirs);
}

static void test_wide_input(void)
{
    CHECK(setlocale(LC_ALL, "C.UTF-8") != NULL, "the host has no C.UTF-8 locale");
    static const struct
    {
        const char* bytes;
        size_t length;
    } cases[] = {
        {"", 0},
        {"abc", 3},
        {"h\xc3\xa9llo \xe2\x82\xac\xf0\x9f\x98\x80!", 14},
        {"a\xc3", 2},         // cut short by the end
        {"a\xf0\x9f\x98", 4}, // three bytes of four, then the end
        {"\xc3(b", 3},        // cut short by an ASCII byte
        {"\xff" "ab", 3},
        {"\x80", 1},
        {"\xc0\xaf", 2},         // overlong
        {"\xed\xa0\x80", 3},     // a surrogate
        {"\xf4\x90\x80\x80", 4}, // above U+10FFFF
        {"x\0y", 3},             // a null character is a character
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
    {
        compare_reading(cases[i].bytes, cases[i].length);
    }
    static const unsigned char alphabet[] = {'a', '\n', 0x80, 0xbf, 0xc2, 0xc3, 0xdf, 0xe0, 0xe2, 0xed, 0xf0, 0xf4,
        0xf5, 0xff};
    for (int i = 0; i < 300; i++)
    {
        char bytes[12];
        size_t length = random_below(sizeof(bytes));
        for (size_t j = 0; j < length; j++)
        {
            bytes[j] = (char)alphabet[random_below(sizeof(alphabet))];
        }
        compare_reading(bytes, length);
    }

    // What stays in the source: a character cut short by the end goes back
    // whole; after a bad byte sequence, the byte that broke it is next.
    memory_source_t cut = {(const unsigned char*)"a\xe2\x82", 3, 0, false};
    pw_wide_input_t input = {memory_get, memory_unget, &cut};
    uint32_t code;
    CHECK(pw__wide_input_read(&input, &code) == PW_WIDE_INPUT_OK && code == 'a', "read 'a'");
    CHECK(pw__wide_input_read(&input, &code) == PW_WIDE_INPUT_END && cut.pos == 1, "a cut character goes back");
    memory_source_t broken = {(const unsigned char*)"\xc3(", 2, 0, false};
    input.ctx = &broken;
    CHECK(pw__wide_input_read(&input, &code) == PW_WIDE_INPUT_INVALID, "\\xc3( is invalid");
    CHECK(pw__wide_input_read(&input, &code) == PW_WIDE_INPUT_OK && code == '(', "'(' after \\xc3");
    setlocale(LC_ALL, "C");
}

// ---- swprintf ----

// Format with both into buffers of @p size and compare the results, the
// errno of a failure, and the text of a success.
#define COMPARE_SWPRINTF(size, ...)                                                                                    \
    do                                                                                                                 \
    {                                                                                                                  \
        wchar_t ours[64], theirs[64];                                                                                  \
        errno = 0;                                                                                                     \
        int got = pw_swprintf(ours, size, __VA_ARGS__);                                                                \
        int got_errno = PW_ERRNO;                                                                                      \
        PW_ERRNO = 0;                                                                                                  \
        errno = 0;                                                                                                     \
        int want = swprintf(theirs, size, __VA_ARGS__);                                                                \
        CHECK(got == want, "swprintf(%zu, %s) = %d, glibc %d", (size_t)(size), #__VA_ARGS__, got, want);               \
        CHECK(want >= 0 || got_errno == errno || errno == 0, "swprintf(%s): errno %d, glibc %d", #__VA_ARGS__,          \
            got_errno, errno);                                                                                         \
        CHECK(got < 0 || wcscmp(ours, theirs) == 0, "swprintf(%s): \"%ls\", glibc \"%ls\"", #__VA_ARGS__, ours,        \
            theirs);                                                                                                   \
    } while (0)

static void test_swprintf(void)
{
    CHECK(setlocale(LC_ALL, "C.UTF-8") != NULL, "the host has no C.UTF-8 locale");
    COMPARE_SWPRINTF(64, L"plain text");
    COMPARE_SWPRINTF(64, L"h\u00e9llo \u20ac \U0001F600 %d%%", 42);
    COMPARE_SWPRINTF(64, L"[%5d|%-5x|%+.3i|%#o|%05u]", -42, 255u, 7, 8u, 9u);
    COMPARE_SWPRINTF(64, L"[%lld|%hhd|%zu|%jd|%p]", -1LL, 300, (size_t)12, (intmax_t)-5, (void*)0x1234);
    // %s takes multibyte text; widths and precisions count wide characters.
    COMPARE_SWPRINTF(64, L"[%s|%6s|%-6s|%.2s|%6.1s]", "h\xc3\xa9", "\xc3\xa9\xe2\x82\xac", "\xe2\x82\xac",
        "\xc3\xa9\xc3\xa9\xc3\xa9", "\xf0\x9f\x98\x80z");
    COMPARE_SWPRINTF(64, L"[%ls|%6ls|%-6ls|%.2ls|%6.1ls]", L"h\u00e9", L"\u00e9\u20ac", L"\u20ac",
        L"\u00e9\u00e9\u00e9", L"\U0001F600z");
    COMPARE_SWPRINTF(64, L"[%c|%3c|%lc|%-3lc|%lc]", 'a', 'b', (wint_t)0xe9, (wint_t)0x20ac, (wint_t)0x1F600);
    COMPARE_SWPRINTF(64, L"[%*d|%-*ls|%.*s]", 6, 1, 4, L"\u00e9", 1, "\xc3\xa9x");
    COMPARE_SWPRINTF(64, L"[%.3f|%e|%g|%a|%10.2f]", 3.14159, 1e-5, 0.0001234, 1.0, -2.5);
    COMPARE_SWPRINTF(64, L"%s", (const char*)"");
    // %n counts wide characters.
    {
        int ours = -1, theirs = -1;
        wchar_t a[16], b[16];
        pw_swprintf(a, 16, L"\u00e9\u20ac%s%n!", "\xc3\xa9", &ours);
        swprintf(b, 16, L"\u00e9\u20ac%s%n!", "\xc3\xa9", &theirs);
        CHECK(ours == theirs && ours == 3, "%%n: %d, glibc %d", ours, theirs);
    }
    // A result that does not fit is a failure, unlike snprintf's.
    COMPARE_SWPRINTF(4, L"hello");
    COMPARE_SWPRINTF(4, L"abc");
    COMPARE_SWPRINTF(3, L"abc");
    COMPARE_SWPRINTF(3, L"%d", 12345);
    COMPARE_SWPRINTF(1, L"");
    {
        wchar_t buffer[4] = {L'x', L'x', L'x', L'x'};
        CHECK(pw_swprintf(buffer, 3, L"abcdef") == -1 && buffer[2] == 0, "a failed swprintf still terminates");
    }
    // Encoding errors: a %s or %c argument that is not UTF-8.
    COMPARE_SWPRINTF(64, L"%s", "\xff");
    COMPARE_SWPRINTF(64, L"a%sb", "\xc3");
    COMPARE_SWPRINTF(64, L"%c", 0xe9);
    // glibc copies a UTF-16 surrogate to wide output as it is; here it has
    // no UTF-8 form on the way, so it is an encoding error (wchar.h).
    {
        wchar_t buffer[8];
        PW_ERRNO = 0;
        CHECK(pw_swprintf(buffer, 8, L"%lc", (wint_t)0xD800) == -1 && PW_ERRNO == EILSEQ, "%%lc of a surrogate");
        PW_ERRNO = 0;
        CHECK(pw_swprintf(buffer, 8, L"%ls", L"a\xD800") == -1 && PW_ERRNO == EILSEQ, "%%ls with a surrogate");
    }
    // A directive longer than 127 characters fails.
    {
        wchar_t format[160], buffer[8];
        format[0] = L'%';
        for (int i = 1; i < 130; i++)
        {
            format[i] = L'0';
        }
        format[130] = L'd';
        format[131] = 0;
        PW_ERRNO = 0;
        CHECK(pw_swprintf(buffer, 8, format, 1) == -1 && PW_ERRNO == EOVERFLOW, "a directive of 131 characters");
    }
    setlocale(LC_ALL, "C");
}

// ---- swscanf ----

// Scan with both into the same kinds of variables and compare the results
// and what was stored.
static void compare_swscanf(const wchar_t* input, const wchar_t* fmt)
{
    int i1 = -1, i2 = -1, n1 = -1, n2 = -1;
    unsigned u1 = 0, u2 = 0;
    double d1 = 0, d2 = 0;
    char s1[32] = "", s2[32] = "";
    wchar_t w1[32] = L"", w2[32] = L"";
    int got = pw_swscanf(input, fmt, &i1, s1, w1, &u1, &d1, &n1);
    int want = swscanf(input, fmt, &i2, s2, w2, &u2, &d2, &n2);
    CHECK(got == want, "swscanf(\"%ls\", \"%ls\") = %d, glibc %d", input, fmt, got, want);
    CHECK(i1 == i2 && u1 == u2 && d1 == d2 && n1 == n2 && strcmp(s1, s2) == 0 && wcscmp(w1, w2) == 0,
        "swscanf(\"%ls\", \"%ls\"): %d %s %ls %u %g %d, glibc %d %s %ls %u %g %d", input, fmt, i1, s1, w1, u1, d1, n1,
        i2, s2, w2, u2, d2, n2);
}

static void test_swscanf(void)
{
    CHECK(setlocale(LC_ALL, "C.UTF-8") != NULL, "the host has no C.UTF-8 locale");
    // Each format takes int*, char*, wchar_t*, unsigned*, double*, int* in that order.
    static const struct
    {
        const wchar_t* input;
        const wchar_t* fmt;
    } cases[] = {
        {L"42 h\u00e9llo w\u20acrld 7 2.5", L"%d %s %ls %u %lf%n"},
        {L"  -3\u00e9\u00e8x \U0001F600z 0x1f 1e3", L"%d%2s%ls %i %lf%n"},
        {L"12abc\u00e9\u00e9def", L"%d%[a-c\u00e9]%l[^f]%n"},
        {L"7\u00e9\u00e8\u00ear", L"%d%[\u00e0-\u00e9]%l[\u00e8-\u00ff]%n"},
        {L"5 \u00e9 \u20ac 9 1.5", L"%d %c %lc %u %lf%n"},
        {L"\u00e9=1", L"\u00e9=%d"},      // a literal character matched
        {L"\u00e8=1", L"\u00e9=%d"},      // and one that does not match
        {L"", L"%d"},                     // EOF
        {L"   ", L"%d"},
        {L"x", L"%d"},
        {L"10 20", L"%*d %d"},
        {L"%5", L"%%%d"},
        {L"1 h\u00e9llo", L"%d %3s%ls"},
        {L"3 \u00e9 \u00e9\u00e9\u00e9", L"%d %1s %2lc"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
    {
        compare_swscanf(cases[i].input, cases[i].fmt);
    }
    // %3c with two characters left does not match (stdio.h; glibc stores them).
    char three[4];
    int value = 0;
    CHECK(pw_swscanf(L"5 a\u00e9", L"%d %3c", &value, three) == 1 && value == 5, "%%3c with two characters left");
    // %n counts wide characters.
    int n = -1;
    CHECK(pw_swscanf(L"\u00e9\u20ac\U0001F600 x", L"%*s%n", &n) == 0 && n == 3, "%%n after three characters: %d", n);
    setlocale(LC_ALL, "C");
}

// ---- wcsftime ----

static void test_wcsftime(void)
{
    CHECK(setlocale(LC_ALL, "C.UTF-8") != NULL, "the host has no C.UTF-8 locale");
    // libstd's struct tm has the C17 members only, in glibc's order.
    struct tm tm = {.tm_sec = 5, .tm_min = 4, .tm_hour = 13, .tm_mday = 9, .tm_mon = 1, .tm_year = 124,
        .tm_wday = 5, .tm_yday = 39};
    static const wchar_t* formats[] = {
        L"%Y-%m-%d %H:%M:%S",
        L"\u00e9t\u00e9 %A %B %j %U %W \u20ac",
        L"%a %b %e %I %p %y %C %%",
        L"%Ey %Od %OH %D %F %T %R",
        L"",
        L"%c|%x|%X|%u|%w|%G|%g|%V",
    };
    for (size_t i = 0; i < sizeof(formats) / sizeof(formats[0]); i++)
    {
        wchar_t ours[128], theirs[128];
        size_t got = pw_wcsftime(ours, 128, formats[i], &tm), want = wcsftime(theirs, 128, formats[i], &tm);
        CHECK(got == want && (got == 0 || wcscmp(ours, theirs) == 0), "wcsftime(\"%ls\") = %zu \"%ls\", glibc %zu \"%ls\"",
            formats[i], got, got ? ours : L"", want, want ? theirs : L"");
        // Too small by one: 0, as glibc.
        if (want > 0)
        {
            got = pw_wcsftime(ours, want, formats[i], &tm);
            CHECK(got == 0, "wcsftime(\"%ls\") into %zu characters: %zu", formats[i], want, got);
        }
    }
    setlocale(LC_ALL, "C");
}

void run_wide_stdio_tests(void)
{
    run("wide-input-utf8", test_wide_input);
    run("swprintf", test_swprintf);
    run("swscanf", test_swscanf);
    run("wcsftime", test_wcsftime);
}

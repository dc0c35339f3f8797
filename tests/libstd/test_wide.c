// Multibyte and wide characters (wchar.h, uchar.h, wctype.h, the
// conversions in stdlib.h), inttypes.h, div and the string.h additions:
// UTF-8 edge cases against fixed expectations and against glibc in its
// C.UTF-8 locale, wide string functions on random strings against glibc.
#include "host_test.h"

#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uchar.h>
#include <wchar.h>
#include <wctype.h>

// libstd's mbstate_t (include/bits/mbstate.h), which is not glibc's.
typedef struct
{
    unsigned int value;
    unsigned char remaining, low, high;
    unsigned short surrogate;
} pw_mbstate_t;

// libstd, as renamed by objcopy (see host_test.h).
size_t pw_mbrtowc(wchar_t* wide, const char* s, size_t n, pw_mbstate_t* state);
size_t pw_wcrtomb(char* s, wchar_t wide, pw_mbstate_t* state);
size_t pw_mbsrtowcs(wchar_t* dest, const char** src, size_t count, pw_mbstate_t* state);
size_t pw_wcsrtombs(char* dest, const wchar_t** src, size_t count, pw_mbstate_t* state);
size_t pw_mbrtoc16(char16_t* unit, const char* s, size_t n, pw_mbstate_t* state);
size_t pw_c16rtomb(char* s, char16_t unit, pw_mbstate_t* state);
size_t pw_mbrtoc32(char32_t* code, const char* s, size_t n, pw_mbstate_t* state);
int pw_mbsinit(const pw_mbstate_t* state);
int pw_mblen(const char* s, size_t n);
int pw_mbtowc(wchar_t* wide, const char* s, size_t n);
int pw_wctomb(char* s, wchar_t wide);
size_t pw_mbstowcs(wchar_t* dest, const char* src, size_t count);
size_t pw_wcstombs(char* dest, const wchar_t* src, size_t count);
wint_t pw_btowc(int c);
int pw_wctob(wint_t c);
size_t pw_wcslen(const wchar_t* s);
int pw_wcscmp(const wchar_t* a, const wchar_t* b);
int pw_wcsncmp(const wchar_t* a, const wchar_t* b, size_t n);
wchar_t* pw_wcschr(const wchar_t* s, wchar_t c);
wchar_t* pw_wcsrchr(const wchar_t* s, wchar_t c);
wchar_t* pw_wcsstr(const wchar_t* h, const wchar_t* n);
size_t pw_wcsspn(const wchar_t* s, const wchar_t* a);
size_t pw_wcscspn(const wchar_t* s, const wchar_t* r);
wchar_t* pw_wcspbrk(const wchar_t* s, const wchar_t* a);
wchar_t* pw_wcstok(wchar_t* s, const wchar_t* d, wchar_t** state);
wchar_t* pw_wcsncpy(wchar_t* d, const wchar_t* s, size_t n);
wchar_t* pw_wcsncat(wchar_t* d, const wchar_t* s, size_t n);
int pw_wmemcmp(const wchar_t* a, const wchar_t* b, size_t n);
size_t pw_wcsxfrm(wchar_t* d, const wchar_t* s, size_t n);
long pw_wcstol(const wchar_t* s, wchar_t** end, int base);
unsigned long long pw_wcstoull(const wchar_t* s, wchar_t** end, int base);
double pw_wcstod(const wchar_t* s, wchar_t** end);
int pw_iswalpha(wint_t c);
int pw_iswupper(wint_t c);
int pw_iswlower(wint_t c);
int pw_iswspace(wint_t c);
int pw_iswdigit(wint_t c);
int pw_iswxdigit(wint_t c);
int pw_iswpunct(wint_t c);
int pw_iswprint(wint_t c);
int pw_iswcntrl(wint_t c);
int pw_iswblank(wint_t c);
wint_t pw_towupper(wint_t c);
wint_t pw_towlower(wint_t c);
wctype_t pw_wctype(const char* name);
int pw_iswctype(wint_t c, wctype_t class);
wctrans_t pw_wctrans(const char* name);
wint_t pw_towctrans(wint_t c, wctrans_t mapping);
intmax_t pw_strtoimax(const char* s, char** end, int base);
uintmax_t pw_strtoumax(const char* s, char** end, int base);
intmax_t pw_imaxabs(intmax_t v);
imaxdiv_t pw_imaxdiv(intmax_t a, intmax_t b);
div_t pw_div(int a, int b);
ldiv_t pw_ldiv(long a, long b);
char* pw_strtok(char* s, const char* d);
int pw_strcoll(const char* a, const char* b);
size_t pw_strxfrm(char* d, const char* s, size_t n);

static const size_t ERROR = (size_t)-1, INCOMPLETE = (size_t)-2;

// One multibyte sequence, fed whole and byte by byte, against glibc.
static void compare_sequence(const char* bytes, size_t length)
{
    pw_mbstate_t ours = {0};
    mbstate_t theirs = {0};
    wchar_t w1 = 0, w2 = 0;
    PW_ERRNO = 0;
    size_t got = pw_mbrtowc(&w1, bytes, length, &ours);
    size_t want = mbrtowc(&w2, bytes, length, &theirs);
    // glibc also decodes values above U+10FFFF (F4 90.., F5.. leads), which
    // Unicode excludes, and waits for more bytes after a second byte that
    // Unicode's Table 3-7 already rules out (F0 80, E0 80, ED A0): there
    // libstd fails, as early as it can.
    unsigned char lead = (unsigned char)bytes[0], second = (unsigned char)bytes[1];
    bool ruled_out = length > 1 && ((lead == 0xF4 && second >= 0x90) || (lead == 0xF0 && second < 0x90) ||
                                       (lead == 0xE0 && second < 0xA0) || (lead == 0xED && second >= 0xA0));
    bool beyond_unicode = lead >= 0xF5 || lead == 0xC0 || lead == 0xC1 || ruled_out;
    if (beyond_unicode && (want == INCOMPLETE || (want < INCOMPLETE && (uint32_t)w2 > 0x10FFFF)))
    {
        CHECK(got == ERROR, "mbrtowc(%s) = %zd: not an error", quote(bytes, length), got);
        return;
    }
    CHECK(got == want && (got >= INCOMPLETE || w1 == w2), "mbrtowc(%s) = %zd (%x), glibc %zd (%x)",
        quote(bytes, length), got, (unsigned)w1, want, (unsigned)w2);
    CHECK(got != ERROR || PW_ERRNO == EILSEQ, "mbrtowc(%s): errno %d", quote(bytes, length), PW_ERRNO);
    // Byte by byte: the same character, or the same failure at the same byte.
    pw_mbstate_t state = {0};
    size_t result = INCOMPLETE;
    size_t i = 0;
    for (; i < length && result == INCOMPLETE; i++)
    {
        result = pw_mbrtowc(&w1, bytes + i, 1, &state);
    }
    if (want < INCOMPLETE && want > 0)
    {
        CHECK(result == 1 && i == want && w1 == w2, "mbrtowc(%s) byte by byte: %zd after %zu", quote(bytes, length),
            result, i);
    }
}

static void test_utf8_decoding(void)
{
    // glibc decodes UTF-8 only in a UTF-8 locale.
    CHECK(setlocale(LC_CTYPE, "C.UTF-8") != NULL, "the host has no C.UTF-8 locale");
    // Fixed cases: each kind of well-formed and ill-formed sequence.
    static const struct
    {
        const char* bytes;
        size_t length;
        size_t result;
        wchar_t wide;
    } cases[] = {
        {"A", 1, 1, 'A'},
        {"", 1, 0, 0},
        {"\xc3\xa9", 2, 2, 0xE9},
        {"\xe2\x82\xac", 3, 3, 0x20AC},
        {"\xf0\x9f\x98\x80", 4, 4, 0x1F600},
        {"\xf4\x8f\xbf\xbf", 4, 4, 0x10FFFF},
        {"\xc0\xaf", 2, (size_t)-1, 0},         // overlong '/'
        {"\xe0\x80\xaf", 3, (size_t)-1, 0},     // overlong, three bytes
        {"\xf0\x80\x80\xaf", 4, (size_t)-1, 0}, // overlong, four bytes
        {"\xed\xa0\x80", 3, (size_t)-1, 0},     // a UTF-16 surrogate
        {"\xf4\x90\x80\x80", 4, (size_t)-1, 0}, // above U+10FFFF
        {"\x80", 1, (size_t)-1, 0},             // a stray continuation byte
        {"\xff", 1, (size_t)-1, 0},
        {"\xc3", 1, (size_t)-2, 0},             // truncated
        {"\xe2\x82", 2, (size_t)-2, 0},
        {"\xc3\x28", 2, (size_t)-1, 0},         // cut short by an ASCII byte
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
    {
        pw_mbstate_t state = {0};
        wchar_t wide = 0;
        size_t got = pw_mbrtowc(&wide, cases[i].bytes, cases[i].length, &state);
        CHECK(got == cases[i].result && (got >= INCOMPLETE || wide == cases[i].wide), "mbrtowc(%s) = %zd",
            quote(cases[i].bytes, cases[i].length), got);
        CHECK(pw_mbsinit(&state) == (got != INCOMPLETE), "mbsinit after mbrtowc(%s)",
            quote(cases[i].bytes, cases[i].length));
        compare_sequence(cases[i].bytes, cases[i].length);
    }
    // Random byte strings, biased toward UTF-8's lead and continuation bytes.
    static const unsigned char alphabet[] = {0x41, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0,
        0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0x00};
    for (int i = 0; i < 100000; i++)
    {
        char bytes[5];
        size_t length = 1 + random_below(4);
        for (size_t j = 0; j < length; j++)
        {
            bytes[j] = (char)(next_random() % 3 == 0 ? next_random() : alphabet[random_below(sizeof(alphabet))]);
        }
        compare_sequence(bytes, length);
    }
    // Every code point encodes as glibc encodes it, and decodes back.
    char above[8];
    CHECK(pw_wcrtomb(above, 0x110000, NULL) == ERROR && pw_wcrtomb(above, (wchar_t)-1, NULL) == ERROR,
        "wcrtomb above U+10FFFF");
    for (uint32_t c = 0; c < 0x110000; c += (c < 0x30000 ? 1 : 97))
    {
        char ours[8], theirs[8];
        pw_mbstate_t s1 = {0};
        mbstate_t s2 = {0};
        size_t got = pw_wcrtomb(ours, (wchar_t)c, &s1), want = wcrtomb(theirs, (wchar_t)c, &s2);
        CHECK(got == want && (got == ERROR || memcmp(ours, theirs, got) == 0), "wcrtomb(%#x) = %zd, glibc %zd", c,
            got, want);
    }
    setlocale(LC_CTYPE, "C");
}

static void test_restartable_strings(void)
{
    const char* text = "h\xc3\xa9llo \xe2\x82\xac\xf0\x9f\x98\x80!";
    wchar_t wide[32];
    const char* src = text;
    pw_mbstate_t state = {0};
    size_t n = pw_mbsrtowcs(wide, &src, 32, &state);
    CHECK(n == 9 && src == NULL && wide[1] == 0xE9 && wide[7] == 0x1F600 && wide[9] == 0, "mbsrtowcs = %zd", n);
    src = text;
    n = pw_mbsrtowcs(wide, &src, 3, &state);
    CHECK(n == 3 && src == text + 4, "mbsrtowcs with room for 3: %zd, at %td", n, src - text);
    CHECK(pw_mbsrtowcs(NULL, &(const char*){text}, 0, &state) == 9, "mbsrtowcs(NULL) does not measure");
    const char* bad = "ab\xc0\xafz";
    src = bad;
    PW_ERRNO = 0;
    CHECK(pw_mbsrtowcs(wide, &src, 32, &state) == ERROR && PW_ERRNO == EILSEQ && src == bad + 2,
        "mbsrtowcs of an overlong form");
    const wchar_t* wsrc = L"h\u00e9\u20ac\U0001F600";
    char bytes[32];
    n = pw_wcsrtombs(bytes, &wsrc, sizeof(bytes), &state);
    CHECK(n == 10 && wsrc == NULL && strcmp(bytes, "h\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80") == 0, "wcsrtombs = %zd",
        n);
    wsrc = L"h\u00e9\u20ac";
    n = pw_wcsrtombs(bytes, &wsrc, 4, &state); // the euro sign does not fit
    CHECK(n == 3 && wsrc != NULL && *wsrc == 0x20AC, "wcsrtombs stops before a character that does not fit: %zd", n);
    wsrc = (const wchar_t[]){'a', 0xD800, 0};
    PW_ERRNO = 0;
    CHECK(pw_wcsrtombs(bytes, &wsrc, sizeof(bytes), &state) == ERROR && PW_ERRNO == EILSEQ, "wcsrtombs(surrogate)");
    CHECK(pw_mbstowcs(NULL, text, 0) == 9 && pw_wcstombs(NULL, L"\u00e9t\u00e9", 0) == 5, "mbstowcs/wcstombs measure");
    CHECK(pw_mblen("\xe2\x82\xac", 3) == 3 && pw_mblen("\xe2\x82", 2) == -1 && pw_mblen(NULL, 0) == 0 &&
            pw_mblen("", 1) == 0,
        "mblen");
    wchar_t w;
    CHECK(pw_mbtowc(&w, "\xc3\xa9", 2) == 2 && w == 0xE9, "mbtowc");
    CHECK(pw_wctomb(bytes, 0x20AC) == 3 && pw_wctomb(bytes, 0x110000) == -1 && pw_wctomb(NULL, 0) == 0, "wctomb");
    CHECK(pw_btowc('a') == 'a' && pw_btowc(0xC3) == WEOF && pw_btowc(EOF) == WEOF && pw_wctob(0xE9) == EOF &&
            pw_wctob('z') == 'z',
        "btowc/wctob");
    // The internal state of a NULL pointer keeps a character across calls.
    CHECK(pw_mbrtowc(&w, "\xe2", 1, NULL) == INCOMPLETE && pw_mbrtowc(&w, "\x82\xac", 2, NULL) == 2 && w == 0x20AC,
        "mbrtowc's internal state");
}

static void test_utf16(void)
{
    pw_mbstate_t state = {0};
    char16_t unit;
    const char* emoji = "\xf0\x9f\x98\x80";
    CHECK(pw_mbrtoc16(&unit, emoji, 4, &state) == 4 && unit == 0xD83D, "mbrtoc16: the high surrogate");
    CHECK(pw_mbrtoc16(&unit, "", 0, &state) == (size_t)-3 && unit == 0xDE00, "mbrtoc16: then the low one (-3)");
    CHECK(pw_mbsinit(&state), "mbrtoc16 leaves a pending surrogate");
    char bytes[8];
    CHECK(pw_c16rtomb(bytes, 0xD83D, &state) == 0 && !pw_mbsinit(&state), "c16rtomb keeps a high surrogate");
    CHECK(pw_c16rtomb(bytes, 0xDE00, &state) == 4 && memcmp(bytes, emoji, 4) == 0, "c16rtomb completes the pair");
    PW_ERRNO = 0;
    CHECK(pw_c16rtomb(bytes, 0xDC00, &state) == ERROR && PW_ERRNO == EILSEQ, "c16rtomb of a lone low surrogate");
    CHECK(pw_c16rtomb(bytes, 0xD800, &state) == 0 && pw_c16rtomb(bytes, 'x', &state) == ERROR,
        "c16rtomb of a high surrogate and no low one");
    state = (pw_mbstate_t){0};
    CHECK(pw_c16rtomb(bytes, 0xE9, &state) == 2, "c16rtomb of U+00E9");
    char32_t code;
    CHECK(pw_mbrtoc32(&code, emoji, 4, &state) == 4 && code == 0x1F600, "mbrtoc32");
}

static void random_wide(wchar_t* dest, size_t n)
{
    static const wchar_t alphabet[] = {'a', 'b', 'c', 0xE9, 0x20AC, 0x1F600, 0x7FFFFFFF, ' '};
    for (size_t i = 0; i < n; i++)
    {
        dest[i] = alphabet[random_below(sizeof(alphabet) / sizeof(alphabet[0]))];
    }
    dest[n] = 0;
}

static void test_wide_strings(void)
{
    for (int i = 0; i < 20000; i++)
    {
        wchar_t a[16], b[16], c[4];
        random_wide(a, random_below(15));
        random_wide(b, random_below(15));
        random_wide(c, random_below(3));
        CHECK(pw_wcslen(a) == wcslen(a), "wcslen");
        CHECK(sign(pw_wcscmp(a, b)) == sign(wcscmp(a, b)), "wcscmp");
        size_t n = random_below(16);
        CHECK(sign(pw_wcsncmp(a, b, n)) == sign(wcsncmp(a, b, n)), "wcsncmp");
        CHECK(sign(pw_wmemcmp(a, b, n < wcslen(a) && n < wcslen(b) ? n : 0)) ==
                sign(wmemcmp(a, b, n < wcslen(a) && n < wcslen(b) ? n : 0)),
            "wmemcmp");
        CHECK(pw_wcschr(a, c[0]) == wcschr(a, c[0]) && pw_wcsrchr(a, c[0]) == wcsrchr(a, c[0]), "wcschr/wcsrchr");
        CHECK(pw_wcsstr(a, c) == wcsstr(a, c), "wcsstr");
        CHECK(pw_wcsspn(a, c) == wcsspn(a, c) && pw_wcscspn(a, c) == wcscspn(a, c) && pw_wcspbrk(a, c) == wcspbrk(a, c),
            "wcsspn/wcscspn/wcspbrk");
        wchar_t d1[40], d2[40];
        wmemset(d1, 'x', 40);
        wmemset(d2, 'x', 40);
        pw_wcsncpy(d1, a, n);
        wcsncpy(d2, a, n);
        CHECK(wmemcmp(d1, d2, 40) == 0, "wcsncpy");
        d1[0] = d2[0] = 0;
        pw_wcsncat(pw_wcsncat(d1, a, n), b, n);
        wcsncat(wcsncat(d2, a, n), b, n);
        CHECK(wcscmp(d1, d2) == 0, "wcsncat");
        CHECK(pw_wcsxfrm(d1, a, 40) == wcslen(a) && wcscmp(d1, a) == 0, "wcsxfrm");
    }
    wchar_t text[] = L"  one,two;;three ";
    wchar_t* state;
    wchar_t* t1 = pw_wcstok(text, L" ,;", &state);
    wchar_t* t2 = pw_wcstok(NULL, L" ,;", &state);
    wchar_t* t3 = pw_wcstok(NULL, L" ,;", &state);
    CHECK(t1 != NULL && t2 != NULL && t3 != NULL && wcscmp(t1, L"one") == 0 && wcscmp(t2, L"two") == 0 &&
            wcscmp(t3, L"three") == 0 && pw_wcstok(NULL, L" ,;", &state) == NULL,
        "wcstok");
    wchar_t* end;
    CHECK(pw_wcstol(L"\u3000 -0x1fz", &end, 0) == -31 && *end == 'z', "wcstol skips Unicode space, reads hex");
    CHECK(pw_wcstoull(L"18446744073709551616", &end, 10) == ULLONG_MAX && *end == 0, "wcstoull overflow");
    CHECK(pw_wcstol(L"  x", &end, 10) == 0 && wcscmp(end, L"  x") == 0, "wcstol without digits");
    CHECK(pw_wcstod(L" 1.5e3x", &end) == 1500 && *end == 'x', "wcstod");
    CHECK(pw_wcstod(L"\u00e9", &end) == 0 && *end == 0xE9, "wcstod without a number");
}

// Case mapping on every code point against glibc's C.UTF-8 (both are
// Unicode's simple mappings); classes against fixed cases and for ASCII
// against ctype.
static void test_wctype(void)
{
    bool have_glibc_utf8 = setlocale(LC_CTYPE, "C.UTF-8") != NULL;
    int mismatches = 0;
    wint_t first = 0;
    for (wint_t c = 0; have_glibc_utf8 && c < 0x30000; c++)
    {
        if (pw_towupper(c) != towupper(c) || pw_towlower(c) != towlower(c))
        {
            if (mismatches++ == 0)
            {
                first = c;
            }
        }
    }
    setlocale(LC_CTYPE, "C");
    CHECK(have_glibc_utf8, "the host has no C.UTF-8 locale");
    CHECK(mismatches == 0, "%d case mappings differ from glibc's, the first at U+%04X (ours %04X/%04X)", mismatches,
        (unsigned)first, (unsigned)pw_towupper(first), (unsigned)pw_towlower(first));
    for (wint_t c = 0; c < 128; c++)
    {
        CHECK(!pw_iswalpha(c) == !isalpha((int)c) && !pw_iswspace(c) == !isspace((int)c) &&
                !pw_iswpunct(c) == !ispunct((int)c) && !pw_iswcntrl(c) == !iscntrl((int)c) &&
                !pw_iswprint(c) == !isprint((int)c) && !pw_iswxdigit(c) == !isxdigit((int)c) &&
                !pw_iswblank(c) == !isblank((int)c),
            "isw* disagree with ctype at %#x", (unsigned)c);
    }
    CHECK(pw_iswalpha(0xE9) && pw_iswlower(0xE9) && pw_iswupper(0xC9) && pw_iswalpha(0x4E2D) &&
            !pw_iswupper(0x4E2D) && pw_iswalpha(0x0661) && !pw_iswdigit(0x0661),
        "letters beyond ASCII");
    CHECK(pw_iswspace(0x3000) && pw_iswspace(0x2028) && !pw_iswspace(0xA0) && pw_iswblank(0x2003) &&
            !pw_iswblank(0x2028),
        "spaces beyond ASCII");
    CHECK(pw_iswpunct(0x20AC) && pw_iswprint(0x1F600) && !pw_iswprint(0xD800) && !pw_iswprint(0x378) &&
            pw_iswcntrl(0x85) && !pw_iswalpha(WEOF) && pw_towupper(WEOF) == WEOF,
        "symbols, unassigned code points, WEOF");
    CHECK(pw_towupper(0xDF) == 0xDF && pw_towlower(0x130) == 'i' && pw_towupper(0x1F80) == 0x1F88,
        "mappings with no or special simple forms");
    CHECK(pw_iswctype(0xE9, pw_wctype("alpha")) && !pw_iswctype('1', pw_wctype("alpha")) && pw_wctype("nope") == 0 &&
            !pw_iswctype('a', 0),
        "wctype/iswctype");
    CHECK(pw_towctrans(0xE9, pw_wctrans("toupper")) == 0xC9 && pw_towctrans('Q', pw_wctrans("tolower")) == 'q' &&
            pw_wctrans("x") == 0 && pw_towctrans('a', 0) == 'a',
        "wctrans/towctrans");
}

static void test_integers_and_strings(void)
{
    char* end;
    CHECK(pw_strtoimax("-9223372036854775808", &end, 10) == INTMAX_MIN && *end == 0, "strtoimax(INTMAX_MIN)");
    PW_ERRNO = 0;
    CHECK(pw_strtoimax("9223372036854775808", &end, 10) == INTMAX_MAX && PW_ERRNO == ERANGE, "strtoimax overflow");
    CHECK(pw_strtoumax("-1", &end, 10) == UINTMAX_MAX && pw_strtoumax("0x10", &end, 0) == 16, "strtoumax");
    CHECK(pw_imaxabs(-5) == 5 && pw_imaxdiv(-7, 2).quot == -3 && pw_imaxdiv(-7, 2).rem == -1, "imaxabs/imaxdiv");
    for (int i = 0; i < 10000; i++)
    {
        int a = (int)next_random(), b = (int)next_random() | 1;
        div_t ours = pw_div(a, b), theirs = div(a, b);
        CHECK(ours.quot == theirs.quot && ours.rem == theirs.rem, "div(%d, %d)", a, b);
        long la = (long)next_random(), lb = (long)(next_random() >> 20) | 1;
        ldiv_t lo = pw_ldiv(la, lb), lt = ldiv(la, lb);
        CHECK(lo.quot == lt.quot && lo.rem == lt.rem, "ldiv(%ld, %ld)", la, lb);
    }
    char text[] = "--a-bc---d-";
    char* t1 = pw_strtok(text, "-");
    char* t2 = pw_strtok(NULL, "-");
    char* t3 = pw_strtok(NULL, "-");
    CHECK(t1 != NULL && t2 != NULL && t3 != NULL && strcmp(t1, "a") == 0 && strcmp(t2, "bc") == 0 &&
            strcmp(t3, "d") == 0 && pw_strtok(NULL, "-") == NULL,
        "strtok");
    char only[] = "---";
    CHECK(pw_strtok(only, "-") == NULL, "strtok of delimiters only");
    CHECK(sign(pw_strcoll("abc", "abd")) == -1 && sign(pw_strcoll("\xc3\xa9", "z")) == 1, "strcoll: byte order");
    char buffer[8];
    CHECK(pw_strxfrm(buffer, "hello", sizeof(buffer)) == 5 && strcmp(buffer, "hello") == 0 &&
            pw_strxfrm(NULL, "much too long", 0) == 13,
        "strxfrm");
}

void run_wide_tests(void)
{
    run("utf8-decoding-and-encoding", test_utf8_decoding);
    run("multibyte-strings", test_restartable_strings);
    run("uchar-utf16", test_utf16);
    run("wide-strings", test_wide_strings);
    run("wctype", test_wctype);
    run("inttypes-div-strtok-strcoll", test_integers_and_strings);
}

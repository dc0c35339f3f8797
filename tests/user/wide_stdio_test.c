// Suite "wide": wchar.h's stream functions on real files in the OS: the
// orientation (fwide), wide characters written as UTF-8 and read back
// (fputwc, fputws, fgetwc, fgetws), pushing back (ungetwc), and the wide
// printf and scanf families on a FILE. The host tests (tests/libstd)
// cover the string forms against glibc; only the OS has libstd's FILE.
#include "tap.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/io.h>
#include <wchar.h>

#define FILE_PATH "home:/tmp/wide_stdio_test.txt"

// Bytes of the file as written, read back with the byte functions.
static size_t file_bytes(char* out, size_t size)
{
    FILE* file = fopen(FILE_PATH, "r");
    if (file == NULL)
    {
        return 0;
    }
    size_t count = fread(out, 1, size - 1, file);
    out[count] = '\0';
    fclose(file);
    return count;
}

static const char* test_orientation(void)
{
    TAP_CHECK(io_mkdir("home:/tmp") == 0 || errno == EEXIST, "io_mkdir home:/tmp: errno %d", errno);
    FILE* file = fopen(FILE_PATH, "w");
    TAP_CHECK(file != NULL, "fopen: errno %d", errno);
    TAP_CHECK(fwide(file, 0) == 0, "a new stream is already oriented");
    TAP_CHECK(fwide(file, 1) > 0, "fwide(+1) did not make it wide");
    TAP_CHECK(fwide(file, -1) > 0, "the orientation changed after it was set");
    fclose(file);
    file = fopen(FILE_PATH, "r");
    TAP_CHECK(file != NULL, "fopen again");
    TAP_CHECK(fgetc(file) == EOF, "the emptied file had a byte");
    TAP_CHECK(fwide(file, 0) < 0, "a byte read did not make the stream byte-oriented");
    fclose(file);
    file = fopen(FILE_PATH, "r");
    TAP_CHECK(file != NULL, "fopen a third time");
    fgetwc(file);
    TAP_CHECK(fwide(file, 0) > 0, "a wide read did not make the stream wide");
    fclose(file);
    return NULL;
}

static const char* test_characters_round_trip(void)
{
    static const wchar_t text[] = L"a\u00e9\u20ac\U0001F600z";
    FILE* file = fopen(FILE_PATH, "w");
    TAP_CHECK(file != NULL, "fopen: errno %d", errno);
    for (size_t i = 0; text[i] != L'\0'; i++)
    {
        TAP_CHECK(fputwc(text[i], file) == (wint_t)text[i], "fputwc of U+%X failed", (unsigned)text[i]);
    }
    TAP_CHECK(fclose(file) == 0, "fclose");
    char bytes[64];
    // 1 + 2 + 3 + 4 + 1 bytes of UTF-8.
    TAP_CHECK(file_bytes(bytes, sizeof(bytes)) == 11, "the file has %zu bytes, not 11", strlen(bytes));
    TAP_CHECK(memcmp(bytes, "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80z", 11) == 0, "the file is not UTF-8");

    file = fopen(FILE_PATH, "r");
    for (size_t i = 0; text[i] != L'\0'; i++)
    {
        wint_t got = fgetwc(file);
        TAP_CHECK(got == (wint_t)text[i], "character %zu: got U+%X, wanted U+%X", i, (unsigned)got,
            (unsigned)text[i]);
    }
    TAP_CHECK(fgetwc(file) == WEOF && feof(file), "no WEOF at the end");
    fclose(file);
    return NULL;
}

static const char* test_bad_utf8_is_eilseq(void)
{
    FILE* file = fopen(FILE_PATH, "w");
    TAP_CHECK(file != NULL, "fopen");
    fputs("x\xc0\xaf", file); // an overlong '/'
    fclose(file);
    file = fopen(FILE_PATH, "r");
    TAP_CHECK(fgetwc(file) == L'x', "the first character");
    errno = 0;
    TAP_CHECK(fgetwc(file) == WEOF, "an overlong form was accepted");
    TAP_CHECK(errno == EILSEQ && ferror(file), "errno %d, ferror %d", errno, ferror(file));
    fclose(file);
    return NULL;
}

static const char* test_lines(void)
{
    FILE* file = fopen(FILE_PATH, "w");
    TAP_CHECK(file != NULL, "fopen");
    TAP_CHECK(fputws(L"\u00fcber\nzwei\n", file) >= 0, "fputws failed");
    fclose(file);
    file = fopen(FILE_PATH, "r");
    wchar_t line[16];
    TAP_CHECK(fgetws(line, 16, file) == line && wcscmp(line, L"\u00fcber\n") == 0, "first line");
    // A buffer of 3 takes two characters and the terminator.
    TAP_CHECK(fgetws(line, 3, file) == line && wcscmp(line, L"zw") == 0, "a short buffer took '%ls'", line);
    TAP_CHECK(fgetws(line, 16, file) == line && wcscmp(line, L"ei\n") == 0, "the rest of the line");
    TAP_CHECK(fgetws(line, 16, file) == NULL, "a line after the end");
    fclose(file);
    return NULL;
}

static const char* test_push_back(void)
{
    FILE* file = fopen(FILE_PATH, "w");
    TAP_CHECK(file != NULL, "fopen w");
    fputws(L"\u03b1\u03b2", file);
    fclose(file);
    file = fopen(FILE_PATH, "r");
    TAP_CHECK(file != NULL, "fopen");
    TAP_CHECK(fgetwc(file) == 0x3b1, "alpha");
    TAP_CHECK(ungetwc(0x20ac, file) == 0x20ac, "ungetwc of the euro sign failed");
    TAP_CHECK(fgetwc(file) == 0x20ac, "the pushed-back character did not come first");
    TAP_CHECK(fgetwc(file) == 0x3b2, "beta after it");
    TAP_CHECK(ungetwc(WEOF, file) == WEOF, "ungetwc(WEOF) did not fail");
    TAP_CHECK(fgetwc(file) == WEOF, "something after the end");
    fclose(file);
    return NULL;
}

static const char* test_formatted(void)
{
    FILE* file = fopen(FILE_PATH, "w+");
    TAP_CHECK(file != NULL, "fopen w+");
    int written = fwprintf(file, L"%d %ls %5.2f %s %lc\n", -42, L"gr\u00fc\u00dfe", 3.14159, "\u00e9t\u00e9", L'\u00f1');
    // "-42 grüße  3.14 été ñ\n": counted in wide characters.
    TAP_CHECK(written == 22, "fwprintf returned %d, not 22", written);
    rewind(file);
    int number = 0;
    wchar_t word[16];
    double real = 0;
    char multibyte[16];
    wchar_t single = 0;
    int matched = fwscanf(file, L"%d %15ls %lf %15s %lc", &number, word, &real, multibyte, &single);
    TAP_CHECK(matched == 5, "fwscanf matched %d of 5", matched);
    TAP_CHECK(number == -42 && wcscmp(word, L"gr\u00fc\u00dfe") == 0 && real > 3.139 && real < 3.141,
        "read back %d '%ls' %f", number, word, real);
    TAP_CHECK(strcmp(multibyte, "\u00e9t\u00e9") == 0 && single == L'\u00f1', "%%s gave '%s', %%lc U+%X", multibyte,
        (unsigned)single);
    TAP_CHECK(fwscanf(file, L"%d", &number) == EOF, "a conversion after the end did not give EOF");
    fclose(file);
    TAP_CHECK(remove(FILE_PATH) == 0, "remove");
    return NULL;
}

int main(void)
{
    tap_suite("wide");
    tap_run("orientation", test_orientation);
    tap_run("characters-round-trip", test_characters_round_trip);
    tap_run("bad-utf8-is-eilseq", test_bad_utf8_is_eilseq);
    tap_run("lines", test_lines);
    tap_run("push-back", test_push_back);
    tap_run("formatted", test_formatted);
    return tap_exit_status();
}

// home:/test/stdio_test: libstd's buffered streams (stdio.h, FILE): every
// fopen mode, reading and writing across the buffer's edge, ungetc, fgets
// and getline, setvbuf and fflush, fseek and ftell with buffered data,
// fscanf and fprintf, errors, the standard streams on pipes (exit's flush,
// line buffering, the flush before input) and threads sharing a stream.
#include "capture.h"
#include "tap.h"
#include "thread_join.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/io.h>
#include <sys/proc.h>

#define DIR "home:/stdio_files"
#define HELPER "home:/test/helpers/stdio_child"
#define MS 1000000ULL

// A file's size as the file system sees it: what has really been written.
static long file_size(const char* path)
{
    stat_t info;
    return io_stat(path, &info) == 0 ? (long)info.size : -1;
}

// Make @p path hold exactly @p text, through plain system calls.
static bool make_file(const char* path, const char* text)
{
    fd_t fd = io_openf("%s?create&trunc", path);
    if (fd == -1)
    {
        return false;
    }
    size_t length = strlen(text);
    bool ok = write(fd, text, length) == (ssize_t)length;
    close(fd);
    return ok;
}

// The whole file at @p path, null-terminated, through plain system calls.
static ssize_t read_file(const char* path, char* text, size_t size)
{
    fd_t fd = io_open(path);
    if (fd == -1)
    {
        return -1;
    }
    size_t total = 0;
    ssize_t got;
    while (total < size - 1 && (got = read(fd, text + total, size - 1 - total)) > 0)
    {
        total += (size_t)got;
    }
    text[total] = '\0';
    close(fd);
    return (ssize_t)total;
}

static uint8_t pattern(size_t offset)
{
    return (uint8_t)(offset * 7 + (offset >> 9));
}

// ---- modes ----

static const char* test_write_then_read(void)
{
    FILE* f = fopen(DIR "/w.txt", "w");
    TAP_CHECK(f != NULL, "fopen w: %s", strerror(errno));
    TAP_CHECK(fputs("first line\n", f) >= 0, "fputs failed");
    TAP_CHECK(fprintf(f, "%s %d\n", "second", 2) == 9, "fprintf did not return 9");
    TAP_CHECK(fputc('!', f) == '!', "fputc failed");
    TAP_CHECK(fwrite("xyz", 1, 3, f) == 3, "fwrite failed");
    TAP_CHECK(fclose(f) == 0, "fclose: %s", strerror(errno));

    char text[64];
    TAP_CHECK(read_file(DIR "/w.txt", text, sizeof(text)) == 24, "the file holds %zu bytes: '%s'", strlen(text), text);
    TAP_CHECK(strcmp(text, "first line\nsecond 2\n!xyz") == 0, "the file holds '%s'", text);

    f = fopen(DIR "/w.txt", "r");
    TAP_CHECK(f != NULL, "fopen r: %s", strerror(errno));
    char line[32];
    TAP_CHECK(fgets(line, sizeof(line), f) != NULL && strcmp(line, "first line\n") == 0, "first fgets");
    TAP_CHECK(fgets(line, sizeof(line), f) != NULL && strcmp(line, "second 2\n") == 0, "second fgets");
    TAP_CHECK(fgets(line, sizeof(line), f) != NULL && strcmp(line, "!xyz") == 0, "last fgets gave '%s'", line);
    TAP_CHECK(fgets(line, sizeof(line), f) == NULL, "fgets after the end did not return NULL");
    TAP_CHECK(feof(f) && !ferror(f), "feof %d ferror %d at the end", feof(f), ferror(f));
    TAP_CHECK(fclose(f) == 0, "fclose");
    return NULL;
}

static const char* test_w_truncates(void)
{
    TAP_CHECK(make_file(DIR "/trunc.txt", "a long old content"), "make_file: %s", strerror(errno));
    FILE* f = fopen(DIR "/trunc.txt", "w");
    TAP_CHECK(f != NULL, "fopen: %s", strerror(errno));
    TAP_CHECK(file_size(DIR "/trunc.txt") == 0, "w did not empty the file (size %ld)", file_size(DIR "/trunc.txt"));
    fputs("new", f);
    fclose(f);
    char text[64];
    read_file(DIR "/trunc.txt", text, sizeof(text));
    TAP_CHECK(strcmp(text, "new") == 0, "the file holds '%s'", text);
    return NULL;
}

static const char* test_append(void)
{
    remove(DIR "/append.txt");
    for (int i = 0; i < 3; i++)
    {
        FILE* f = fopen(DIR "/append.txt", "a");
        TAP_CHECK(f != NULL, "fopen a #%d: %s", i, strerror(errno));
        TAP_CHECK(fprintf(f, "<%d>", i) == 3, "fprintf");
        // The position counts the file's old content, not just ours.
        long position = ftell(f);
        TAP_CHECK(position == 3L * (i + 1), "ftell after appending #%d gave %ld", i, position);
        TAP_CHECK(fclose(f) == 0, "fclose");
    }
    char text[64];
    read_file(DIR "/append.txt", text, sizeof(text));
    TAP_CHECK(strcmp(text, "<0><1><2>") == 0, "the file holds '%s'", text);
    return NULL;
}

static const char* test_append_plus(void)
{
    TAP_CHECK(make_file(DIR "/aplus.txt", "start"), "make_file");
    FILE* f = fopen(DIR "/aplus.txt", "a+");
    TAP_CHECK(f != NULL, "fopen a+: %s", strerror(errno));
    char word[16];
    TAP_CHECK(fgets(word, sizeof(word), f) != NULL && strcmp(word, "start") == 0, "a+ did not read from the start");
    // Even after a seek to the start, output goes to the end.
    TAP_CHECK(fseek(f, 0, SEEK_SET) == 0, "fseek");
    TAP_CHECK(fputs("-end", f) >= 0, "fputs");
    TAP_CHECK(fseek(f, 0, SEEK_SET) == 0, "fseek back");
    TAP_CHECK(fgets(word, sizeof(word), f) != NULL && strcmp(word, "start-end") == 0, "read back '%s'", word);
    fclose(f);
    return NULL;
}

static const char* test_r_plus_overwrite(void)
{
    TAP_CHECK(make_file(DIR "/rplus.txt", "hello world\nsecond\n"), "make_file");
    FILE* f = fopen(DIR "/rplus.txt", "r+");
    TAP_CHECK(f != NULL, "fopen r+: %s", strerror(errno));
    char word[16];
    TAP_CHECK(fscanf(f, "%15s", word) == 1 && strcmp(word, "hello") == 0, "fscanf gave '%s'", word);
    // Reading filled the buffer well past here: the write must land at 6.
    TAP_CHECK(fseek(f, 1, SEEK_CUR) == 0, "fseek SEEK_CUR");
    TAP_CHECK(ftell(f) == 6, "ftell gave %ld, expected 6", ftell(f));
    TAP_CHECK(fputs("WORLD", f) >= 0, "fputs");
    TAP_CHECK(fseek(f, 0, SEEK_CUR) == 0, "fseek between writing and reading");
    TAP_CHECK(fgetc(f) == '\n', "the byte after the overwrite is not the newline");
    rewind(f);
    char line[32];
    TAP_CHECK(fgets(line, sizeof(line), f) != NULL && strcmp(line, "hello WORLD\n") == 0, "line 1 is '%s'", line);
    TAP_CHECK(fgets(line, sizeof(line), f) != NULL && strcmp(line, "second\n") == 0, "line 2 is '%s'", line);
    fclose(f);
    return NULL;
}

static const char* test_w_plus(void)
{
    FILE* f = fopen(DIR "/wplus.txt", "w+");
    TAP_CHECK(f != NULL, "fopen w+: %s", strerror(errno));
    fprintf(f, "%d %s", 123, "abc");
    rewind(f);
    int number = 0;
    char word[8] = "";
    TAP_CHECK(fscanf(f, "%d %7s", &number, word) == 2, "fscanf after rewind");
    TAP_CHECK(number == 123 && strcmp(word, "abc") == 0, "read back %d '%s'", number, word);
    fclose(f);
    return NULL;
}

static const char* test_exclusive(void)
{
    remove(DIR "/x.txt");
    FILE* f = fopen(DIR "/x.txt", "wx");
    TAP_CHECK(f != NULL, "fopen wx of a new file: %s", strerror(errno));
    fclose(f);
    errno = 0;
    TAP_CHECK(fopen(DIR "/x.txt", "w+bx") == NULL && errno == EEXIST, "wx of an existing file: errno %d", errno);
    return NULL;
}

static const char* test_mode_enforced(void)
{
    TAP_CHECK(make_file(DIR "/ro.txt", "data"), "make_file");
    FILE* f = fopen(DIR "/ro.txt", "rb");
    TAP_CHECK(f != NULL, "fopen rb: %s", strerror(errno));
    errno = 0;
    TAP_CHECK(fputc('x', f) == EOF && errno == EBADF, "fputc on an r stream: errno %d", errno);
    TAP_CHECK(ferror(f), "no error flag after writing an r stream");
    fclose(f);
    char text[16];
    read_file(DIR "/ro.txt", text, sizeof(text));
    TAP_CHECK(strcmp(text, "data") == 0, "the r stream changed the file: '%s'", text);

    f = fopen(DIR "/ro.txt", "a");
    TAP_CHECK(f != NULL, "fopen a: %s", strerror(errno));
    errno = 0;
    TAP_CHECK(fgetc(f) == EOF && errno == EBADF && ferror(f), "fgetc on an a stream: errno %d", errno);
    fclose(f);
    return NULL;
}

// ---- reading ----

static const char* test_ungetc(void)
{
    TAP_CHECK(make_file(DIR "/unget.txt", "abc"), "make_file");
    FILE* f = fopen(DIR "/unget.txt", "r");
    TAP_CHECK(f != NULL, "fopen: %s", strerror(errno));
    TAP_CHECK(fgetc(f) == 'a', "first byte");
    TAP_CHECK(ungetc('a', f) == 'a', "ungetc of the byte read");
    TAP_CHECK(ftell(f) == 0, "ftell after ungetc gave %ld", ftell(f));
    TAP_CHECK(fgetc(f) == 'a', "the pushed-back byte did not come back");
    TAP_CHECK(ungetc('Z', f) == 'Z', "ungetc of another byte");
    TAP_CHECK(ungetc('Y', f) == 'Y', "a second ungetc");
    TAP_CHECK(fgetc(f) == 'Y' && fgetc(f) == 'Z', "pushed-back bytes come back last first");
    TAP_CHECK(fgetc(f) == 'b' && fgetc(f) == 'c', "the stream did not go on after them");
    TAP_CHECK(fgetc(f) == EOF && feof(f), "no end of file");
    TAP_CHECK(ungetc(EOF, f) == EOF, "ungetc(EOF) did not fail");
    TAP_CHECK(ungetc('q', f) == 'q' && !feof(f), "ungetc did not clear end of file");
    char line[8];
    TAP_CHECK(fgets(line, sizeof(line), f) != NULL && strcmp(line, "q") == 0, "fgets after ungetc");
    // A seek forgets pushed-back bytes.
    ungetc('!', f);
    fseek(f, 1, SEEK_SET);
    TAP_CHECK(fgetc(f) == 'b', "fseek did not drop the pushed-back byte");
    fclose(f);
    return NULL;
}

#define LONG_LINE 20000

static const char* test_fgets_limits(void)
{
    FILE* f = fopen(DIR "/long.txt", "w+");
    TAP_CHECK(f != NULL, "fopen: %s", strerror(errno));
    for (int i = 0; i < LONG_LINE; i++)
    {
        fputc('a' + i % 26, f);
    }
    fputs("\nshort\n", f);
    rewind(f);
    char piece[100];
    int offset = 0;
    while (offset < LONG_LINE)
    {
        TAP_CHECK(fgets(piece, sizeof(piece), f) != NULL, "fgets at %d", offset);
        size_t length = strlen(piece);
        size_t expected = LONG_LINE - offset >= 99 ? 99 : (size_t)(LONG_LINE - offset) + 1;
        TAP_CHECK(length == expected, "piece at %d has %zu bytes, expected %zu", offset, length, expected);
        for (size_t i = 0; i < length && offset + (int)i < LONG_LINE; i++)
        {
            TAP_CHECK(piece[i] == 'a' + (offset + (int)i) % 26, "byte %d wrong", offset + (int)i);
        }
        offset += (int)length;
    }
    TAP_CHECK(piece[strlen(piece) - 1] == '\n', "the long line's last piece has no newline");
    // size 1: only the null byte fits; size 2: one byte.
    TAP_CHECK(fgets(piece, 1, f) == piece && piece[0] == '\0', "fgets with size 1");
    TAP_CHECK(fgets(piece, 2, f) == piece && strcmp(piece, "s") == 0, "fgets with size 2 gave '%s'", piece);
    TAP_CHECK(fgets(piece, sizeof(piece), f) != NULL && strcmp(piece, "hort\n") == 0, "rest of the line '%s'", piece);
    TAP_CHECK(fgets(piece, sizeof(piece), f) == NULL && feof(f), "fgets at the end");
    fclose(f);
    return NULL;
}

static const char* test_getline_grows(void)
{
    static const size_t lengths[] = {0, 1, 5000, 30000, 7};
    FILE* f = fopen(DIR "/lines.txt", "w+");
    TAP_CHECK(f != NULL, "fopen: %s", strerror(errno));
    for (size_t n = 0; n < sizeof(lengths) / sizeof(lengths[0]); n++)
    {
        for (size_t i = 0; i < lengths[n]; i++)
        {
            fputc('A' + (int)((i + n) % 26), f);
        }
        if (n + 1 < sizeof(lengths) / sizeof(lengths[0]))
        {
            fputc('\n', f); // the last line has none
        }
    }
    rewind(f);
    char* line = NULL;
    size_t size = 0;
    for (size_t n = 0; n < sizeof(lengths) / sizeof(lengths[0]); n++)
    {
        bool last = n + 1 == sizeof(lengths) / sizeof(lengths[0]);
        ssize_t got = getline(&line, &size, f);
        ssize_t expected = (ssize_t)lengths[n] + (last ? 0 : 1);
        TAP_CHECK(got == expected, "line %zu: getline gave %ld, expected %ld", n, (long)got, (long)expected);
        TAP_CHECK(size > (size_t)got && line[got] == '\0', "line %zu: not null-terminated in its buffer", n);
        for (size_t i = 0; i < lengths[n]; i++)
        {
            TAP_CHECK(line[i] == 'A' + (int)((i + n) % 26), "line %zu: byte %zu wrong", n, i);
        }
        TAP_CHECK(last || line[got - 1] == '\n', "line %zu: no newline", n);
    }
    TAP_CHECK(getline(&line, &size, f) == -1 && feof(f), "getline at the end did not return -1");
    free(line);

    fclose(f);

    // getdelim with another delimiter, from a NULL buffer again.
    TAP_CHECK(make_file(DIR "/fields.txt", "a,bb,,ccc"), "make_file");
    f = fopen(DIR "/fields.txt", "r");
    TAP_CHECK(f != NULL, "fopen: %s", strerror(errno));
    line = NULL;
    size = 0;
    const char* fields[] = {"a,", "bb,", ",", "ccc"};
    for (int i = 0; i < 4; i++)
    {
        ssize_t got = getdelim(&line, &size, ',', f);
        TAP_CHECK(got == (ssize_t)strlen(fields[i]) && strcmp(line, fields[i]) == 0, "field %d: '%s' (%ld)", i,
                  got > 0 ? line : "", (long)got);
    }
    free(line);
    errno = 0;
    TAP_CHECK(getline(NULL, &size, f) == -1 && errno == EINVAL, "getline(NULL, ...) errno %d", errno);
    fclose(f);
    return NULL;
}

#define BIG 100000

static const char* test_large_blocks(void)
{
    static uint8_t data[BIG];
    static uint8_t back[BIG];
    for (size_t i = 0; i < BIG; i++)
    {
        data[i] = pattern(i);
    }
    FILE* f = fopen(DIR "/big.bin", "wb");
    TAP_CHECK(f != NULL, "fopen: %s", strerror(errno));
    // Pieces smaller than, equal to and larger than the buffer.
    static const size_t pieces[] = {1, 7, BUFSIZ - 1, BUFSIZ, 3, 20000, BUFSIZ + 1, 100};
    size_t done = 0;
    for (size_t i = 0; done < BIG; i = (i + 1) % (sizeof(pieces) / sizeof(pieces[0])))
    {
        size_t n = pieces[i] < BIG - done ? pieces[i] : BIG - done;
        TAP_CHECK(fwrite(data + done, 1, n, f) == n, "fwrite of %zu at %zu", n, done);
        done += n;
    }
    TAP_CHECK(fclose(f) == 0, "fclose: %s", strerror(errno));
    TAP_CHECK(file_size(DIR "/big.bin") == BIG, "the file has %ld bytes", file_size(DIR "/big.bin"));

    f = fopen(DIR "/big.bin", "rb");
    TAP_CHECK(f != NULL, "fopen: %s", strerror(errno));
    static const size_t reads[] = {3, BUFSIZ * 2 + 5, 1, 1000, BUFSIZ, 17};
    done = 0;
    for (size_t i = 0; done < BIG; i = (i + 1) % (sizeof(reads) / sizeof(reads[0])))
    {
        size_t n = reads[i] < BIG - done ? reads[i] : BIG - done;
        size_t got = fread(back + done, 1, n, f);
        TAP_CHECK(got == n, "fread of %zu at %zu gave %zu", n, done, got);
        done += n;
    }
    TAP_CHECK(memcmp(data, back, BIG) == 0, "the data read back differs");
    // Items: 3 whole items of 7 fit in the 10 bytes left after a seek.
    fseek(f, -10, SEEK_END);
    TAP_CHECK(fread(back, 7, 3, f) == 1 && feof(f), "fread of items at the end");
    fclose(f);
    return NULL;
}

// ---- buffering ----

static const char* test_setvbuf(void)
{
    const char* path = DIR "/vbuf.txt";
    FILE* f = fopen(path, "w");
    TAP_CHECK(f != NULL, "fopen: %s", strerror(errno));
    TAP_CHECK(setvbuf(f, NULL, _IONBF, 0) == 0, "setvbuf _IONBF");
    fputc('a', f);
    TAP_CHECK(file_size(path) == 1, "unbuffered: size %ld after fputc", file_size(path));
    fprintf(f, "%s%d", "bc", 4);
    TAP_CHECK(file_size(path) == 4, "unbuffered: size %ld after fprintf", file_size(path));
    fclose(f);

    static char buffer[64];
    f = fopen(path, "w");
    TAP_CHECK(setvbuf(f, buffer, _IOFBF, sizeof(buffer)) == 0, "setvbuf _IOFBF");
    fputs("0123456789", f);
    TAP_CHECK(file_size(path) == 0, "fully buffered: size %ld after 10 bytes", file_size(path));
    fputs("\n", f);
    TAP_CHECK(file_size(path) == 0, "fully buffered: a newline wrote it out");
    for (int i = 0; i < 6; i++)
    {
        fputs("0123456789", f);
    }
    TAP_CHECK(file_size(path) > 0, "fully buffered: nothing written after 71 bytes in a 64-byte buffer");
    fclose(f);
    TAP_CHECK(file_size(path) == 71, "size %ld after fclose", file_size(path));

    f = fopen(path, "w");
    TAP_CHECK(setvbuf(f, NULL, _IOLBF, 128) == 0, "setvbuf _IOLBF");
    fputs("abc", f);
    TAP_CHECK(file_size(path) == 0, "line buffered: size %ld without a newline", file_size(path));
    fprintf(f, "d\ne");
    TAP_CHECK(file_size(path) >= 5, "line buffered: size %ld after the newline", file_size(path));
    errno = 0;
    TAP_CHECK(setvbuf(f, NULL, 7, 0) != 0 && errno == EINVAL, "setvbuf with a bad mode: errno %d", errno);
    fclose(f);

    // setbuf(NULL) is unbuffered.
    f = fopen(path, "w");
    setbuf(f, NULL);
    fputs("xy", f);
    TAP_CHECK(file_size(path) == 2, "setbuf(NULL): size %ld", file_size(path));
    fclose(f);
    return NULL;
}

static const char* test_fflush(void)
{
    const char* path = DIR "/flush.txt";
    FILE* f = fopen(path, "w");
    TAP_CHECK(f != NULL, "fopen: %s", strerror(errno));
    fputs("pending\n", f);
    TAP_CHECK(file_size(path) == 0, "a file stream wrote a line at once: not fully buffered");
    TAP_CHECK(fflush(f) == 0, "fflush: %s", strerror(errno));
    TAP_CHECK(file_size(path) == 8, "size %ld after fflush", file_size(path));
    fputs("more", f);
    TAP_CHECK(fflush(NULL) == 0, "fflush(NULL)");
    TAP_CHECK(file_size(path) == 12, "size %ld after fflush(NULL)", file_size(path));
    fclose(f);
    return NULL;
}

// ---- positions ----

static const char* test_seek_tell(void)
{
    static uint8_t data[10000];
    for (size_t i = 0; i < sizeof(data); i++)
    {
        data[i] = pattern(i);
    }
    FILE* f = fopen(DIR "/seek.bin", "w+");
    TAP_CHECK(f != NULL, "fopen: %s", strerror(errno));
    TAP_CHECK(fwrite(data, 1, 100, f) == 100, "fwrite");
    TAP_CHECK(ftell(f) == 100, "ftell with 100 bytes buffered gave %ld", ftell(f));
    fwrite(data + 100, 1, sizeof(data) - 100, f);
    TAP_CHECK(ftell(f) == 10000, "ftell after writing everything gave %ld", ftell(f));

    // Reading: the buffer holds more than the program has taken.
    TAP_CHECK(fseek(f, 0, SEEK_SET) == 0, "fseek to 0");
    for (int i = 0; i < 10; i++)
    {
        fgetc(f);
    }
    TAP_CHECK(ftell(f) == 10, "ftell after 10 bytes read gave %ld", ftell(f));
    TAP_CHECK(fseek(f, 100, SEEK_CUR) == 0 && ftell(f) == 110, "SEEK_CUR forward: ftell %ld", ftell(f));
    TAP_CHECK(fgetc(f) == pattern(110), "the byte at 110 is wrong");
    TAP_CHECK(fseek(f, -51, SEEK_CUR) == 0 && ftell(f) == 60, "SEEK_CUR back: ftell %ld", ftell(f));
    TAP_CHECK(fgetc(f) == pattern(60), "the byte at 60 is wrong");
    TAP_CHECK(fseek(f, -1, SEEK_END) == 0 && fgetc(f) == pattern(9999), "the last byte is wrong");
    TAP_CHECK(fgetc(f) == EOF && feof(f), "no end of file after the last byte");
    TAP_CHECK(fseek(f, 5000, SEEK_SET) == 0 && !feof(f), "fseek did not clear end of file");

    // A write in the middle, then reading on from there.
    fpos_t mark;
    TAP_CHECK(fgetpos(f, &mark) == 0, "fgetpos");
    TAP_CHECK(fputs("XY", f) >= 0, "fputs in the middle");
    TAP_CHECK(ftell(f) == 5002, "ftell after the write gave %ld", ftell(f));
    TAP_CHECK(fsetpos(f, &mark) == 0, "fsetpos");
    TAP_CHECK(fgetc(f) == 'X' && fgetc(f) == 'Y' && fgetc(f) == pattern(5002), "read back around the write");
    TAP_CHECK(fseek(f, 0, 42) == -1 && errno == EINVAL, "fseek with a bad origin");
    TAP_CHECK(fclose(f) == 0, "fclose");
    TAP_CHECK(file_size(DIR "/seek.bin") == 10000, "the file grew to %ld", file_size(DIR "/seek.bin"));
    return NULL;
}

// ---- formatted ----

static const char* test_fscanf(void)
{
    TAP_CHECK(make_file(DIR "/scan.txt", "42 -17 3.5 1e3 word 0x1f\nrest of line\n-2.5e-3,x"), "make_file");
    FILE* f = fopen(DIR "/scan.txt", "r");
    TAP_CHECK(f != NULL, "fopen: %s", strerror(errno));
    int a = 0, b = 0;
    unsigned hex = 0;
    double d = 0;
    float e = 0;
    char word[16] = "";
    int n = fscanf(f, "%d %d %lf %f %15s %x", &a, &b, &d, &e, word, &hex);
    TAP_CHECK(n == 6, "fscanf assigned %d, expected 6", n);
    TAP_CHECK(a == 42 && b == -17 && d == 3.5 && e == 1000.0f && strcmp(word, "word") == 0 && hex == 0x1f,
              "read %d %d %g %g '%s' %x", a, b, d, (double)e, word, hex);
    // What the scanner read ahead stays in the stream.
    TAP_CHECK(fgetc(f) == '\n', "the newline after the numbers is gone");
    char line[32];
    TAP_CHECK(fgets(line, sizeof(line), f) != NULL && strcmp(line, "rest of line\n") == 0, "next line '%s'", line);
    char c = 0;
    TAP_CHECK(fscanf(f, "%lf,%c", &d, &c) == 2 && d == -2.5e-3 && c == 'x', "'%%lf,%%c' gave %g '%c'", d, c);
    TAP_CHECK(fscanf(f, "%d", &a) == EOF, "fscanf at the end did not return EOF");
    fclose(f);
    return NULL;
}

static const char* test_fprintf_floats(void)
{
    FILE* f = fopen(DIR "/float.txt", "w+");
    TAP_CHECK(f != NULL, "fopen: %s", strerror(errno));
    int written = fprintf(f, "%.3f|%e|%g|%a|%10.2f|%-8.1e|%G", 3.14159, 12345.678, 0.0001, 1.0, -2.5, 7e10, 1e-10);
    const char* expected = "3.142|1.234568e+04|0.0001|0x1p+0|     -2.50|7.0e+10 |1E-10";
    TAP_CHECK(written == (int)strlen(expected), "fprintf returned %d, expected %zu", written, strlen(expected));
    rewind(f);
    char text[128];
    TAP_CHECK(fgets(text, sizeof(text), f) != NULL && strcmp(text, expected) == 0, "the file holds '%s'", text);
    fclose(f);
    return NULL;
}

static const char* test_dprintf(void)
{
    fd_t fds[2];
    TAP_CHECK_OK(io_open2("sys:/pipe/new", fds));
    // More than dprintf's 512-byte pieces.
    char long_text[1500];
    memset(long_text, 'q', sizeof(long_text) - 1);
    long_text[sizeof(long_text) - 1] = '\0';
    int written = dprintf(fds[1], "[%s]%d", long_text, 99);
    close(fds[1]);
    TAP_CHECK(written == 1503, "dprintf returned %d", written);
    char back[1600];
    size_t total = 0;
    ssize_t got;
    while ((got = read(fds[0], back + total, sizeof(back) - 1 - total)) > 0)
    {
        total += (size_t)got;
    }
    back[total] = '\0';
    close(fds[0]);
    TAP_CHECK(total == 1503 && back[0] == '[' && back[1499] == 'q' && back[1500] == ']' && strcmp(back + 1501, "99") == 0,
              "read %zu bytes back", total);
    return NULL;
}

// ---- errors and odd streams ----

static const char* test_errors(void)
{
    errno = 0;
    TAP_CHECK(fopen(DIR "/no-such-file", "r") == NULL && errno == ENOENT, "missing file: errno %d", errno);
    static const char* bad_modes[] = {"", "z", "rw", "r++", "rx", "ax", "+r", "wbt"};
    for (size_t i = 0; i < sizeof(bad_modes) / sizeof(bad_modes[0]); i++)
    {
        errno = 0;
        FILE* f = fopen(DIR "/w.txt", bad_modes[i]);
        TAP_CHECK(f == NULL && errno == EINVAL, "mode '%s': %s, errno %d", bad_modes[i], f ? "opened" : "failed",
                  errno);
    }
    errno = 0;
    TAP_CHECK(fdopen(40, "r") == NULL && errno == EBADF, "fdopen of a closed descriptor: errno %d", errno);
    return NULL;
}

static const char* test_sticky_eof(void)
{
    TAP_CHECK(make_file(DIR "/eof.txt", "x"), "make_file");
    FILE* f = fopen(DIR "/eof.txt", "r");
    TAP_CHECK(fgetc(f) == 'x' && fgetc(f) == EOF && feof(f), "no end of file");
    // More data arrives, but end of file stays until clearerr.
    fd_t fd = io_open(DIR "/eof.txt?append");
    write(fd, "y", 1);
    close(fd);
    TAP_CHECK(fgetc(f) == EOF, "end of file was not sticky");
    clearerr(f);
    TAP_CHECK(!feof(f) && !ferror(f), "clearerr left a flag");
    TAP_CHECK(fgetc(f) == 'y', "after clearerr the new byte was not read");
    fclose(f);
    return NULL;
}

static const char* test_fdopen_pipe(void)
{
    fd_t fds[2];
    TAP_CHECK_OK(io_open2("sys:/pipe/new", fds));
    FILE* in = fdopen(fds[0], "r");
    FILE* out = fdopen(fds[1], "w");
    TAP_CHECK(in != NULL && out != NULL, "fdopen: %s", strerror(errno));
    TAP_CHECK(fileno(in) == fds[0] && fileno(out) == fds[1], "fileno");
    TAP_CHECK(fprintf(out, "through %s\nsecond", "pipe") > 0, "fprintf");
    errno = 0;
    TAP_CHECK(ftell(out) == -1 && errno == ESPIPE, "ftell on a pipe: errno %d", errno);
    TAP_CHECK(fclose(out) == 0, "fclose of the writer");
    char line[32];
    TAP_CHECK(fgets(line, sizeof(line), in) != NULL && strcmp(line, "through pipe\n") == 0, "read '%s'", line);
    TAP_CHECK(fgets(line, sizeof(line), in) != NULL && strcmp(line, "second") == 0, "read '%s'", line);
    TAP_CHECK(fgets(line, sizeof(line), in) == NULL && feof(in), "no end of file after the writer closed");
    TAP_CHECK(fclose(in) == 0, "fclose of the reader");
    TAP_CHECK(close(fds[0]) == -1 && errno == EBADF, "fclose did not close the descriptor");
    return NULL;
}

static const char* test_freopen(void)
{
    TAP_CHECK(make_file(DIR "/re1.txt", "one"), "make_file");
    TAP_CHECK(make_file(DIR "/re2.txt", "two"), "make_file");
    FILE* f = fopen(DIR "/re1.txt", "r");
    TAP_CHECK(f != NULL, "fopen");
    int fd = fileno(f);
    fgetc(f);
    TAP_CHECK(freopen(DIR "/re2.txt", "r", f) == f, "freopen: %s", strerror(errno));
    TAP_CHECK(fileno(f) == fd, "freopen changed the descriptor from %d to %d", fd, fileno(f));
    char word[8];
    TAP_CHECK(fgets(word, sizeof(word), f) != NULL && strcmp(word, "two") == 0, "read '%s' after freopen", word);
    // Only the mode: now it may write.
    TAP_CHECK(freopen(NULL, "r+", f) == f, "freopen(NULL)");
    TAP_CHECK(fseek(f, 0, SEEK_SET) == 0 && fputs("TW", f) >= 0 && fflush(f) == 0, "write after freopen(NULL)");
    fclose(f);
    read_file(DIR "/re2.txt", word, sizeof(word));
    TAP_CHECK(strcmp(word, "TWo") == 0, "re2.txt holds '%s'", word);
    return NULL;
}

static int count_entries(const char* path)
{
    fd_t dir = io_open(path);
    if (dir == -1)
    {
        return -1;
    }
    int count = 0;
    stat_t entry;
    while (io_readdir(dir, &entry, 1) == 1)
    {
        count++;
    }
    close(dir);
    return count;
}

static const char* test_tmpfile(void)
{
    FILE* f = tmpfile();
    TAP_CHECK(f != NULL, "tmpfile: %s", strerror(errno));
    int during = count_entries("home:/tmp");
    fprintf(f, "scratch %d", 5);
    rewind(f);
    char text[16];
    TAP_CHECK(fgets(text, sizeof(text), f) != NULL && strcmp(text, "scratch 5") == 0, "read back '%s'", text);
    TAP_CHECK(fclose(f) == 0, "fclose");
    int after = count_entries("home:/tmp");
    TAP_CHECK(during >= 1 && after == during - 1, "home:/tmp had %d entries, %d after fclose", during, after);
    return NULL;
}

// ---- the standard streams, in a process of their own ----

// Run the helper in @p mode; what it writes on @p child_fd (1 or 2) must
// be @p expected.
static const char* expect_child(const char* mode, fd_t child_fd, const char* expected)
{
    const char* argv[] = {HELPER, mode, NULL};
    capture_t run;
    const char* failure = capture_run(argv, NULL, NULL, &run);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(run.status == 0, "stdio_child %s exited with %d", mode, run.status);
    const char* text = child_fd == STDERR_FILENO ? run.err : run.out;
    TAP_CHECK(strcmp(text, expected) == 0, "stdio_child %s wrote '%s', expected '%s'", mode, text, expected);
    return NULL;
}

static const char* test_exit_flushes(void)
{
    return expect_child("exit", STDOUT_FILENO, "no newline 7");
}

static const char* test_exit_flushes_files(void)
{
    remove(DIR "/exit.txt");
    const char* failure = expect_child("file-exit", STDOUT_FILENO, "");
    TAP_CHECK(failure == NULL, "%s", failure);
    char text[32];
    TAP_CHECK(read_file(DIR "/exit.txt", text, sizeof(text)) >= 0, "no file: %s", strerror(errno));
    TAP_CHECK(strcmp(text, "kept at exit") == 0, "the file holds '%s'", text);
    return NULL;
}

static const char* test_quick_exit_does_not(void)
{
    return expect_child("quick-exit", STDOUT_FILENO, "");
}

static const char* test_pipe_line_buffered(void)
{
    // The system cannot tell a pipe from the console: stdout that cannot
    // seek is line buffered (stdio.h).
    return expect_child("line", STDOUT_FILENO, "one\n||two");
}

static const char* test_stderr_unbuffered(void)
{
    return expect_child("stderr", STDERR_FILENO, "e1|");
}

static const char* test_perror(void)
{
    char expected[96];
    snprintf(expected, sizeof(expected), "ctx: %s\n", strerror(ENOENT));
    return expect_child("perror", STDERR_FILENO, expected);
}

// Wait up to @p timeout_ns for @p fd to have something to read.
static bool wait_readable(fd_t fd, uint64_t timeout_ns)
{
    pollfd_t p = {.fd = fd, .events = POLL_READ};
    return io_poll(&p, 1, timeout_ns) == 1;
}

static const char* test_prompt_before_read(void)
{
    fd_t to_child[2], from_child[2];
    TAP_CHECK_OK(io_open2("sys:/pipe/new", to_child));
    TAP_CHECK_OK(io_open2("sys:/pipe/new", from_child));
    const char* argv[] = {HELPER, "prompt", NULL};
    spawn_fd_t map[] = {{STDIN_FILENO, to_child[0]}, {STDOUT_FILENO, from_child[1]}, SPAWN_FD_END};
    pid_t pid = spawn(argv, map, NULL, PRIORITY_INHERIT);
    close(to_child[0]);
    close(from_child[1]);
    TAP_CHECK(pid != -1, "spawn: %s", strerror(errno));
    // The prompt must arrive while the child waits for its answer.
    char text[64];
    bool prompted = wait_readable(from_child[0], 10000 * MS);
    ssize_t got = prompted ? read(from_child[0], text, sizeof(text) - 1) : 0;
    text[got > 0 ? got : 0] = '\0';
    write(to_child[1], "bob\n", 4);
    close(to_child[1]);
    size_t total = got > 0 ? (size_t)got : 0;
    while (total < sizeof(text) - 1 && (got = read(from_child[0], text + total, sizeof(text) - 1 - total)) > 0)
    {
        total += (size_t)got;
    }
    text[total] = '\0';
    close(from_child[0]);
    int status = -1;
    process_wait(pid, &status);
    TAP_CHECK(prompted, "no prompt within 10 s of waiting for input");
    TAP_CHECK(status == 0, "the child exited with %d", status);
    TAP_CHECK(strcmp(text, "name? hello bob\n") == 0, "the child wrote '%s'", text);
    return NULL;
}

// ---- threads ----

#define THREADS 4
#define LINES 300
#define STACK (64 * 1024)

typedef struct
{
    FILE* stream;
    int index;
    volatile uint32_t done;
} writer_t;

static void writer_thread(void* argument)
{
    writer_t* w = argument;
    for (int line = 0; line < LINES; line++)
    {
        // Long lines, so that they often cross the buffer's edge.
        fprintf(w->stream, "thread %d line %03d %.*s end\n", w->index, line, 60 + (line % 40),
                "----------------------------------------------------------------------------------------------------");
    }
    thread_join_signal(&w->done);
}

static const char* test_threads_share_stream(void)
{
    FILE* f = fopen(DIR "/threads.txt", "w+");
    TAP_CHECK(f != NULL, "fopen: %s", strerror(errno));
    static writer_t writers[THREADS];
    void* stacks[THREADS];
    for (int i = 0; i < THREADS; i++)
    {
        writers[i] = (writer_t){.stream = f, .index = i};
        stacks[i] = mem_map(-1, NULL, STACK, PROT_READ | PROT_WRITE);
        TAP_CHECK(stacks[i] != NULL, "mmap: %s", strerror(errno));
        TAP_CHECK(thread_create_raw(writer_thread, &writers[i], (uint8_t*)stacks[i] + STACK) != -1,
                  "thread_create_raw: %s", strerror(errno));
    }
    for (int i = 0; i < THREADS; i++)
    {
        TAP_CHECK(thread_join_wait(&writers[i].done, 60000 * MS), "thread %d did not finish", i);
    }
    for (int i = 0; i < THREADS; i++)
    {
        munmap(stacks[i], STACK);
    }
    rewind(f);
    int next_line[THREADS] = {0};
    char line[256];
    int lines = 0;
    while (fgets(line, sizeof(line), f) != NULL)
    {
        int thread = -1, number = -1, dashes = 0;
        char end[8] = "";
        int n = sscanf(line, "thread %d line %d %*[-]%n end%7s", &thread, &number, &dashes, end);
        TAP_CHECK(n >= 2 && thread >= 0 && thread < THREADS, "line %d is mixed up: '%s'", lines, line);
        TAP_CHECK(number == next_line[thread], "thread %d: line %d came where %d was due", thread, number,
                  next_line[thread]);
        size_t expected_length = strlen("thread 0 line 000 ") + 60 + (size_t)(number % 40) + strlen(" end\n");
        TAP_CHECK(strlen(line) == expected_length, "line %d is %zu bytes, expected %zu: '%s'", lines, strlen(line),
                  expected_length, line);
        TAP_CHECK(strcmp(line + expected_length - 5, " end\n") == 0, "line %d ends wrongly: '%s'", lines, line);
        next_line[thread]++;
        lines++;
    }
    TAP_CHECK(lines == THREADS * LINES, "%d lines, expected %d", lines, THREADS * LINES);
    fclose(f);
    return NULL;
}

typedef struct
{
    FILE* stream;
    int result;
    volatile uint32_t done;
} try_lock_t;

static void try_lock_thread(void* argument)
{
    try_lock_t* t = argument;
    t->result = ftrylockfile(t->stream);
    if (t->result == 0)
    {
        funlockfile(t->stream);
    }
    thread_join_signal(&t->done);
}

// ftrylockfile from another thread; its result.
static int try_from_thread(FILE* f, void* stack)
{
    static try_lock_t t;
    t = (try_lock_t){.stream = f, .result = 99};
    if (thread_create_raw(try_lock_thread, &t, (uint8_t*)stack + STACK) == -1 ||
        !thread_join_wait(&t.done, 60000 * MS))
    {
        return 99;
    }
    return t.result; // the thread ended as it set done: its stack may be reused
}

static const char* test_flockfile(void)
{
    FILE* f = fopen(DIR "/lock.txt", "w+");
    TAP_CHECK(f != NULL, "fopen: %s", strerror(errno));
    void* stack = mem_map(-1, NULL, STACK, PROT_READ | PROT_WRITE);
    TAP_CHECK(stack != NULL, "mmap: %s", strerror(errno));
    flockfile(f);
    TAP_CHECK(ftrylockfile(f) == 0, "the holder could not take its own lock again");
    // Held twice, calls that lock inside still work.
    TAP_CHECK(putc_unlocked('a', f) == 'a' && fputc('b', f) == 'b' && fprintf(f, "c") == 1, "writing while held");
    int other = try_from_thread(f, stack);
    funlockfile(f);
    int still = try_from_thread(f, stack);
    funlockfile(f);
    int free_now = try_from_thread(f, stack);
    munmap(stack, STACK);
    TAP_CHECK(other != 0 && other != 99, "another thread took the held lock (%d)", other);
    TAP_CHECK(still != 0 && still != 99, "one funlockfile of two released the lock (%d)", still);
    TAP_CHECK(free_now == 0, "another thread could not take the released lock (%d)", free_now);
    rewind(f);
    TAP_CHECK(getc_unlocked(f) == 'a' && getc(f) == 'b' && fgetc(f) == 'c', "read back");
    fclose(f);
    return NULL;
}

static const char* test_std_streams(void)
{
    TAP_CHECK(fileno(stdin) == 0 && fileno(stdout) == 1 && fileno(stderr) == 2, "descriptors %d %d %d",
              fileno(stdin), fileno(stdout), fileno(stderr));
    // The TAP lines go out with writef: stdout must be empty when they do.
    TAP_CHECK(printf("%s", "") == 0, "printf of nothing");
    TAP_CHECK(fflush(stdout) == 0, "fflush(stdout)");
    return NULL;
}

int main(void)
{
    tap_suite("stdio");
    if (io_mkdir(DIR) == -1 && errno != EEXIST)
    {
        tap_result("setup", tap_reason("mkdir " DIR ": %s", strerror(errno)));
        return 1;
    }
    tap_run("std-streams", test_std_streams);
    tap_run("write-then-read", test_write_then_read);
    tap_run("w-truncates", test_w_truncates);
    tap_run("append", test_append);
    tap_run("append-plus", test_append_plus);
    tap_run("r-plus-overwrite", test_r_plus_overwrite);
    tap_run("w-plus", test_w_plus);
    tap_run("exclusive", test_exclusive);
    tap_run("mode-enforced", test_mode_enforced);
    tap_run("ungetc", test_ungetc);
    tap_run("fgets-limits", test_fgets_limits);
    tap_run("getline-grows", test_getline_grows);
    tap_run("large-blocks", test_large_blocks);
    tap_run("setvbuf", test_setvbuf);
    tap_run("fflush", test_fflush);
    tap_run("seek-tell", test_seek_tell);
    tap_run("fscanf", test_fscanf);
    tap_run("fprintf-floats", test_fprintf_floats);
    tap_run("dprintf", test_dprintf);
    tap_run("errors", test_errors);
    tap_run("sticky-eof", test_sticky_eof);
    tap_run("fdopen-pipe", test_fdopen_pipe);
    tap_run("freopen", test_freopen);
    tap_run("tmpfile", test_tmpfile);
    tap_run("exit-flushes", test_exit_flushes);
    tap_run("exit-flushes-files", test_exit_flushes_files);
    tap_run("quick-exit-does-not", test_quick_exit_does_not);
    tap_run("pipe-line-buffered", test_pipe_line_buffered);
    tap_run("stderr-unbuffered", test_stderr_unbuffered);
    tap_run("perror", test_perror);
    tap_run("prompt-before-read", test_prompt_before_read);
    tap_run("threads-share-stream", test_threads_share_stream);
    tap_run("flockfile", test_flockfile);
    return tap_exit_status();
}

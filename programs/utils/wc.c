// wc [-l] [-w] [-c] [FILE...]: counts newlines, words (runs of bytes that
// are not white space) and bytes of each file, or of stdin for "-" or no
// operand; all three unless some are chosen. A total follows two or more files.
#define PROGRAM "wc"
#define USAGE "usage: wc [-l] [-w] [-c] [FILE...]\n"
#include "util.h"

#include <ctype.h>
#include <stdio.h>

typedef struct
{
    unsigned long long lines, words, bytes;
} counts_t;

static bool show_lines, show_words, show_bytes;

static bool count(fd_t fd, const char* name, counts_t* counts)
{
    static char buffer[65536];
    bool in_word = false;
    ssize_t got;
    while ((got = read(fd, buffer, sizeof(buffer))) > 0)
    {
        counts->bytes += (size_t)got;
        for (ssize_t i = 0; i < got; i++)
        {
            unsigned char byte = (unsigned char)buffer[i];
            counts->lines += byte == '\n';
            bool space = isspace(byte);
            counts->words += !space && !in_word;
            in_word = !space;
        }
    }
    if (got == -1)
    {
        complain(name, errno);
        return false;
    }
    return true;
}

static void print(const counts_t* counts, const char* name)
{
    if (show_lines)
    {
        printf("%8llu", counts->lines);
    }
    if (show_words)
    {
        printf("%8llu", counts->words);
    }
    if (show_bytes)
    {
        printf("%8llu", counts->bytes);
    }
    printf("%s%s\n", name != NULL ? " " : "", name != NULL ? name : "");
}

int main(int argc, char** argv)
{
    options_t options = OPTIONS_INIT(argc, argv);
    int letter;
    while ((letter = options_next(&options, "lwc")) != 0)
    {
        show_lines |= letter == 'l';
        show_words |= letter == 'w';
        show_bytes |= letter == 'c';
    }
    if (!show_lines && !show_words && !show_bytes)
    {
        show_lines = show_words = show_bytes = true;
    }
    if (options.index == argc)
    {
        counts_t counts = {0};
        bool ok = count(STDIN_FILENO, "stdin", &counts);
        print(&counts, NULL);
        return ok ? 0 : 1;
    }
    int status = 0;
    counts_t total = {0};
    for (int i = options.index; i < argc; i++)
    {
        fd_t fd = input_open(argv[i]);
        counts_t counts = {0};
        if (fd == -1 || !count(fd, argv[i], &counts))
        {
            status = 1;
        }
        else
        {
            print(&counts, argv[i]);
            total.lines += counts.lines;
            total.words += counts.words;
            total.bytes += counts.bytes;
        }
        if (fd != -1)
        {
            input_close(fd);
        }
    }
    if (argc - options.index > 1)
    {
        print(&total, "total");
    }
    return status;
}

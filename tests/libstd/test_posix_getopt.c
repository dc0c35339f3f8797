// getopt, getopt_long and getopt_long_only (platform/user/getopt) against
// glibc's: the same argv through both, comparing every call's result,
// optarg, optind, optopt (after errors), longindex and flags, and argv's
// final order (both permute). Messages against fixed texts, as glibc's
// would go to the real stderr.
#include "host_test.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char* pw_optarg;
extern int pw_optind, pw_opterr, pw_optopt;
int pw_getopt(int argc, char* const argv[], const char* optstring);
int pw_getopt_long(int argc, char* const argv[], const char* optstring, const struct option* longopts,
                   int* longindex);
int pw_getopt_long_only(int argc, char* const argv[], const char* optstring, const struct option* longopts,
                        int* longindex);

enum parser
{
    SHORT,
    LONG,
    LONG_ONLY
};

static int flag_a, flag_b;

// Both parsers get their own copy (flag pointers are compared by value,
// so both use the same flags, reset before each run).
static const struct option long_options[] = {
    {"verbose", no_argument, NULL, 'v'},
    {"output", required_argument, NULL, 'o'},
    {"color", optional_argument, NULL, 'c'},
    {"colour", optional_argument, NULL, 'c'}, // same meaning: "--col" is not ambiguous
    {"count", required_argument, NULL, 'n'},   // "--co" is ambiguous
    {"set-a", no_argument, &flag_a, 7},
    {"set-b", no_argument, &flag_b, 9},
    {"x", no_argument, NULL, 'X'},
    {"exact", no_argument, NULL, 'e'},
    {"exactly", no_argument, NULL, 'E'},
    {0, 0, 0, 0},
};

#define MAX_ARGS 16

// Split words at spaces into argv (argv[0] is "prog").
static int make_argv(const char* words, char storage[][32], char* argv[])
{
    int argc = 0;
    argv[argc++] = strcpy(storage[0], "prog");
    const char* p = words;
    while (*p != '\0')
    {
        size_t length = strcspn(p, " ");
        memcpy(storage[argc], p, length);
        storage[argc][length] = '\0';
        argv[argc] = storage[argc];
        argc++;
        p += length;
        p += *p == ' ';
    }
    argv[argc] = NULL;
    return argc;
}

// One whole parse as text: every call, then argv's order.
static void trace(bool libstd, enum parser parser, const char* optstring, const char* words, char* out,
                  size_t size)
{
    char storage[MAX_ARGS][32];
    char* argv[MAX_ARGS + 1];
    int argc = make_argv(words, storage, argv);
    size_t used = 0;
    flag_a = flag_b = 0;
    if (libstd)
    {
        pw_optind = 1;
        pw_opterr = 0;
    }
    else
    {
        optind = 0; // glibc's full reset
        opterr = 0;
    }
    for (int calls = 0; calls < 40; calls++)
    {
        int longindex = -1;
        int result;
        switch (parser)
        {
        case SHORT:
            result = libstd ? pw_getopt(argc, argv, optstring) : getopt(argc, argv, optstring);
            break;
        case LONG:
            result = libstd ? pw_getopt_long(argc, argv, optstring, long_options, &longindex)
                            : getopt_long(argc, argv, optstring, long_options, &longindex);
            break;
        default:
            result = libstd ? pw_getopt_long_only(argc, argv, optstring, long_options, &longindex)
                            : getopt_long_only(argc, argv, optstring, long_options, &longindex);
            break;
        }
        const char* argument = libstd ? pw_optarg : optarg;
        int index = libstd ? pw_optind : optind;
        int error_option = libstd ? pw_optopt : optopt;
        used += (size_t)snprintf(out + used, size - used, "[%d %s %d", result, argument ? argument : "-", index);
        if (result == '?' || result == ':')
        {
            used += (size_t)snprintf(out + used, size - used, " optopt %d", error_option);
        }
        if (result != '?' && result != ':' && result != -1 && parser != SHORT)
        {
            used += (size_t)snprintf(out + used, size - used, " li %d", longindex);
        }
        used += (size_t)snprintf(out + used, size - used, "] ");
        if (result == -1 || used > size - 100)
        {
            break;
        }
    }
    used += (size_t)snprintf(out + used, size - used, "flags %d %d argv", flag_a, flag_b);
    for (int i = 0; i < argc && used < size - 40; i++)
    {
        used += (size_t)snprintf(out + used, size - used, " %s", argv[i]);
    }
}

static void compare(enum parser parser, const char* optstring, const char* words)
{
    char mine[1024], theirs[1024];
    trace(true, parser, optstring, words, mine, sizeof(mine));
    trace(false, parser, optstring, words, theirs, sizeof(theirs));
    CHECK(strcmp(mine, theirs) == 0, "parser %d %s on %s: %s, glibc %s", parser, quote_str(optstring),
        quote_str(words), mine, theirs);
}

static const char* const short_argvs[] = {
    "", "-a", "-a -b", "-ab", "-abc", "-ofile", "-o file", "-o", "-ao", "-ao x", "-a -- -b", "-- -a", "-",
    "file -a", "file -a other -b", "-a file -o x other", "-x", "-ax -b", "-a -: -b", "-q", "-qvalue", "-q value",
    "file1 file2", "-a -- file -b", "f1 -- -a", "f1 -a -- f2 -b", "-o -a", "--", "---", "--a", "-a - -b",
};

static void test_getopt_against_glibc(void)
{
    static const char* const optstrings[] = {"abco:q::", ":abco:q::", "+abco:", "-abco:", "+:ab:o:", "ab", ""};
    for (size_t o = 0; o < sizeof(optstrings) / sizeof(optstrings[0]); o++)
    {
        for (size_t i = 0; i < sizeof(short_argvs) / sizeof(short_argvs[0]); i++)
        {
            compare(SHORT, optstrings[o], short_argvs[i]);
        }
    }
}

static const char* const long_argvs[] = {
    "--verbose", "--verb", "--v", "--output=f", "--output f", "--output", "--out=", "--color", "--color=red",
    "--color red", "--col", "--co", "--co=1", "--count 3", "--set-a --set-b", "--set", "--x", "--exact",
    "--exactl", "--ex", "--verbose=1", "--nothing", "--nothing=1", "file --verbose -a other", "-- --verbose",
    "-a --output x file", "-vx", "-verbose", "-verb", "-output f", "-o f", "-ov", "-count=2", "-c", "-col=3",
    "-nothing", "-anything", "-x", "-e", "-exact", "--", "-set-a",
};

static void test_getopt_long_against_glibc(void)
{
    static const char* const optstrings[] = {"avo:c::n:", ":avo:", "+av", "ab"};
    for (size_t o = 0; o < sizeof(optstrings) / sizeof(optstrings[0]); o++)
    {
        for (size_t i = 0; i < sizeof(long_argvs) / sizeof(long_argvs[0]); i++)
        {
            compare(LONG, optstrings[o], long_argvs[i]);
            compare(LONG_ONLY, optstrings[o], long_argvs[i]);
        }
    }
}

// Random argv of options, arguments and operands, against glibc.
static void test_getopt_random(void)
{
    static const char* const pieces[] = {"-a", "-b", "-o", "x", "f", "--", "-", "-ab", "-ox", "-z", "--verbose",
        "--out", "--output=y", "--co", "--col", "-verb", "--set-a", "-q", "-qz"};
    char words[256];
    for (int i = 0; i < 3000; i++)
    {
        size_t used = 0;
        int count = (int)random_below(7);
        words[0] = '\0';
        for (int j = 0; j < count; j++)
        {
            used += (size_t)snprintf(words + used, sizeof(words) - used, "%s%s", j ? " " : "",
                pieces[random_below(sizeof(pieces) / sizeof(pieces[0]))]);
        }
        compare(SHORT, "abo:q::", words);
        compare(LONG, "abo:q::", words);
        compare(LONG_ONLY, ":abo:", words);
    }
}

// Messages: stderr gets them unless opterr is 0 or optstring starts with ':'.
static void expect_message(int parser_long, const char* optstring, const char* words, int opterr_value,
                           const char* expected)
{
    char storage[MAX_ARGS][32];
    char* argv[MAX_ARGS + 1];
    int argc = make_argv(words, storage, argv);
    pw_optind = 1;
    pw_opterr = opterr_value;
    stderr_clear();
    while ((parser_long ? pw_getopt_long(argc, argv, optstring, long_options, NULL)
                        : pw_getopt(argc, argv, optstring)) != -1)
    {
    }
    CHECK(strcmp(stderr_captured(), expected) == 0, "%s on %s (opterr %d): stderr %s, expected %s",
        quote_str(optstring), quote_str(words), opterr_value, quote_str(stderr_captured()), quote_str(expected));
}

static void test_getopt_messages(void)
{
    expect_message(0, "ab", "-x", 1, "prog: invalid option -- 'x'\n");
    expect_message(0, "ao:", "-o", 1, "prog: option requires an argument -- 'o'\n");
    expect_message(0, "ao:", "-a -:", 1, "prog: invalid option -- ':'\n");
    expect_message(0, "ab", "-x", 0, "");
    expect_message(0, ":ao:", "-x -o", 1, "");
    expect_message(0, "+:ao:", "-o", 1, "");
    expect_message(0, "ab", "-ab", 1, "");
    expect_message(1, "a", "--nothing", 1, "prog: unrecognized option '--nothing'\n");
    expect_message(1, "a", "--nothing=2", 1, "prog: unrecognized option '--nothing=2'\n");
    expect_message(1, "a", "--co", 1, "prog: option '--co' is ambiguous\n");
    expect_message(1, "a", "--verbose=1", 1, "prog: option '--verbose' doesn't allow an argument\n");
    expect_message(1, "a", "--output", 1, "prog: option '--output' requires an argument\n");
    expect_message(1, ":a", "--output", 1, "");
    pw_opterr = 1;
}

void run_posix_getopt_tests(void)
{
    // glibc must not see POSIXLY_CORRECT either (libstd's environment is
    // its own, and empty).
    unsetenv("POSIXLY_CORRECT");
    run("getopt-glibc", test_getopt_against_glibc);
    run("getopt-long-glibc", test_getopt_long_against_glibc);
    run("getopt-random", test_getopt_random);
    run("getopt-messages", test_getopt_messages);
}

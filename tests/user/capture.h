// Running a program for the in-OS tests with its stdin, stdout and stderr
// on pipes: what it printed on each, and its exit status.
#ifndef TESTS_USER_CAPTURE_H
#define TESTS_USER_CAPTURE_H 1

#include <stddef.h>
#include <sys/types.h>

/** How much of each output is kept (the rest is read and dropped). */
#define CAPTURE_MAX 65536

/** What a run gave. The texts are the library's, valid until the next run. */
typedef struct
{
    pid_t pid;
    int status;
    const char* out; /**< stdout, null-terminated */
    size_t out_length;
    const char* err; /**< stderr, null-terminated */
    size_t err_length;
} capture_t;

/**
 * Run @p argv (argv[0] the program, ending with NULL) in the working
 * directory @p cwd (NULL: ours) with @p input on its stdin (NULL: none;
 * at most a pipe's worth), until it exits and both outputs are closed.
 * A program still running after 30 s is killed. Returns NULL, or why it
 * could not be run.
 */
const char* capture_run(const char** argv, const char* input, const char* cwd, capture_t* result);

/**
 * capture_run, but the program is killed (as with process_kill) once its
 * stderr holds @p count copies of @p text; for programs that do not end
 * by themselves. Killing ends only that process, not what it started.
 */
const char* capture_run_until(const char** argv, const char* text, int count, capture_t* result);

/** How many times @p needle occurs in @p haystack. */
int capture_count(const char* haystack, const char* needle);

/**
 * @p text with newlines, escapes and other control bytes written as \n,
 * \e, \xNN, cut to fit a reason: in a buffer of the library's, valid until
 * the next call, which shares it with the other half of two.
 */
const char* capture_shown(const char* text);

#endif

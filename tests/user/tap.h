// A tiny TAP library for the in-OS test programs: every result is one
// line on stdout, "ok N - suite/name" or "not ok N - suite/name # reason",
// numbered from 1 within the program.
//
// A test is a function that returns NULL when it passed, or the reason it
// failed, usually through one of the TAP_ macros below:
//
//   static const char* test_read_back(void)
//   {
//       TAP_CHECK(read(fd, buffer, 5) == 5, "read: %s", strerror(errno));
//       return NULL;
//   }
//   ...
//   tap_run("read-back", test_read_back);
//   return tap_exit_status();
#ifndef TESTS_USER_TAP_H
#define TESTS_USER_TAP_H 1

#include <errno.h>
#include <stdbool.h>
#include <string.h>

/** Name the suite every following line belongs to ("vfs", "proc", ...). */
void tap_suite(const char* suite);

/** Print one result: ok when @p reason is NULL, else not ok with the reason. */
void tap_result(const char* name, const char* reason);

/** Run @p test and print its result. */
void tap_run(const char* name, const char* (*test)(void));

/** 0 when every result so far was ok, 1 otherwise: main's return value. */
int tap_exit_status(void);

/**
 * Format a failure's reason (printf style) into a buffer of the library's,
 * valid until the next call; longer reasons are cut.
 */
const char* tap_reason(const char* format, ...) __attribute__((format(printf, 1, 2)));

/** Print a diagnostic line, "# " and the text (printf style). */
void tap_note(const char* format, ...) __attribute__((format(printf, 1, 2)));

/** Fail the test (return the reason) unless @p condition holds. */
#define TAP_CHECK(condition, ...)              \
    do                                         \
    {                                          \
        if (!(condition))                      \
        {                                      \
            return tap_reason(__VA_ARGS__);    \
        }                                      \
    } while (0)

/** Fail the test unless @p call returns -1 with errno @p expected. */
#define TAP_CHECK_ERRNO(call, expected)                                                                     \
    do                                                                                                      \
    {                                                                                                       \
        errno = 0;                                                                                          \
        long tap_result_ = (long)(call);                                                                    \
        int tap_errno_ = errno;                                                                             \
        if (tap_result_ != -1 || tap_errno_ != (expected))                                                  \
        {                                                                                                   \
            return tap_reason("%s gave %ld, errno %d (%s); expected -1 with %s", #call, tap_result_, \
                              tap_errno_, strerror(tap_errno_), #expected);                                 \
        }                                                                                                   \
    } while (0)

/** Fail the test, with errno's message, unless @p call succeeds (does not return -1). */
#define TAP_CHECK_OK(call)                                                                    \
    do                                                                                        \
    {                                                                                         \
        if ((long)(call) == -1)                                                               \
        {                                                                                     \
            return tap_reason("%s failed: errno %d (%s)", #call, errno, strerror(errno)); \
        }                                                                                     \
    } while (0)

#endif

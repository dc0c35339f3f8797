#include "tap.h"

#include <stdarg.h>
#include <stdio.h>
#include <sys/io.h>

static const char* suite_name = "unnamed";
static int results;
static bool any_failed;
static char reason_text[256];

void tap_suite(const char* suite)
{
    suite_name = suite;
}

void tap_result(const char* name, const char* reason)
{
    results++;
    if (reason == NULL)
    {
        writef(STDOUT_FILENO, "ok %d - %s/%s\n", results, suite_name, name);
        return;
    }
    any_failed = true;
    writef(STDOUT_FILENO, "not ok %d - %s/%s # %s\n", results, suite_name, name, reason);
}

void tap_run(const char* name, const char* (*test)(void))
{
    tap_result(name, test());
}

int tap_exit_status(void)
{
    return any_failed ? 1 : 0;
}

const char* tap_reason(const char* format, ...)
{
    // Formatted apart first: the arguments may include an earlier reason.
    char text[sizeof(reason_text)];
    va_list args;
    va_start(args, format);
    vsnprintf(text, sizeof(text), format, args);
    va_end(args);
    strcpy(reason_text, text);
    // A reason is one line: the TAP line ends at the first newline.
    for (char* c = reason_text; *c != '\0'; c++)
    {
        if (*c == '\n')
        {
            *c = ' ';
        }
    }
    return reason_text;
}

void tap_note(const char* format, ...)
{
    char text[512];
    va_list args;
    va_start(args, format);
    vsnprintf(text, sizeof(text), format, args);
    va_end(args);
    writef(STDOUT_FILENO, "# %s\n", text);
}

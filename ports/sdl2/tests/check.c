// The TAP lines of sdl2check.
#include "check.h"

#include <stdarg.h>
#include <stdio.h>

static int counter;
static int failures;
static char reason[256];

const char* check_reason(const char* format, ...)
{
    va_list args;
    va_start(args, format);
    vsnprintf(reason, sizeof(reason), format, args);
    va_end(args);
    return reason;
}

void check_run(const char* name, const char* (*check)(void))
{
    const char* why = check();
    counter++;
    if (why == NULL)
    {
        printf("ok %d - sdl2/%s\n", counter, name);
    }
    else
    {
        failures++;
        printf("not ok %d - sdl2/%s # %s\n", counter, name, why);
    }
    fflush(stdout);
}

int check_status(void)
{
    return failures == 0 ? 0 : 1;
}

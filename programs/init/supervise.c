#include "supervise.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

#define NS_PER_SECOND 1000000000ULL
// A program that lived less than this has its next start delayed.
#define SHORT_LIFE_NS NS_PER_SECOND
#define FIRST_DELAY_NS NS_PER_SECOND
#define MAX_DELAY_NS (30 * NS_PER_SECOND)
#define THREAD_STACK_SIZE 65536

// @p argv as one line for the log, cut to fit.
static const char* command_text(char** argv, char* text, size_t size)
{
    size_t length = 0;
    text[0] = '\0';
    for (int i = 0; argv[i] != NULL && length < size; i++)
    {
        length += (size_t)snprintf(text + length, size - length, "%s%s", i > 0 ? " " : "", argv[i]);
    }
    return text;
}

// Start @p argv; its id, or -1 after logging why not.
static pid_t start(char** argv)
{
    char text[256];
    writef(STDERR_FILENO, "init: starting %s\n", command_text(argv, text, sizeof(text)));
    pid_t pid = spawn((const char**)argv, NULL, NULL, PRIORITY_INHERIT);
    if (pid == -1)
    {
        writef(STDERR_FILENO, "init: cannot start %s: %s\n", argv[0], strerror(errno));
    }
    return pid;
}

// Wait for @p pid to end; its exit status, logged.
static int finish(char** argv, pid_t pid)
{
    int status = -1;
    if (process_wait(pid, &status) == -1)
    {
        writef(STDERR_FILENO, "init: waiting for %s (pid %lld): %s\n", argv[0], (long long)pid, strerror(errno));
        return -1;
    }
    writef(STDERR_FILENO, "init: %s (pid %lld) exited with status %d\n", argv[0], (long long)pid, status);
    return status;
}

int supervise_once(char** argv)
{
    pid_t pid = start(argv);
    return pid == -1 ? -1 : finish(argv, pid);
}

static void forever(void* argument)
{
    char** argv = argument;
    uint64_t delay = 0;
    for (;;)
    {
        uint64_t started = uptime();
        pid_t pid = start(argv);
        if (pid != -1)
        {
            finish(argv, pid);
        }
        if (pid != -1 && uptime() - started >= SHORT_LIFE_NS)
        {
            delay = 0;
            continue;
        }
        delay = delay == 0 ? FIRST_DELAY_NS : (delay * 2 < MAX_DELAY_NS ? delay * 2 : MAX_DELAY_NS);
        writef(STDERR_FILENO, "init: %s ended quickly; starting it again in %llu s\n", argv[0],
            (unsigned long long)(delay / NS_PER_SECOND));
        sleep_ns(delay);
    }
}

bool supervise_forever(char** argv)
{
    // The stack is never freed: the thread runs as long as init does.
    char* stack = aligned_alloc(16, THREAD_STACK_SIZE);
    if (stack == NULL || thread_create_raw(forever, argv, stack + THREAD_STACK_SIZE) == -1)
    {
        writef(STDERR_FILENO, "init: no thread to run %s: %s\n", argv[0], strerror(errno));
        free(stack);
        return false;
    }
    return true;
}

// The ctl harness's kernel side, built with the kernel's headers
// (fuzz_ctl.c holds the model and compares). A table of four commands,
// one of each shape the kernel's ctl files use, takes the write through
// ctl_write; what ran, with which arguments, goes back in a plain struct.
#include "kernel/fs/ctl.h"
#include "kernel/log/log.h"

#include <errno.h>
#include <string.h>

/** What fuzz_ctl saw; fuzz_ctl.c declares the same layout. */
typedef struct
{
    int outcome; /**< 0: a command ran; 1: refused with EINVAL; 2: another result */
    int command; /**< the index of the command that ran, -1 for none */
    uint64_t numbers[2];
    char text[CTL_LINE_MAX];
    size_t usage_length;
} fuzz_ctl_seen_t;

void fuzz_ctl(const void* data, size_t size, fuzz_ctl_seen_t* seen);
_Noreturn void fuzz_fail(const char* why);

static fuzz_ctl_seen_t* current;

// The kernel logs refusals; the harness has no log.
void log_print(log_level_t level, const char* fmt, ...)
{
    (void)level, (void)fmt;
}

static int ran(int command, const ctl_arg_t* args, int numbers, bool text)
{
    current->command = command;
    for (int i = 0; i < numbers; i++)
    {
        current->numbers[i] = args[i].number;
    }
    if (text)
    {
        size_t length = strlen(args[0].text);
        if (length >= CTL_LINE_MAX)
        {
            fuzz_fail("a text argument longer than a line");
        }
        memcpy(current->text, args[0].text, length + 1);
    }
    return 0;
}

static int run_wait(file_t* file, const ctl_arg_t* args)
{
    (void)file;
    return ran(0, args, 0, false);
}

static int run_handler(file_t* file, const ctl_arg_t* args)
{
    (void)file;
    return ran(1, args, 1, false);
}

static int run_size(file_t* file, const ctl_arg_t* args)
{
    (void)file;
    return ran(2, args, 2, false);
}

static int run_bind(file_t* file, const ctl_arg_t* args)
{
    (void)file;
    return ran(3, args, 0, true);
}

static const ctl_command_t commands[] = {
    {.name = "wait", .run = run_wait},
    {.name = "handler", .args = {CTL_NUMBER}, .usage = "ADDRESS", .run = run_handler},
    {.name = "size", .args = {CTL_NUMBER, CTL_NUMBER}, .usage = "COLS ROWS", .run = run_size},
    {.name = "bind", .args = {CTL_TEXT}, .usage = "NAME", .run = run_bind},
};

static const ctl_table_t table = CTL_TABLE("fuzz ctl", commands);

void fuzz_ctl(const void* data, size_t size, fuzz_ctl_seen_t* seen)
{
    memset(seen, 0, sizeof(*seen));
    seen->command = -1;
    current = seen;
    ssize_t result = ctl_write(NULL, &table, data, size);
    if (result == (ssize_t)size && seen->command >= 0)
    {
        seen->outcome = 0;
    }
    else
    {
        seen->outcome = result == -EINVAL && seen->command < 0 ? 1 : 2;
    }
    char usage[16];
    seen->usage_length = ctl_usage(&table, usage, sizeof(usage));
    if (strlen(usage) != sizeof(usage) - 1)
    {
        fuzz_fail("ctl_usage did not fill and terminate a small buffer");
    }
}

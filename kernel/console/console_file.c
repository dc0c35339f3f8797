// sys:/console: what the first process gets as its standard input and
// output. Writes go to every log output (serial port and screen) as they
// are, without the log's time stamp, so a program's lines (its TAP lines
// under test) reach the serial port unchanged. Reading gives end of file
// until there is a keyboard line discipline.
#include "console_file.h"

#include <kernel/fs/sysfs.h>
#include <kernel/log/log.h>
#include <kernel/panic/panic.h>

static ssize_t console_write(file_t* file, const void* buffer, size_t count)
{
    (void)file;
    log_write_raw(buffer, count);
    return (ssize_t)count;
}

static ssize_t console_read(file_t* file, void* buffer, size_t count)
{
    (void)file;
    (void)buffer;
    (void)count;
    return 0;
}

static const file_ops_t console_ops = {.read = console_read, .write = console_write};

void console_file_init(void)
{
    if (sysfs_file_new(sysfs_root(), "console", &console_ops, NULL) != 0)
    {
        panic("console: cannot make sys:/console");
    }
}

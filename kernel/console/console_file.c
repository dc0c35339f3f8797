// sys:/console and sys:/consctl.
//
// sys:/console is what the first process gets as its standard input and
// output. Writes go to every log output (serial port and screen) as they
// are, without the log's time stamp, so a program's lines (its TAP lines
// under test) reach the serial port unchanged. Reads give what is typed
// (console_input.h): whole lines in cooked mode, bytes in raw mode.
//
// sys:/consctl takes the commands "rawon", "rawoff", "foreground PID"
// (0: none), "screenoff" and "screenon" (fbcon.h: the screen and the PS/2
// keyboard go to a program and come back) and reads as the mode, "raw" or
// "cooked", and a line "screen console" or "screen program". Raw mode
// ends, and the screen comes back, when the consctl
// file that changed them is closed, so a shell that dies while editing a
// line does not leave the console without echo, nor a window manager that
// dies a screen nobody draws.
#include "console_file.h"

#include "console_input.h"
#include "fbcon.h"

#include <kernel/arch/clock.h>
#include <kernel/fs/ctl.h>
#include <kernel/log/log.h>
#include <kernel/proc/process.h>

#include <errno.h>
#include <stdio.h>

// The consctl file that turned raw mode on; the lock makes "set raw mode
// and its owner" one step against another file's close.
static spinlock_t raw_lock = SPINLOCK_INIT;
static file_t* raw_owner;
static bool read_before;

static ssize_t console_write(file_t* file, const void* buffer, size_t count)
{
    (void)file;
    log_write_raw(buffer, count);
    return (ssize_t)count;
}

// The first read is the first prompt waiting for a person: the log line
// gives "boot to prompt" a figure (bench/libstd.sh reads it).
static void console_note_first_read(void)
{
    if (read_before)
    {
        return;
    }
    read_before = true;
    process_t* process = process_current();
    log_debug("console: first read at %lu ms (pid %d)", (unsigned long)(clock_uptime_ns() / CLOCK_NS_PER_MS),
        process != NULL ? (int)process->id : 0);
}

static ssize_t console_read(file_t* file, void* buffer, size_t count)
{
    console_note_first_read();
    return console_input_read(buffer, count, file_flags(file) & FILE_NONBLOCK);
}

static uint16_t console_poll(file_t* file)
{
    (void)file;
    return console_input_poll() | POLL_WRITE;
}

static int consctl_raw(file_t* file, bool on)
{
    spin_lock(&raw_lock);
    raw_owner = on ? file : NULL;
    console_input_set_raw(on);
    spin_unlock(&raw_lock);
    return 0;
}

static int consctl_rawon(file_t* file, const ctl_arg_t* args)
{
    (void)args;
    return consctl_raw(file, true);
}

static int consctl_rawoff(file_t* file, const ctl_arg_t* args)
{
    (void)args;
    return consctl_raw(file, false);
}

static int consctl_screenoff(file_t* file, const ctl_arg_t* args)
{
    (void)args;
    console_screen_set_owner(file);
    return 0;
}

static int consctl_screenon(file_t* file, const ctl_arg_t* args)
{
    (void)file, (void)args;
    console_screen_set_owner(NULL);
    return 0;
}

static int consctl_foreground(file_t* file, const ctl_arg_t* args)
{
    (void)file;
    if (args[0].number > INT32_MAX)
    {
        return -EINVAL;
    }
    console_input_set_foreground((pid_t)args[0].number);
    return 0;
}

static const ctl_command_t consctl_commands[] = {
    {.name = "rawon", .run = consctl_rawon},
    {.name = "rawoff", .run = consctl_rawoff},
    {.name = "screenoff", .run = consctl_screenoff},
    {.name = "screenon", .run = consctl_screenon},
    {.name = "foreground", .args = {CTL_NUMBER}, .usage = "PID", .run = consctl_foreground},
};

static const ctl_table_t consctl_table = CTL_TABLE("consctl", consctl_commands);

static ssize_t consctl_write(file_t* file, const void* buffer, size_t count)
{
    return ctl_write(file, &consctl_table, buffer, count);
}

static ssize_t consctl_read(file_t* file, void* buffer, size_t count)
{
    char text[48];
    int length = snprintf(text, sizeof(text), "%s\nscreen %s\n", console_input_is_raw() ? "raw" : "cooked",
        console_screen_shown() ? "console" : "program");
    return file_read_text(file, buffer, count, text, (size_t)length);
}

static void consctl_close(file_t* file)
{
    spin_lock(&raw_lock);
    if (raw_owner == file)
    {
        raw_owner = NULL;
        console_input_set_raw(false);
    }
    spin_unlock(&raw_lock);
    console_screen_release(file); // may sleep: outside the spinlock
}

static const file_ops_t console_ops = {.kind = FILE_KIND_CONSOLE, .concurrent = true,
    .read = console_read, .write = console_write, .poll = console_poll};
static const file_ops_t consctl_ops = {.read = consctl_read, .write = consctl_write, .close = consctl_close};

const sysdev_t console_device = {.path = "console", .file = &console_ops};
const sysdev_t consctl_device = {.path = "consctl", .file = &consctl_ops};

// sys:/pty: pseudo-terminals as files (the pty itself is pty.c; the
// interface is in docs/ipc.md, "Pseudo-terminals").
//
// Opening sys:/pty/new makes a pty; that handle reads as its id, and
// sys:/pty/<id>/ holds:
//   screen  the terminal emulator's side: read what programs wrote and the
//           echo; write what the user types ("?nonblock" works, poll too)
//   tty     the programs' side: their stdin, stdout and stderr
//   ctl     "rawon", "rawoff", "foreground PID" (0: none), "size COLS ROWS"
//           (1..1000 each); reads as "cooked" or "raw", then "size C R"
// Writing to the handle types too, as the screen file does. The pty lives
// while the handle or a screen file is open; when the last of them closes
// it hangs up (pty.h) and its directory goes. Raw mode ends when the ctl
// file that turned it on is closed, as with sys:/consctl, so a shell that
// dies while editing a line leaves the terminal cooked.
//
// Only the process that made the pty and its descendants may open the
// files in its directory (EACCES), the same rule and the same check
// (process_is_descendant) as local sockets.
#include "pty_file.h"

#include "pty.h"

#include <kernel/fs/ctl.h>
#include <kernel/fs/sysfs.h>
#include <kernel/panic/panic.h>
#include <kernel/proc/process.h>

#include <errno.h>
#include <stdio.h>

static sysfs_dir_t* pty_dir;

// A file of sys:/pty/<id>/ opens: the maker's tree only, and never once
// the pty hung up (@p attach counts the file as its kind, NULL: no count).
static int pty_file_open(file_t* file, bool (*attach)(pty_t*))
{
    pty_t* pty = file->data;
    if (!process_is_descendant(process_current(), pty->creator))
    {
        return -EACCES;
    }
    if (attach != NULL && !attach(pty))
    {
        return -ENOENT;
    }
    pty_ref(pty);
    file->private = pty;
    return 0;
}

// The screen side's last file closes: the pty hangs up and its directory
// goes (the caller's reference keeps the pty while opens still in their
// hook finish).
static void pty_screen_release(pty_t* pty)
{
    if (pty_screen_detach(pty))
    {
        sysfs_dir_remove(pty->dir);
    }
    pty_put(pty);
}

static bool pty_nonblock(file_t* file)
{
    return file_flags(file) & FILE_NONBLOCK;
}

// ---- screen ----------------------------------------------------------------

static int pty_screen_open(file_t* file)
{
    return pty_file_open(file, pty_screen_attach);
}

static ssize_t pty_screen_file_read(file_t* file, void* buffer, size_t count)
{
    return pty_screen_read(file->private, buffer, count, pty_nonblock(file));
}

static ssize_t pty_screen_file_write(file_t* file, const void* buffer, size_t count)
{
    return pty_type(file->private, buffer, count, pty_nonblock(file));
}

static uint16_t pty_screen_file_poll(file_t* file)
{
    return pty_screen_poll(file->private);
}

static void pty_screen_close(file_t* file)
{
    pty_screen_release(file->private);
}

static const file_ops_t pty_screen_ops = {.concurrent = true,
    .open = pty_screen_open,
    .read = pty_screen_file_read,
    .write = pty_screen_file_write,
    .poll = pty_screen_file_poll,
    .close = pty_screen_close};

// ---- tty: a terminal, as stat tells (isatty) ----------------------------------

static int pty_tty_open(file_t* file)
{
    return pty_file_open(file, pty_tty_attach);
}

static ssize_t pty_tty_file_read(file_t* file, void* buffer, size_t count)
{
    return pty_tty_read(file->private, buffer, count, pty_nonblock(file));
}

static ssize_t pty_tty_file_write(file_t* file, const void* buffer, size_t count)
{
    return pty_tty_write(file->private, buffer, count, pty_nonblock(file));
}

static uint16_t pty_tty_file_poll(file_t* file)
{
    return pty_tty_poll(file->private);
}

static void pty_tty_close(file_t* file)
{
    pty_tty_detach(file->private);
    pty_put(file->private);
}

static const file_ops_t pty_tty_ops = {.kind = FILE_KIND_CONSOLE, .concurrent = true,
    .open = pty_tty_open,
    .read = pty_tty_file_read,
    .write = pty_tty_file_write,
    .poll = pty_tty_file_poll,
    .close = pty_tty_close};

// ---- ctl ----------------------------------------------------------------------

// A ctl file is not counted, but it is not opened on a pty that hung up either.
static bool pty_still_up(pty_t* pty)
{
    return !pty_hung_up(pty);
}

static int pty_ctl_open(file_t* file)
{
    return pty_file_open(file, pty_still_up);
}

static int pty_ctl_rawon(file_t* file, const ctl_arg_t* args)
{
    (void)args;
    return pty_set_raw(file->private, true, file);
}

static int pty_ctl_rawoff(file_t* file, const ctl_arg_t* args)
{
    (void)args;
    return pty_set_raw(file->private, false, file);
}

static int pty_ctl_foreground(file_t* file, const ctl_arg_t* args)
{
    return args[0].number <= INT32_MAX ? pty_set_foreground(file->private, (pid_t)args[0].number) : -EINVAL;
}

static int pty_ctl_size(file_t* file, const ctl_arg_t* args)
{
    if (args[0].number > PTY_SIZE_MAX || args[1].number > PTY_SIZE_MAX)
    {
        return -EINVAL;
    }
    return pty_set_size(file->private, (uint32_t)args[0].number, (uint32_t)args[1].number);
}

static const ctl_command_t pty_ctl_commands[] = {
    {.name = "rawon", .run = pty_ctl_rawon},
    {.name = "rawoff", .run = pty_ctl_rawoff},
    {.name = "foreground", .args = {CTL_NUMBER}, .usage = "PID", .run = pty_ctl_foreground},
    {.name = "size", .args = {CTL_NUMBER, CTL_NUMBER}, .usage = "COLS ROWS", .run = pty_ctl_size},
};

static const ctl_table_t pty_ctl_table = CTL_TABLE("pty ctl", pty_ctl_commands);

static ssize_t pty_ctl_write(file_t* file, const void* buffer, size_t count)
{
    return ctl_write(file, &pty_ctl_table, buffer, count);
}

static ssize_t pty_ctl_read(file_t* file, void* buffer, size_t count)
{
    bool raw;
    uint32_t columns, rows;
    pty_state(file->private, &raw, &columns, &rows);
    char text[48];
    int length = snprintf(text, sizeof(text), "%s\nsize %u %u\n", raw ? "raw" : "cooked", columns, rows);
    return file_read_text(file, buffer, count, text, (size_t)length);
}

static void pty_ctl_close(file_t* file)
{
    pty_release_raw(file->private, file);
    pty_put(file->private);
}

static const file_ops_t pty_ctl_ops = {
    .open = pty_ctl_open, .read = pty_ctl_read, .write = pty_ctl_write, .close = pty_ctl_close};

// ---- the handle: sys:/pty/new ------------------------------------------------------

static int pty_new_open(file_t* file)
{
    process_t* process = process_current();
    pty_t* pty = pty_new(process != NULL ? process->id : 0);
    if (pty == NULL)
    {
        return -ENOMEM;
    }
    char name[24];
    snprintf(name, sizeof(name), "%lu", (unsigned long)pty->id);
    pty->dir = sysfs_dir_new(pty_dir, name);
    if (pty->dir == NULL || sysfs_file_new(pty->dir, "screen", &pty_screen_ops, pty) != 0 ||
        sysfs_file_new(pty->dir, "tty", &pty_tty_ops, pty) != 0 ||
        sysfs_file_new(pty->dir, "ctl", &pty_ctl_ops, pty) != 0)
    {
        if (pty->dir != NULL)
        {
            sysfs_dir_remove(pty->dir);
        }
        pty_put(pty);
        return -ENOMEM;
    }
    file->private = pty;
    return 0;
}

static ssize_t pty_new_read(file_t* file, void* buffer, size_t count)
{
    pty_t* pty = file->private;
    return file_read_number(file, buffer, count, pty->id);
}

static void pty_new_close(file_t* file)
{
    pty_screen_release(file->private);
}

static const file_ops_t pty_new_ops = {.open = pty_new_open,
    .read = pty_new_read,
    .write = pty_screen_file_write,
    .close = pty_new_close};

void pty_file_init(void)
{
    pty_dir = sysfs_dir_new(NULL, "pty");
    if (pty_dir == NULL || sysfs_file_new(pty_dir, "new", &pty_new_ops, NULL) != 0)
    {
        panic("pty: cannot make sys:/pty/new");
    }
}

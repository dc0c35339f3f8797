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
// it hangs up (pty.h) and its directory is gone. Raw mode ends when the ctl
// file that turned it on is closed, as with sys:/consctl, so a shell that
// dies while editing a line leaves the terminal cooked.
//
// Only the process that made the pty and its descendants may open the
// files in its directory (EACCES), the same rule and the same check
// (process_is_descendant) as local sockets.
#include "pty_file.h"

#include "pty.h"

#include <kernel/fs/ctl.h>
#include <kernel/proc/process.h>

#include <errno.h>
#include <stdio.h>

// A file of sys:/pty/<id>/ opens: the pty is found by its id, for the
// maker's tree only, and never once it hung up (@p attach counts the file
// as its kind and refuses after the hang-up). The file keeps a reference.
static int pty_file_open(file_t* file, uint64_t id, bool (*attach)(pty_t*))
{
    pty_t* pty = pty_get(id);
    if (pty == NULL)
    {
        return -ENOENT;
    }
    int result = !process_is_descendant(process_current(), pty->creator) ? -EACCES : !attach(pty) ? -ENOENT : 0;
    if (result != 0)
    {
        pty_put(pty);
        return result;
    }
    file->object = pty;
    return 0;
}

// The screen side's last file closes: the pty hangs up and its directory
// is gone.
static void pty_screen_release(pty_t* pty)
{
    pty_screen_detach(pty);
    pty_put(pty);
}

static bool pty_nonblock(file_t* file)
{
    return file_flags(file) & FILE_NONBLOCK;
}

// ---- screen ----------------------------------------------------------------

static int pty_screen_open(file_t* file, uint64_t id)
{
    return pty_file_open(file, id, pty_screen_attach);
}

static ssize_t pty_screen_file_read(file_t* file, void* buffer, size_t count)
{
    return pty_screen_read(file->object, buffer, count, pty_nonblock(file));
}

static ssize_t pty_screen_file_write(file_t* file, const void* buffer, size_t count)
{
    return pty_type(file->object, buffer, count, pty_nonblock(file));
}

static uint16_t pty_screen_file_poll(file_t* file)
{
    return pty_screen_poll(file->object);
}

static void pty_screen_close(file_t* file)
{
    pty_screen_release(file->object);
}

static const file_ops_t pty_screen_ops = {.concurrent = true,
    .open = pty_screen_open,
    .read = pty_screen_file_read,
    .write = pty_screen_file_write,
    .poll = pty_screen_file_poll,
    .close = pty_screen_close};

// ---- tty: a terminal, as stat tells (isatty) ----------------------------------

static int pty_tty_open(file_t* file, uint64_t id)
{
    return pty_file_open(file, id, pty_tty_attach);
}

static ssize_t pty_tty_file_read(file_t* file, void* buffer, size_t count)
{
    return pty_tty_read(file->object, buffer, count, pty_nonblock(file));
}

static ssize_t pty_tty_file_write(file_t* file, const void* buffer, size_t count)
{
    return pty_tty_write(file->object, buffer, count, pty_nonblock(file));
}

static uint16_t pty_tty_file_poll(file_t* file)
{
    return pty_tty_poll(file->object);
}

static void pty_tty_close(file_t* file)
{
    pty_tty_detach(file->object);
    pty_put(file->object);
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

static int pty_ctl_open(file_t* file, uint64_t id)
{
    return pty_file_open(file, id, pty_still_up);
}

static int pty_ctl_rawon(file_t* file, const ctl_arg_t* args)
{
    (void)args;
    return pty_set_raw(file->object, true, file);
}

static int pty_ctl_rawoff(file_t* file, const ctl_arg_t* args)
{
    (void)args;
    return pty_set_raw(file->object, false, file);
}

static int pty_ctl_foreground(file_t* file, const ctl_arg_t* args)
{
    return args[0].number <= INT32_MAX ? pty_set_foreground(file->object, (pid_t)args[0].number) : -EINVAL;
}

static int pty_ctl_size(file_t* file, const ctl_arg_t* args)
{
    if (args[0].number > PTY_SIZE_MAX || args[1].number > PTY_SIZE_MAX)
    {
        return -EINVAL;
    }
    return pty_set_size(file->object, (uint32_t)args[0].number, (uint32_t)args[1].number);
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
    pty_state(file->object, &raw, &columns, &rows);
    char text[48];
    int length = snprintf(text, sizeof(text), "%s\nsize %u %u\n", raw ? "raw" : "cooked", columns, rows);
    return file_read_text(file, buffer, count, text, (size_t)length);
}

static void pty_ctl_close(file_t* file)
{
    pty_release_raw(file->object, file);
    pty_put(file->object);
}

static const file_ops_t pty_ctl_ops = {
    .open = pty_ctl_open, .read = pty_ctl_read, .write = pty_ctl_write, .close = pty_ctl_close};

// ---- the handle: sys:/pty/new ------------------------------------------------------

static int pty_new_open(file_t* file, uint64_t id)
{
    (void)id;
    process_t* process = process_current();
    pty_t* pty = pty_new(process != NULL ? process->id : 0);
    if (pty == NULL)
    {
        return -ENOMEM;
    }
    file->object = pty;
    return 0;
}

static ssize_t pty_new_read(file_t* file, void* buffer, size_t count)
{
    pty_t* pty = file->object;
    return file_read_number(file, buffer, count, pty->link.id);
}

static void pty_new_close(file_t* file)
{
    pty_screen_release(file->object);
}

static const file_ops_t pty_new_ops = {.open = pty_new_open,
    .read = pty_new_read,
    .write = pty_screen_file_write,
    .close = pty_new_close};

// ---- the device: sys:/pty ---------------------------------------------------------

enum
{
    PTY_DIR = 1, /**< sys:/pty/<id> */
};

static const sysdev_file_t pty_root_files[] = {{"new", &pty_new_ops}};
static const sysdev_file_t pty_files[] = {{"screen", &pty_screen_ops}, {"tty", &pty_tty_ops}, {"ctl", &pty_ctl_ops}};

// Whether pty @p id has not hung up (its directory exists).
static bool pty_listed(uint64_t id)
{
    pty_t* pty = pty_get(id);
    if (pty != NULL)
    {
        pty_put(pty);
    }
    return pty != NULL;
}

static const sysdev_objects_t pty_objects = {
    .root_files = pty_root_files,
    .root_count = sizeof(pty_root_files) / sizeof(pty_root_files[0]),
    .type = PTY_DIR,
    .files = pty_files,
    .count = sizeof(pty_files) / sizeof(pty_files[0]),
    .listed = pty_listed,
    .id_at = pty_id_at,
};

static int pty_gen(const sysdev_qid_t* dir, uint64_t index, sysdev_entry_t* entry)
{
    return sysdev_objects_gen(&pty_objects, dir, index, entry);
}

static int pty_walk(const sysdev_qid_t* dir, const char* name, sysdev_entry_t* entry)
{
    return sysdev_objects_walk(&pty_objects, dir, name, entry);
}

const sysdev_t pty_device = {.path = "pty", .gen = pty_gen, .walk = pty_walk};

// sys:/pty: pseudo-terminals as files (see pty_file.c and docs/ipc.md).
#ifndef KERNEL_CONSOLE_PTY_FILE_H
#define KERNEL_CONSOLE_PTY_FILE_H 1

#include <kernel/fs/sysdev.h>

/** sys:/pty: "new", and a directory <id> for each pty that has not hung up. */
extern const sysdev_t pty_device;

#endif

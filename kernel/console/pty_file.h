// sys:/pty: pseudo-terminals as files (see pty_file.c and docs/ipc.md).
#ifndef KERNEL_CONSOLE_PTY_FILE_H
#define KERNEL_CONSOLE_PTY_FILE_H 1

/** Make sys:/pty/new. */
void pty_file_init(void);

#endif

// sys:/console (see console_file.c).
#ifndef KERNEL_CONSOLE_CONSOLE_FILE_H
#define KERNEL_CONSOLE_CONSOLE_FILE_H 1

/** Make sys:/console. */
void console_file_init(void);

#endif

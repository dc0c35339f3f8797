// sys:/console and sys:/consctl, two devices of one file each (see
// console_file.c; the line discipline behind them is console_input.h).
#ifndef KERNEL_CONSOLE_CONSOLE_FILE_H
#define KERNEL_CONSOLE_CONSOLE_FILE_H 1

#include <kernel/fs/sysdev.h>

/** sys:/console: what is typed, and the log outputs. */
extern const sysdev_t console_device;

/** sys:/consctl: the console's mode and the screen's owner. */
extern const sysdev_t consctl_device;

#endif

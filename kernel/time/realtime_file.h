// sys:/time/realtime, the wall-clock time, a device of one file (see
// realtime_file.c).
#ifndef KERNEL_TIME_REALTIME_FILE_H
#define KERNEL_TIME_REALTIME_FILE_H 1

#include <kernel/fs/sysdev.h>

/** sys:/time/realtime: "SECONDS NANOSECONDS". */
extern const sysdev_t realtime_device;

#endif

// sys:/stat/sched, the scheduler's counts per CPU, a device of one file
// (see sched_file.c).
#ifndef KERNEL_SCHED_SCHED_FILE_H
#define KERNEL_SCHED_SCHED_FILE_H 1

#include <kernel/fs/sysdev.h>

/** sys:/stat/sched: one line per online CPU. */
extern const sysdev_t sched_device;

#endif

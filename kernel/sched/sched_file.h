// sys:/stat/sched (see sched_file.c).
#ifndef KERNEL_SCHED_SCHED_FILE_H
#define KERNEL_SCHED_SCHED_FILE_H 1

#include <kernel/fs/sysfs.h>

void sched_file_init(sysfs_dir_t* stat_dir);

#endif

// sys:/stat/mem (see mem_file.c).
#ifndef KERNEL_MEM_MEM_FILE_H
#define KERNEL_MEM_MEM_FILE_H 1

#include <kernel/fs/sysfs.h>

void mem_file_init(sysfs_dir_t* stat_dir);

#endif

// sys:/stat/mem, memory statistics, a device of one file (see mem_file.c).
#ifndef KERNEL_MEM_MEM_FILE_H
#define KERNEL_MEM_MEM_FILE_H 1

#include <kernel/fs/sysdev.h>

/** sys:/stat/mem: the physical allocator's and the heap's counts. */
extern const sysdev_t mem_device;

#endif

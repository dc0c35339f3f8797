// sys: — the kernel's files: processes, statistics, devices, pipes,
// sockets. Nothing here is stored: every name is asked of a device in a
// table (sysdev.h), when it is looked up, listed or opened. Users cannot
// change it: mkdir, remove, rename and create are -EPERM (create&excl of
// a name that exists is -EEXIST).
#ifndef KERNEL_FS_SYSFS_H
#define KERNEL_FS_SYSFS_H 1

#include "sysdev.h"

/**
 * Mount the devices of @p table under @p label ("sys" for the kernel's
 * list, kernel/init/devices.c; the tests mount their own). @p table must
 * live for good, as a mount does. Devices that share a directory must be
 * next to each other in it ("stat/mem", "stat/sched"). 0, -EINVAL for a
 * table that breaks the rules of sysfs_table_valid, or vfs_mount's error.
 */
int sysfs_mount(const char* label, const sysdev_table_t* table);

#endif

// The devices of sys: (see devices.c and docs/devices.md).
#ifndef KERNEL_INIT_DEVICES_H
#define KERNEL_INIT_DEVICES_H 1

#include <kernel/fs/sysdev.h>

/** Every device the kernel serves in sys:, in the order sys:/ lists them. */
extern const sysdev_table_t kernel_devices;

#endif

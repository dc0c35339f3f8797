// Starting the application processors (every CPU but the first).
#ifndef KERNEL_ARCH_SMP_H
#define KERNEL_ARCH_SMP_H 1

#include <kernel/acpi/acpi.h>

/**
 * Start every enabled CPU the MADT lists, one at a time, and wait until
 * each is online and scheduling. Returns how many started.
 */
uint32_t smp_start(const madt_info_t* madt);

#endif

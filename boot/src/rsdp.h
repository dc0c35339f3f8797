// Finding the ACPI root pointer among the firmware's configuration tables.
#ifndef BOOT_RSDP_H
#define BOOT_RSDP_H 1

/** The ACPI 2.0+ RSDP, else the ACPI 1.0 one, else NULL (physical address). */
void* rsdp_find(void);

#endif

// Leaving the firmware and entering the kernel.
#ifndef BOOT_HANDOFF_H
#define BOOT_HANDOFF_H 1

#include <boot/boot_info.h>

#include "efi.h"

/**
 * The end of the physical address range to map: the highest address in
 * the firmware's memory map, at least 4 GiB so the 32-bit device window
 * (local APIC, I/O APIC, HPET) is always covered.
 */
uint64_t handoff_phys_end(void);

/**
 * Take the final memory map, exit boot services, switch to @p pml4 and
 * jump to @p entry with rdi = @p info. Returns only if boot services could
 * not be exited (the status says why); nothing may print after that.
 */
EFI_STATUS handoff(boot_info_t* info, uint64_t pml4, uint64_t entry);

#endif

// The page tables the kernel starts on (see boot/boot_info.h).
#ifndef BOOT_PAGING_H
#define BOOT_PAGING_H 1

#include <stdint.h>

#include "kernel_load.h"

/**
 * Build a PML4 that maps physical memory [0, phys_end) at its own address
 * and at BOOT_HHDM_BASE with 2 MiB pages, and the kernel's pages at their
 * link addresses with 4 KiB pages. Table pages are BOOT_MEMORY_PAGE_TABLES.
 * Returns the PML4's physical address, or 0 when out of memory.
 */
uint64_t paging_build(uint64_t phys_end, const kernel_image_t* image);

#endif

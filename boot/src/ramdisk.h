// Loading the RAM disk: every file under \root on the boot volume, as a
// tree of boot_dir_t and boot_file_t (see boot/boot_info.h).
#ifndef BOOT_RAMDISK_H
#define BOOT_RAMDISK_H 1

#include <boot/boot_info.h>

#include "efi.h"

#define RAMDISK_PATH "\\root"

/**
 * Load the directory tree at RAMDISK_PATH. A missing folder gives an empty
 * root directory. Returns NULL when out of memory or on a read error
 * (reported).
 */
boot_dir_t* ramdisk_load(EFI_FILE_PROTOCOL* volume, uint64_t* file_count, uint64_t* byte_count);

/**
 * Turn every pointer in the tree into its direct-map (HHDM) address, as
 * the kernel expects. The tree cannot be walked by the bootloader after
 * this. Returns the root's HHDM address.
 */
boot_dir_t* ramdisk_to_hhdm(boot_dir_t* root);

#endif

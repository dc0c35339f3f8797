// home: — a RAM-disk file system: the files the bootloader loaded, kept
// where it loaded them (no copy at boot), readable and writable while the
// OS runs (nothing is written back to the disk).
#ifndef KERNEL_FS_RAMFS_H
#define KERNEL_FS_RAMFS_H 1

#include <boot/boot_info.h>

/**
 * Build the tree from the bootloader's RAM disk and mount it as @p label.
 * The files' pages become the tree's: each record's data is NULL after.
 */
void ramfs_init(const char* label, boot_dir_t* ramdisk);

#endif

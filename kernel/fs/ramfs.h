// home: — a RAM-disk file system: the files the bootloader loaded, copied
// into kernel memory at boot, readable and writable while the OS runs
// (nothing is written back to the disk).
#ifndef KERNEL_FS_RAMFS_H
#define KERNEL_FS_RAMFS_H 1

#include <boot/boot_info.h>

/** Build the tree from the bootloader's RAM disk and mount it as @p label. */
void ramfs_init(const char* label, const boot_dir_t* ramdisk);

#endif

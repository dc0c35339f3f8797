// The boot_info_t the bootloader passed, checked and kept for the rest of
// the kernel.
#ifndef KERNEL_INIT_BOOT_H
#define KERNEL_INIT_BOOT_H 1

#include <boot/boot_info.h>

/** Check the structure's magic, version and size; panic if they are wrong. */
void boot_check(const boot_info_t* info);

/** The boot_info_t, once boot_check accepted it. */
extern const boot_info_t* boot_info;

/**
 * Copy what the kernel keeps from the bootloader's memory into the heap
 * (the memory map, the RAM disk's directory and file records) and point
 * boot_info at the copy, so the bootloader's memory can be reclaimed. The
 * files' bytes are not copied: they lie in pages of their own
 * (BOOT_MEMORY_RAMDISK) that home: takes over as its files' contents, after
 * which each record's data is NULL (ramfs_init). The kernel file is not
 * kept.
 */
void boot_take_over(void);

/** Total bytes of memory the firmware reported as free for the OS. */
uint64_t boot_usable_memory(const boot_info_t* info);

/** Find a RAM disk file by its '/'-separated path from the root; NULL if absent. */
const boot_file_t* boot_ramdisk_find(const boot_info_t* info, const char* path);

#endif

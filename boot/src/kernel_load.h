// Validating the kernel ELF file and loading its segments.
#ifndef BOOT_KERNEL_LOAD_H
#define BOOT_KERNEL_LOAD_H 1

#include <boot/boot_info.h>
#include <stddef.h>

/** The result of loading: where the segments went, and where to jump. */
typedef struct
{
    boot_kernel_t kernel; /**< phys/virt base and size; elf and elf_size still physical */
    uint64_t entry;
} kernel_image_t;

/**
 * Check that @p file (@p size bytes) is a kernel this loader can start:
 * a 64-bit little-endian x86-64 executable whose segments all lie inside
 * the file and in the top 2 GiB. On failure, write a one-line reason into
 * @p reason and return 0.
 */
int kernel_validate(const void* file, uint64_t size, char* reason, size_t reason_size);

/**
 * Copy a validated kernel's segments into freshly allocated contiguous
 * pages (BOOT_MEMORY_KERNEL), zero the rest, and describe the result.
 * Returns 0 when memory runs out.
 */
int kernel_load(const void* file, uint64_t size, kernel_image_t* image);

#endif

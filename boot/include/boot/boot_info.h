/**
 * @file boot/boot_info.h
 * @brief What the bootloader hands the kernel: the one structure shared by
 * boot/ and kernel/.
 *
 * The bootloader enters the kernel's ELF entry point with interrupts off,
 * rdi = the boot_info_t, and page tables that map:
 * - all physical memory the firmware reported (and the framebuffer) twice:
 *   at its own address (identity) and at BOOT_HHDM_BASE + address (the
 *   higher-half direct map, "HHDM"), with 2 MiB pages;
 * - the kernel's loaded segments at their link addresses, 4 KiB pages.
 * Every pointer in this structure (and in the structures it points to) is
 * an HHDM address, so it stays valid once the kernel drops the identity
 * map. Physical addresses are named phys_* and are plain integers.
 */
#ifndef BOOT_BOOT_INFO_H
#define BOOT_BOOT_INFO_H 1

#include <boot/paging_bits.h> // KERNEL_HALF
#include <stdint.h>

/** "PWBOOTIF": identifies a boot_info_t. */
#define BOOT_INFO_MAGIC 0x4649544F4F425750ULL
/**
 * Bumped whenever the layout below, or what the kernel may do with the
 * memory it describes, changes (2: the RAM disk's file bytes are pages the
 * kernel keeps).
 */
#define BOOT_INFO_VERSION 2

/** Where the direct map of physical memory starts: the kernel half's beginning. */
#define BOOT_HHDM_BASE KERNEL_HALF
/** The kernel is linked in the top 2 GiB (-mcmodel=kernel). */
#define BOOT_KERNEL_MIN_ADDRESS 0xFFFFFFFF80000000ULL

/** Physical address to its direct-map address, and back. */
#define BOOT_PHYS_TO_HHDM(addr) ((uint64_t)(addr) + BOOT_HHDM_BASE)
#define BOOT_HHDM_TO_PHYS(addr) ((uint64_t)(addr) - BOOT_HHDM_BASE)

/**
 * Memory types the bootloader uses besides the firmware's own (UEFI lets an
 * OS loader use 0x80000000 and up). They mark memory the kernel must not
 * treat as free: the kernel image, and the page tables it runs on until it
 * builds its own, and the bytes of the RAM disk's files, which the kernel's
 * file system takes over where they lie instead of copying them (each file
 * its own run of pages, zero past its size; they become free pages when
 * the file is rewritten or removed). boot_info_t, the memory map, the RAM
 * disk's directory records and the kernel file use the standard
 * loader-data type: free once the kernel has consumed them.
 */
#define BOOT_MEMORY_KERNEL 0x80000000U
#define BOOT_MEMORY_PAGE_TABLES 0x80000001U
#define BOOT_MEMORY_RAMDISK 0x80000002U

/** Pixel layouts of the framebuffer; each pixel is 32 bits. */
typedef enum
{
    BOOT_PIXEL_BGRX = 0, /**< blue in the lowest byte (the usual one) */
    BOOT_PIXEL_RGBX = 1, /**< red in the lowest byte */
} boot_pixel_format_t;

/** The framebuffer the bootloader set up through GOP. */
typedef struct
{
    uint32_t* base;     /**< pixel (0,0), HHDM address; NULL if there is no framebuffer */
    uint64_t phys_base; /**< physical address of pixel (0,0) */
    uint64_t size;      /**< bytes */
    uint32_t width;     /**< visible pixels per line */
    uint32_t height;    /**< lines */
    uint32_t stride;    /**< pixels from one line to the next (>= width) */
    uint32_t format;    /**< a boot_pixel_format_t */
} boot_framebuffer_t;

/** One entry of the memory map, laid out as UEFI's EFI_MEMORY_DESCRIPTOR. */
typedef struct
{
    uint32_t type; /**< an EFI memory type or a BOOT_MEMORY_ value */
    uint32_t reserved;
    uint64_t phys_start;
    uint64_t virt_start; /**< unused */
    uint64_t page_count; /**< 4 KiB pages */
    uint64_t attributes;
} boot_memory_descriptor_t;

/** The firmware's final memory map, taken when boot services ended. */
typedef struct
{
    /** descriptor_size bytes apart (may be more than the struct's size) */
    boot_memory_descriptor_t* descriptors;
    uint64_t count;
    uint64_t descriptor_size;
} boot_memory_map_t;

/** Longest file or directory name in the RAM disk, with its terminator. */
#define BOOT_NAME_MAX 64

/** A file of the RAM disk. */
typedef struct boot_file
{
    char name[BOOT_NAME_MAX];
    void* data; /**< size bytes at the start of a BOOT_MEMORY_RAMDISK page run; NULL when size is 0 */
    uint64_t size;
    struct boot_file* next; /**< next file in the same directory */
} boot_file_t;

/** A directory of the RAM disk. The root's name is empty. */
typedef struct boot_dir
{
    char name[BOOT_NAME_MAX];
    boot_file_t* files;        /**< first file, or NULL */
    struct boot_dir* children; /**< first subdirectory, or NULL */
    struct boot_dir* next;     /**< next subdirectory of the same parent */
} boot_dir_t;

/** Where the kernel was loaded, and its ELF file (for its symbol table). */
typedef struct
{
    uint64_t phys_base; /**< physical address of the lowest loaded page */
    uint64_t virt_base; /**< its link address */
    uint64_t size;      /**< bytes from virt_base to the end of the last segment, page aligned */
    const void* elf;    /**< the whole kernel file */
    uint64_t elf_size;
} boot_kernel_t;

/** Longest kernel command line, with its terminator. */
#define BOOT_CMDLINE_MAX 512

/** Everything the kernel gets from the bootloader. */
typedef struct
{
    uint64_t magic;   /**< BOOT_INFO_MAGIC */
    uint32_t version; /**< BOOT_INFO_VERSION */
    uint32_t size;    /**< sizeof(boot_info_t) */
    boot_framebuffer_t framebuffer;
    boot_memory_map_t memory_map;
    const void* rsdp; /**< the ACPI RSDP (HHDM address), or NULL */
    boot_dir_t* ramdisk; /**< root directory of the RAM disk, or NULL */
    boot_kernel_t kernel;
    char cmdline[BOOT_CMDLINE_MAX]; /**< the kernel command line from the boot config */
} boot_info_t;

#endif

// The firmware's tables, shared by the bootloader's files. gnu-efi is used
// for its headers, its crt0 and its self-relocation code only; calls go
// straight through the protocol pointers (GNU_EFI_USE_MS_ABI).
#ifndef BOOT_EFI_H
#define BOOT_EFI_H 1

#include <efi.h>

extern EFI_HANDLE efi_image;
extern EFI_SYSTEM_TABLE* efi_system;
extern EFI_BOOT_SERVICES* efi_boot;

/** Remember the image handle and system table; stop the watchdog. */
void efi_init(EFI_HANDLE image, EFI_SYSTEM_TABLE* system);

/** Allocate @p size bytes of loader data, zeroed; NULL when out of memory. */
void* efi_alloc(UINTN size);
/** Allocate whole 4 KiB pages of the given memory type, zeroed; 0 on failure. */
EFI_PHYSICAL_ADDRESS efi_alloc_pages(UINTN pages, EFI_MEMORY_TYPE type);
/** Like efi_alloc_pages, but the pages hold whatever they held: for callers that fill them at once. */
EFI_PHYSICAL_ADDRESS efi_alloc_pages_unzeroed(UINTN pages, EFI_MEMORY_TYPE type);

#endif

// Reading files from the volume the bootloader itself was loaded from.
#ifndef BOOT_FILE_H
#define BOOT_FILE_H 1

#include "efi.h"

/** Open the root directory of the boot volume; NULL on failure (reported). */
EFI_FILE_PROTOCOL* file_open_volume(void);

/**
 * Read the whole file at @p path (ASCII, '\' separated) into loader data.
 * @return EFI_SUCCESS, EFI_NOT_FOUND, or another error; on success
 * *data and *size describe the file (a size of 0 gives a non-NULL buffer).
 */
EFI_STATUS file_read_all(EFI_FILE_PROTOCOL* root, const char* path, void** data, UINT64* size);

/** Get the EFI_FILE_INFO of an open file into loader data; NULL on failure. */
EFI_FILE_INFO* file_info(EFI_FILE_PROTOCOL* file);

/** Convert an ASCII path to the firmware's UCS-2 (at most @p max - 1 chars). */
void file_path_to_wide(const char* path, CHAR16* wide, UINTN max);

#endif

// Messages from the bootloader: on the firmware's console, which OVMF and
// most PCs mirror to the serial port as well.
#ifndef BOOT_CONSOLE_H
#define BOOT_CONSOLE_H 1

#include "efi.h"

/** Print a formatted line prefixed with "boot: ". */
void boot_log(const char* fmt, ...) __attribute__((format(printf, 1, 2)));

/**
 * Report a fatal error ("boot: error: ..."), leave it on screen for a while
 * and return @p status, which efi_main hands back to the firmware.
 */
EFI_STATUS boot_fail(EFI_STATUS status, const char* fmt, ...) __attribute__((format(printf, 2, 3)));

#endif

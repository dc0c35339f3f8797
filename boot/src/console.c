#include "console.h"

#include <stdarg.h>
#include <stdio.h>

// How long an error stays on screen before the firmware takes over again.
#define BOOT_FAIL_DELAY_US (10 * 1000 * 1000)

static void console_write(const char* prefix, const char* fmt, va_list args)
{
    char text[512];
    int length = snprintf(text, sizeof(text), "%s", prefix);
    vsnprintf(text + length, sizeof(text) - length, fmt, args);

    // The firmware wants UCS-2 and CR LF line ends.
    CHAR16 wide[sizeof(text) * 2 + 3];
    UINTN out = 0;
    for (const char* c = text; *c != '\0'; c++)
    {
        if (*c == '\n')
        {
            wide[out++] = L'\r';
        }
        wide[out++] = (CHAR16)(unsigned char)*c;
    }
    wide[out++] = L'\r';
    wide[out++] = L'\n';
    wide[out] = 0;
    efi_system->ConOut->OutputString(efi_system->ConOut, wide);
}

void boot_log(const char* fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    console_write("boot: ", fmt, args);
    va_end(args);
}

EFI_STATUS boot_fail(EFI_STATUS status, const char* fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    console_write("boot: error: ", fmt, args);
    va_end(args);
    boot_log("cannot start PatchworkOS; returning to the firmware in %d seconds",
        BOOT_FAIL_DELAY_US / 1000000);
    efi_boot->Stall(BOOT_FAIL_DELAY_US);
    return status;
}

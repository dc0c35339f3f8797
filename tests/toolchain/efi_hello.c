// A gnu-efi application compiled by the cross compiler.
#include <efi.h>
#include <efilib.h>

EFI_STATUS efi_main(EFI_HANDLE image, EFI_SYSTEM_TABLE* system_table)
{
    InitializeLib(image, system_table);
    Print(L"hello from x86_64-patchwork\n");
    return EFI_SUCCESS;
}

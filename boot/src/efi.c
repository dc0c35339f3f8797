#include "efi.h"

#include <string.h>

EFI_HANDLE efi_image;
EFI_SYSTEM_TABLE* efi_system;
EFI_BOOT_SERVICES* efi_boot;

void efi_init(EFI_HANDLE image, EFI_SYSTEM_TABLE* system)
{
    efi_image = image;
    efi_system = system;
    efi_boot = system->BootServices;
    // Firmware resets the machine after 5 minutes in a boot application
    // unless told otherwise; loading a large RAM disk may take a while.
    efi_boot->SetWatchdogTimer(0, 0, 0, NULL);
}

void* efi_alloc(UINTN size)
{
    void* buffer = NULL;
    if (EFI_ERROR(efi_boot->AllocatePool(EfiLoaderData, size, &buffer)))
    {
        return NULL;
    }
    memset(buffer, 0, size);
    return buffer;
}

EFI_PHYSICAL_ADDRESS efi_alloc_pages_unzeroed(UINTN pages, EFI_MEMORY_TYPE type)
{
    EFI_PHYSICAL_ADDRESS address = 0;
    if (EFI_ERROR(efi_boot->AllocatePages(AllocateAnyPages, type, pages, &address)))
    {
        return 0;
    }
    return address;
}

EFI_PHYSICAL_ADDRESS efi_alloc_pages(UINTN pages, EFI_MEMORY_TYPE type)
{
    EFI_PHYSICAL_ADDRESS address = efi_alloc_pages_unzeroed(pages, type);
    if (address != 0)
    {
        memset((void*)address, 0, pages * EFI_PAGE_SIZE);
    }
    return address;
}

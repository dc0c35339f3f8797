#include "handoff.h"

// Room for the descriptors that allocating the map buffer itself adds.
#define HANDOFF_MAP_SLACK 16

static EFI_STATUS handoff_probe(UINTN* size, UINTN* descriptor_size)
{
    UINTN key;
    UINT32 version;
    *size = 0;
    EFI_STATUS status = efi_boot->GetMemoryMap(size, NULL, &key, descriptor_size, &version);
    return status == EFI_BUFFER_TOO_SMALL ? EFI_SUCCESS : status;
}

uint64_t handoff_phys_end(void)
{
    uint64_t end = 4ULL << 30;
    UINTN size;
    UINTN descriptor_size;
    if (EFI_ERROR(handoff_probe(&size, &descriptor_size)))
    {
        return end;
    }
    size += HANDOFF_MAP_SLACK * descriptor_size;
    uint8_t* map = efi_alloc(size);
    UINTN key;
    UINT32 version;
    if (map != NULL && !EFI_ERROR(efi_boot->GetMemoryMap(&size, (EFI_MEMORY_DESCRIPTOR*)map, &key,
                           &descriptor_size, &version)))
    {
        for (UINTN offset = 0; offset < size; offset += descriptor_size)
        {
            EFI_MEMORY_DESCRIPTOR* d = (EFI_MEMORY_DESCRIPTOR*)(map + offset);
            uint64_t top = d->PhysicalStart + d->NumberOfPages * EFI_PAGE_SIZE;
            end = top > end ? top : end;
        }
    }
    if (map != NULL)
    {
        efi_boot->FreePool(map);
    }
    return end;
}

EFI_STATUS handoff(boot_info_t* info, uint64_t pml4, uint64_t entry)
{
    UINTN capacity;
    UINTN descriptor_size;
    EFI_STATUS status = handoff_probe(&capacity, &descriptor_size);
    if (EFI_ERROR(status))
    {
        return status;
    }
    capacity += HANDOFF_MAP_SLACK * descriptor_size;
    uint8_t* map = efi_alloc(capacity);
    if (map == NULL)
    {
        return EFI_OUT_OF_RESOURCES;
    }

    // ExitBootServices fails if the map changed since it was read (the
    // firmware may still be running timers); read it again and retry.
    UINTN size = 0;
    for (int attempt = 0; attempt < 8; attempt++)
    {
        UINTN key;
        UINT32 version;
        size = capacity;
        status = efi_boot->GetMemoryMap(&size, (EFI_MEMORY_DESCRIPTOR*)map, &key, &descriptor_size, &version);
        if (EFI_ERROR(status))
        {
            return status;
        }
        status = efi_boot->ExitBootServices(efi_image, key);
        if (!EFI_ERROR(status))
        {
            break;
        }
    }
    if (EFI_ERROR(status))
    {
        return status;
    }

    // From here on the firmware's services are gone.
    info->memory_map.descriptors = (boot_memory_descriptor_t*)BOOT_PHYS_TO_HHDM(map);
    info->memory_map.count = size / descriptor_size;
    info->memory_map.descriptor_size = descriptor_size;

    uint64_t info_hhdm = BOOT_PHYS_TO_HHDM(info);
    __asm__ volatile("cli\n"
                     "mov %0, %%cr3\n"
                     "mov %1, %%rdi\n"
                     "jmp *%2\n"
                     :
                     : "r"(pml4), "r"(info_hhdm), "r"(entry)
                     : "rdi", "memory");
    __builtin_unreachable();
}

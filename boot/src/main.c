// The PatchworkOS UEFI bootloader: read the boot config, set the screen
// mode, load and check the kernel, load the RAM disk, build the kernel's
// page tables and hand over (see boot/boot_info.h for what the kernel gets).
#include "config.h"
#include "console.h"
#include "efi.h"
#include "file.h"
#include "gop.h"
#include "handoff.h"
#include "kernel_load.h"
#include "paging.h"
#include "ramdisk.h"
#include "rsdp.h"

#include <string.h>

// Called by gnu-efi's crt0 after it has relocated the image.
EFI_STATUS efi_main(EFI_HANDLE image, EFI_SYSTEM_TABLE* system)
{
    efi_init(image, system);
    boot_log("PatchworkOS bootloader");

    EFI_FILE_PROTOCOL* volume = file_open_volume();
    if (volume == NULL)
    {
        return boot_fail(EFI_LOAD_ERROR, "cannot read the boot volume");
    }

    boot_config_t config;
    void* text;
    UINT64 text_size;
    EFI_STATUS status = file_read_all(volume, BOOT_CONFIG_PATH, &text, &text_size);
    if (status == EFI_SUCCESS)
    {
        config_parse(&config, text, text_size);
    }
    else
    {
        boot_log("no %s (status 0x%lx); using defaults", BOOT_CONFIG_PATH, (unsigned long)status);
        config_parse(&config, "", 0);
    }

    boot_info_t* info = efi_alloc(sizeof(boot_info_t));
    if (info == NULL)
    {
        return boot_fail(EFI_OUT_OF_RESOURCES, "out of memory");
    }
    info->magic = BOOT_INFO_MAGIC;
    info->version = BOOT_INFO_VERSION;
    info->size = sizeof(boot_info_t);
    strcpy(info->cmdline, config.cmdline);
    boot_log("command line: '%s'", info->cmdline);

    void* kernel_file;
    UINT64 kernel_size;
    status = file_read_all(volume, config.kernel_path, &kernel_file, &kernel_size);
    if (EFI_ERROR(status))
    {
        return boot_fail(status, "cannot read the kernel %s (status 0x%lx)", config.kernel_path,
            (unsigned long)status);
    }
    char reason[160];
    if (!kernel_validate(kernel_file, kernel_size, reason, sizeof(reason)))
    {
        return boot_fail(EFI_LOAD_ERROR, "bad kernel %s: %s", config.kernel_path, reason);
    }
    kernel_image_t kernel;
    if (!kernel_load(kernel_file, kernel_size, &kernel))
    {
        return boot_fail(EFI_OUT_OF_RESOURCES, "out of memory loading the kernel");
    }
    boot_log("kernel: %s, %lu KiB at 0x%lx, entry 0x%lx", config.kernel_path,
        (unsigned long)(kernel.kernel.size / 1024), (unsigned long)kernel.kernel.phys_base,
        (unsigned long)kernel.entry);

    uint64_t files;
    uint64_t bytes;
    boot_dir_t* ramdisk = ramdisk_load(volume, &files, &bytes);
    if (ramdisk == NULL)
    {
        return boot_fail(EFI_LOAD_ERROR, "cannot load the RAM disk from %s", RAMDISK_PATH);
    }
    boot_log("ramdisk: %lu files, %lu KiB", (unsigned long)files, (unsigned long)(bytes / 1024));

    void* rsdp = rsdp_find();
    if (rsdp == NULL)
    {
        boot_log("no ACPI tables found");
    }

    uint64_t pml4 = paging_build(handoff_phys_end(), &kernel);
    if (pml4 == 0)
    {
        return boot_fail(EFI_OUT_OF_RESOURCES, "out of memory building page tables");
    }

    // The screen mode is set last: changing it clears the firmware console.
    gop_setup(&config, &info->framebuffer);
    boot_log("starting the kernel");

    // Everything the kernel reads goes through the direct map.
    info->rsdp = rsdp != NULL ? (const void*)BOOT_PHYS_TO_HHDM(rsdp) : NULL;
    info->ramdisk = ramdisk_to_hhdm(ramdisk);
    info->kernel = kernel.kernel;
    info->kernel.elf = (const void*)BOOT_PHYS_TO_HHDM(kernel.kernel.elf);
    status = handoff(info, pml4, kernel.entry);
    // Boot services may be gone: no message is possible, only the status.
    return status;
}

#include "boot.h"

#include <kernel/mem/heap.h>
#include <kernel/panic/panic.h>

#include <string.h>

// UEFI memory types that are free once boot services have ended.
#define EFI_LOADER_CODE 1
#define EFI_BOOT_SERVICES_CODE 3
#define EFI_BOOT_SERVICES_DATA 4
#define EFI_CONVENTIONAL_MEMORY 7

const boot_info_t* boot_info;
static boot_info_t kept;

void boot_check(const boot_info_t* info)
{
    if (info == NULL || info->magic != BOOT_INFO_MAGIC)
    {
        panic("boot: no valid boot_info_t (at %p); was the kernel started by the PatchworkOS bootloader?",
            (const void*)info);
    }
    if (info->version != BOOT_INFO_VERSION || info->size != sizeof(boot_info_t))
    {
        panic("boot: bootloader and kernel disagree on boot_info_t (version %u size %u, expected %u and %lu); "
              "rebuild both",
            info->version, info->size, BOOT_INFO_VERSION, (unsigned long)sizeof(boot_info_t));
    }
    boot_info = info;
}

uint64_t boot_usable_memory(const boot_info_t* info)
{
    uint64_t total = 0;
    const uint8_t* entry = (const uint8_t*)info->memory_map.descriptors;
    for (uint64_t i = 0; i < info->memory_map.count; i++, entry += info->memory_map.descriptor_size)
    {
        const boot_memory_descriptor_t* d = (const boot_memory_descriptor_t*)entry;
        if (d->type == EFI_CONVENTIONAL_MEMORY || d->type == EFI_BOOT_SERVICES_CODE ||
            d->type == EFI_BOOT_SERVICES_DATA || d->type == EFI_LOADER_CODE)
        {
            total += d->page_count * 4096;
        }
    }
    return total;
}

const boot_file_t* boot_ramdisk_find(const boot_info_t* info, const char* path)
{
    const boot_dir_t* dir = info->ramdisk;
    while (dir != NULL)
    {
        size_t length = strcspn(path, "/");
        if (path[length] == '\0')
        {
            for (const boot_file_t* file = dir->files; file != NULL; file = file->next)
            {
                if (strcmp(file->name, path) == 0)
                {
                    return file;
                }
            }
            return NULL;
        }
        const boot_dir_t* child = dir->children;
        while (child != NULL && (strlen(child->name) != length || strncmp(child->name, path, length) != 0))
        {
            child = child->next;
        }
        dir = child;
        path += length + 1;
    }
    return NULL;
}

static void* boot_copy(const void* source, uint64_t size)
{
    // One spare byte: kmalloc(0) has no block to give.
    void* copy = kmalloc(size + 1);
    if (copy == NULL)
    {
        panic("boot: out of memory keeping the boot data (%lu bytes)", (unsigned long)size);
    }
    memcpy(copy, source, size);
    return copy;
}

// The records only: each file's bytes stay in their BOOT_MEMORY_RAMDISK
// pages, which are never reclaimed, until home: takes them (ramfs_init).
static boot_dir_t* boot_copy_dir(const boot_dir_t* dir)
{
    boot_dir_t* copy = boot_copy(dir, sizeof(*dir));
    boot_file_t** file_link = &copy->files;
    for (const boot_file_t* file = dir->files; file != NULL; file = file->next)
    {
        boot_file_t* file_copy = boot_copy(file, sizeof(*file));
        *file_link = file_copy;
        file_link = &file_copy->next;
    }
    *file_link = NULL;
    boot_dir_t** child_link = &copy->children;
    for (const boot_dir_t* child = dir->children; child != NULL; child = child->next)
    {
        *child_link = boot_copy_dir(child);
        child_link = &(*child_link)->next;
    }
    *child_link = NULL;
    return copy;
}

void boot_take_over(void)
{
    kept = *boot_info;
    kept.memory_map.descriptors =
        boot_copy(boot_info->memory_map.descriptors, boot_info->memory_map.count * boot_info->memory_map.descriptor_size);
    kept.ramdisk = boot_info->ramdisk != NULL ? boot_copy_dir(boot_info->ramdisk) : NULL;
    kept.kernel.elf = NULL;
    kept.kernel.elf_size = 0;
    boot_info = &kept;
}

#include "ramdisk.h"

#include "console.h"
#include "file.h"

#include <string.h>

typedef struct
{
    uint64_t files;
    uint64_t bytes;
} ramdisk_totals_t;

// UCS-2 file name to ASCII; 0 if it does not fit or is not ASCII.
static int ramdisk_name(const CHAR16* wide, char* name)
{
    size_t i = 0;
    for (; wide[i] != 0; i++)
    {
        if (i + 1 >= BOOT_NAME_MAX || wide[i] > 0x7E || wide[i] < 0x20)
        {
            return 0;
        }
        name[i] = (char)wide[i];
    }
    name[i] = '\0';
    return 1;
}

// Read the next directory entry into *buffer (grown as needed); *size is 0
// at the end of the directory.
static EFI_STATUS ramdisk_next_entry(EFI_FILE_PROTOCOL* dir, EFI_FILE_INFO** buffer, UINTN* capacity, UINTN* size)
{
    *size = *capacity;
    EFI_STATUS status = dir->Read(dir, size, *buffer);
    if (status == EFI_BUFFER_TOO_SMALL)
    {
        efi_boot->FreePool(*buffer);
        *capacity = *size;
        *buffer = efi_alloc(*capacity);
        if (*buffer == NULL)
        {
            return EFI_OUT_OF_RESOURCES;
        }
        status = dir->Read(dir, size, *buffer);
    }
    return status;
}

static EFI_STATUS ramdisk_load_file(EFI_FILE_PROTOCOL* dir, const CHAR16* wide_name, boot_file_t* file)
{
    EFI_FILE_PROTOCOL* handle;
    EFI_STATUS status = dir->Open(dir, &handle, (CHAR16*)wide_name, EFI_FILE_MODE_READ, 0);
    if (EFI_ERROR(status))
    {
        return status;
    }
    // Pages of the file's own, which the kernel keeps as the file's bytes
    // (BOOT_MEMORY_RAMDISK). Only the tail past the size is zeroed: the
    // read fills the rest, and zeroing the whole of a 27 MB game file
    // first would cost as much again.
    UINTN pages = (file->size + EFI_PAGE_SIZE - 1) / EFI_PAGE_SIZE;
    file->data = NULL;
    if (pages == 0)
    {
        handle->Close(handle);
        return EFI_SUCCESS;
    }
    file->data = (void*)efi_alloc_pages_unzeroed(pages, (EFI_MEMORY_TYPE)BOOT_MEMORY_RAMDISK);
    if (file->data == NULL)
    {
        handle->Close(handle);
        return EFI_OUT_OF_RESOURCES;
    }
    memset((uint8_t*)file->data + file->size, 0, pages * EFI_PAGE_SIZE - file->size);
    UINTN read = file->size;
    status = handle->Read(handle, &read, file->data);
    handle->Close(handle);
    if (!EFI_ERROR(status) && read != file->size)
    {
        status = EFI_END_OF_FILE;
    }
    return status;
}

static EFI_STATUS ramdisk_load_dir(EFI_FILE_PROTOCOL* handle, boot_dir_t* dir, ramdisk_totals_t* totals)
{
    UINTN capacity = SIZE_OF_EFI_FILE_INFO + 256 * sizeof(CHAR16);
    EFI_FILE_INFO* info = efi_alloc(capacity);
    if (info == NULL)
    {
        return EFI_OUT_OF_RESOURCES;
    }
    EFI_STATUS status;
    for (;;)
    {
        UINTN size;
        status = ramdisk_next_entry(handle, &info, &capacity, &size);
        if (EFI_ERROR(status) || size == 0)
        {
            break;
        }
        char name[BOOT_NAME_MAX];
        if (!ramdisk_name(info->FileName, name))
        {
            boot_log("ramdisk: skipping a file whose name is not short printable ASCII");
            continue;
        }
        if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0)
        {
            continue;
        }
        if (info->Attribute & EFI_FILE_DIRECTORY)
        {
            boot_dir_t* child = efi_alloc(sizeof(boot_dir_t));
            EFI_FILE_PROTOCOL* child_handle;
            if (child == NULL)
            {
                status = EFI_OUT_OF_RESOURCES;
                break;
            }
            strcpy(child->name, name);
            status = handle->Open(handle, &child_handle, info->FileName, EFI_FILE_MODE_READ, 0);
            if (EFI_ERROR(status))
            {
                break;
            }
            status = ramdisk_load_dir(child_handle, child, totals);
            child_handle->Close(child_handle);
            if (EFI_ERROR(status))
            {
                break;
            }
            child->next = dir->children;
            dir->children = child;
        }
        else
        {
            boot_file_t* file = efi_alloc(sizeof(boot_file_t));
            if (file == NULL)
            {
                status = EFI_OUT_OF_RESOURCES;
                break;
            }
            strcpy(file->name, name);
            file->size = info->FileSize;
            status = ramdisk_load_file(handle, info->FileName, file);
            if (EFI_ERROR(status))
            {
                boot_log("ramdisk: cannot read '%s' (status 0x%lx)", name, (unsigned long)status);
                break;
            }
            file->next = dir->files;
            dir->files = file;
            totals->files++;
            totals->bytes += file->size;
        }
    }
    efi_boot->FreePool(info);
    return status;
}

boot_dir_t* ramdisk_load(EFI_FILE_PROTOCOL* volume, uint64_t* file_count, uint64_t* byte_count)
{
    boot_dir_t* root = efi_alloc(sizeof(boot_dir_t));
    if (root == NULL)
    {
        return NULL;
    }
    CHAR16 path[32];
    file_path_to_wide(RAMDISK_PATH, path, sizeof(path) / sizeof(path[0]));
    EFI_FILE_PROTOCOL* handle;
    ramdisk_totals_t totals = {0, 0};
    if (!EFI_ERROR(volume->Open(volume, &handle, path, EFI_FILE_MODE_READ, 0)))
    {
        EFI_STATUS status = ramdisk_load_dir(handle, root, &totals);
        handle->Close(handle);
        if (EFI_ERROR(status))
        {
            boot_log("ramdisk: loading %s failed (status 0x%lx)", RAMDISK_PATH, (unsigned long)status);
            return NULL;
        }
    }
    else
    {
        boot_log("ramdisk: no %s folder; the RAM disk is empty", RAMDISK_PATH);
    }
    *file_count = totals.files;
    *byte_count = totals.bytes;
    return root;
}

#define HHDM(pointer) ((pointer) == NULL ? NULL : (void*)BOOT_PHYS_TO_HHDM(pointer))

boot_dir_t* ramdisk_to_hhdm(boot_dir_t* dir)
{
    // Each pointer is followed before it is rewritten.
    boot_file_t* file = dir->files;
    while (file != NULL)
    {
        boot_file_t* next = file->next;
        file->data = HHDM(file->data);
        file->next = HHDM(file->next);
        file = next;
    }
    dir->files = HHDM(dir->files);
    boot_dir_t* child = dir->children;
    while (child != NULL)
    {
        boot_dir_t* next = child->next;
        ramdisk_to_hhdm(child);
        child->next = HHDM(child->next);
        child = next;
    }
    dir->children = HHDM(dir->children);
    return HHDM(dir);
}

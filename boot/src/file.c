#include "file.h"

#include "console.h"

EFI_FILE_PROTOCOL* file_open_volume(void)
{
    EFI_GUID loaded_image_guid = EFI_LOADED_IMAGE_PROTOCOL_GUID;
    EFI_GUID file_system_guid = EFI_SIMPLE_FILE_SYSTEM_PROTOCOL_GUID;
    EFI_LOADED_IMAGE* loaded_image;
    EFI_SIMPLE_FILE_SYSTEM_PROTOCOL* file_system;
    EFI_FILE_PROTOCOL* root;

    EFI_STATUS status = efi_boot->HandleProtocol(efi_image, &loaded_image_guid, (void**)&loaded_image);
    if (EFI_ERROR(status))
    {
        boot_log("no loaded-image protocol (status %lu)", (unsigned long)status);
        return NULL;
    }
    status = efi_boot->HandleProtocol(loaded_image->DeviceHandle, &file_system_guid, (void**)&file_system);
    if (EFI_ERROR(status))
    {
        boot_log("the boot device has no file system (status %lu)", (unsigned long)status);
        return NULL;
    }
    status = file_system->OpenVolume(file_system, &root);
    if (EFI_ERROR(status))
    {
        boot_log("cannot open the boot volume (status %lu)", (unsigned long)status);
        return NULL;
    }
    return root;
}

void file_path_to_wide(const char* path, CHAR16* wide, UINTN max)
{
    UINTN i = 0;
    for (; path[i] != '\0' && i + 1 < max; i++)
    {
        wide[i] = path[i] == '/' ? L'\\' : (CHAR16)(unsigned char)path[i];
    }
    wide[i] = 0;
}

EFI_FILE_INFO* file_info(EFI_FILE_PROTOCOL* file)
{
    EFI_GUID info_guid = EFI_FILE_INFO_ID;
    UINTN size = 0;
    EFI_FILE_INFO* info = NULL;
    // The first call reports the size the variable-length name needs.
    EFI_STATUS status = file->GetInfo(file, &info_guid, &size, NULL);
    if (status != EFI_BUFFER_TOO_SMALL || (info = efi_alloc(size)) == NULL)
    {
        return NULL;
    }
    if (EFI_ERROR(file->GetInfo(file, &info_guid, &size, info)))
    {
        efi_boot->FreePool(info);
        return NULL;
    }
    return info;
}

EFI_STATUS file_read_all(EFI_FILE_PROTOCOL* root, const char* path, void** data, UINT64* size)
{
    CHAR16 wide[256];
    file_path_to_wide(path, wide, sizeof(wide) / sizeof(wide[0]));

    EFI_FILE_PROTOCOL* file;
    EFI_STATUS status = root->Open(root, &file, wide, EFI_FILE_MODE_READ, 0);
    if (EFI_ERROR(status))
    {
        return status;
    }
    EFI_FILE_INFO* info = file_info(file);
    if (info == NULL)
    {
        file->Close(file);
        return EFI_DEVICE_ERROR;
    }
    UINT64 file_size = info->FileSize;
    efi_boot->FreePool(info);

    // One spare byte so an empty file still gets a buffer.
    void* buffer = efi_alloc(file_size + 1);
    if (buffer == NULL)
    {
        file->Close(file);
        return EFI_OUT_OF_RESOURCES;
    }
    UINTN read = file_size;
    status = file->Read(file, &read, buffer);
    file->Close(file);
    if (EFI_ERROR(status) || read != file_size)
    {
        efi_boot->FreePool(buffer);
        return EFI_ERROR(status) ? status : EFI_END_OF_FILE;
    }
    *data = buffer;
    *size = file_size;
    return EFI_SUCCESS;
}

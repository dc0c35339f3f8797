#include "gop.h"

#include "console.h"

static int gop_format_usable(const EFI_GRAPHICS_OUTPUT_MODE_INFORMATION* info)
{
    return info->PixelFormat == PixelBlueGreenRedReserved8BitPerColor ||
        info->PixelFormat == PixelRedGreenBlueReserved8BitPerColor;
}

// The mode to use: an exact match for the configured size, otherwise the
// largest usable mode within the automatic limit; -1 if none is usable.
static INT64 gop_choose(EFI_GRAPHICS_OUTPUT_PROTOCOL* gop, const boot_config_t* config)
{
    INT64 best = -1;
    UINT64 best_pixels = 0;
    for (UINT32 mode = 0; mode < gop->Mode->MaxMode; mode++)
    {
        EFI_GRAPHICS_OUTPUT_MODE_INFORMATION* info;
        UINTN size;
        if (EFI_ERROR(gop->QueryMode(gop, mode, &size, &info)))
        {
            continue;
        }
        UINT32 width = info->HorizontalResolution;
        UINT32 height = info->VerticalResolution;
        int usable = gop_format_usable(info);
        efi_boot->FreePool(info);
        if (!usable)
        {
            continue;
        }
        if (config->mode_width != 0 && width == config->mode_width && height == config->mode_height)
        {
            return mode;
        }
        UINT64 pixels = (UINT64)width * height;
        if (width <= GOP_AUTO_MAX_WIDTH && height <= GOP_AUTO_MAX_HEIGHT && pixels > best_pixels)
        {
            best = mode;
            best_pixels = pixels;
        }
    }
    if (config->mode_width != 0)
    {
        boot_log("screen: no %ux%u mode; choosing automatically", config->mode_width, config->mode_height);
    }
    return best;
}

void gop_setup(const boot_config_t* config, boot_framebuffer_t* framebuffer)
{
    EFI_GUID gop_guid = EFI_GRAPHICS_OUTPUT_PROTOCOL_GUID;
    EFI_GRAPHICS_OUTPUT_PROTOCOL* gop;
    framebuffer->base = NULL;
    if (EFI_ERROR(efi_boot->LocateProtocol(&gop_guid, NULL, (void**)&gop)))
    {
        boot_log("screen: no graphics output; serial console only");
        return;
    }
    INT64 mode = gop_choose(gop, config);
    if (mode < 0)
    {
        boot_log("screen: no mode with a linear 32-bit framebuffer; serial console only");
        return;
    }
    if ((UINT32)mode != gop->Mode->Mode && EFI_ERROR(gop->SetMode(gop, (UINT32)mode)))
    {
        boot_log("screen: cannot set mode %ld; serial console only", (long)mode);
        return;
    }
    EFI_GRAPHICS_OUTPUT_MODE_INFORMATION* info = gop->Mode->Info;
    framebuffer->phys_base = gop->Mode->FrameBufferBase;
    framebuffer->base = (uint32_t*)BOOT_PHYS_TO_HHDM(gop->Mode->FrameBufferBase);
    framebuffer->size = gop->Mode->FrameBufferSize;
    framebuffer->width = info->HorizontalResolution;
    framebuffer->height = info->VerticalResolution;
    framebuffer->stride = info->PixelsPerScanLine;
    framebuffer->format =
        info->PixelFormat == PixelBlueGreenRedReserved8BitPerColor ? BOOT_PIXEL_BGRX : BOOT_PIXEL_RGBX;
    boot_log("screen: %ux%u, framebuffer at 0x%lx", framebuffer->width, framebuffer->height,
        (unsigned long)framebuffer->phys_base);
}

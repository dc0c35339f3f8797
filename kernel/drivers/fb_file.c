// sys:/fb/0/: the boot framebuffer as files.
//   info    "width W\nheight H\nstride S\nformat bgrx|rgbx\n" (stride in pixels)
//   buffer  the pixels, 4 bytes each, stride * height of them: read, write
//           and seek like a file, or mmap it (the desktop does).
#include "fb_file.h"

#include <kernel/log/log.h>
#include <kernel/mem/pmm.h>
#include <kernel/mem/vmm.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>

static boot_framebuffer_t framebuffer;

static uint64_t fb_size(void)
{
    return (uint64_t)framebuffer.stride * framebuffer.height * sizeof(uint32_t);
}

static ssize_t fb_info_read(file_t* file, void* buffer, size_t count)
{
    char text[128];
    int length = snprintf(text, sizeof(text), "width %u\nheight %u\nstride %u\nformat %s\n", framebuffer.width,
        framebuffer.height, framebuffer.stride, framebuffer.format == BOOT_PIXEL_RGBX ? "rgbx" : "bgrx");
    return file_read_text(file, buffer, count, text, (size_t)length);
}

static ssize_t fb_buffer_read(file_t* file, void* buffer, size_t count)
{
    uint64_t size = fb_size();
    if (file->offset >= size)
    {
        return 0;
    }
    count = count < size - file->offset ? count : size - file->offset;
    memcpy(buffer, (uint8_t*)framebuffer.base + file->offset, count);
    file->offset += count;
    return (ssize_t)count;
}

static ssize_t fb_buffer_write(file_t* file, const void* buffer, size_t count)
{
    uint64_t size = fb_size();
    if (file->offset >= size)
    {
        return -ENOSPC;
    }
    count = count < size - file->offset ? count : size - file->offset;
    memcpy((uint8_t*)framebuffer.base + file->offset, buffer, count);
    file->offset += count;
    return (ssize_t)count;
}

static int64_t fb_buffer_seek(file_t* file, int64_t offset, int origin)
{
    int64_t base = origin == SEEK_SET ? 0 : origin == SEEK_CUR ? (int64_t)file->offset
                 : origin == SEEK_END ? (int64_t)fb_size() : -1;
    if (base < 0 || base + offset < 0)
    {
        return -EINVAL;
    }
    file->offset = (uint64_t)(base + offset);
    return (int64_t)file->offset;
}

static int64_t fb_buffer_mmap(file_t* file, space_t* space, uint64_t pages, uint32_t flags)
{
    (void)file;
    if (pages > PAGES(fb_size()))
    {
        return -EINVAL;
    }
    uint64_t virt = vmm_find_free(space, pages);
    if (virt == 0)
    {
        return -ENOMEM;
    }
    int result = vmm_map(space, virt, framebuffer.phys_base, pages, flags, 0);
    return result != 0 ? result : (int64_t)virt;
}

static const file_ops_t fb_info_ops = {.read = fb_info_read};
static const file_ops_t fb_buffer_ops = {
    .read = fb_buffer_read, .write = fb_buffer_write, .seek = fb_buffer_seek, .mmap = fb_buffer_mmap};

static const sysdev_file_t fb_files[] = {{"info", &fb_info_ops}, {"buffer", &fb_buffer_ops}};

static int fb_gen(const sysdev_qid_t* dir, uint64_t index, sysdev_entry_t* entry)
{
    (void)dir; // the device's one directory
    return sysdev_gen_files(fb_files, sizeof(fb_files) / sizeof(fb_files[0]), 0, index, entry);
}

static bool fb_present(void)
{
    return framebuffer.base != NULL;
}

const sysdev_t fb_device = {.path = "fb/0", .gen = fb_gen, .present = fb_present};

void fb_file_init(const boot_framebuffer_t* boot_framebuffer)
{
    framebuffer = *boot_framebuffer;
    if (framebuffer.base == NULL)
    {
        log_info("fb: no framebuffer; no sys:/fb");
    }
}

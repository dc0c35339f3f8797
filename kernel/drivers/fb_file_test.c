#include <kernel/fs/vfs.h>
#include <kernel/init/boot.h>
#include <kernel/test/ktest.h>

#include <stdio.h>
#include <string.h>

KTEST(fb, info_matches_the_boot_framebuffer)
{
    const boot_framebuffer_t* framebuffer = &boot_info->framebuffer;
    file_t* file;
    KTEST_ASSERT_EQ(vfs_open(NULL, "sys:/fb/0/info", &file), 0);
    char text[128] = {0};
    ssize_t length = file_read(file, text, sizeof(text) - 1);
    file_put(file);
    char expected[128];
    snprintf(expected, sizeof(expected), "width %u\nheight %u\nstride %u\n", framebuffer->width, framebuffer->height,
        framebuffer->stride);
    KTEST_ASSERT(length > 0);
    KTEST_ASSERT(strncmp(text, expected, strlen(expected)) == 0);
}

KTEST(fb, buffer_writes_reach_the_screen)
{
    const boot_framebuffer_t* framebuffer = &boot_info->framebuffer;
    file_t* file;
    KTEST_ASSERT_EQ(vfs_open(NULL, "sys:/fb/0/buffer", &file), 0);
    // The last pixel: far from the console's text at the top.
    uint64_t last = (uint64_t)framebuffer->stride * framebuffer->height - 1;
    uint32_t saved = framebuffer->base[last];
    uint32_t pixel = 0x00ABCDEF;
    int64_t at = file_seek(file, -4, SEEK_END);
    ssize_t written = file_write(file, &pixel, sizeof(pixel));
    uint32_t on_screen = framebuffer->base[last];
    uint32_t read_back = 0;
    file_seek(file, (int64_t)last * 4, SEEK_SET);
    ssize_t read = file_read(file, &read_back, sizeof(read_back));
    ssize_t past_end = file_write(file, &pixel, sizeof(pixel));
    framebuffer->base[last] = saved;
    file_put(file);
    KTEST_ASSERT_EQ(at, last * 4);
    KTEST_ASSERT_EQ(written, 4);
    KTEST_ASSERT_EQ(on_screen, pixel);
    KTEST_ASSERT_EQ(read, 4);
    KTEST_ASSERT_EQ(read_back, pixel);
    KTEST_ASSERT(past_end < 0);
}

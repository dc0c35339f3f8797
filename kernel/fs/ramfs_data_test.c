// A ramfs file's page store (ramfs_data.c) through the VFS: holes,
// writes across page boundaries, a cut page that grows again, and a
// write when memory is short. Suite "ramfs", in a directory of its own.
#include "fs_test_helpers.h"
#include "ramfs_node.h"
#include "vfs.h"

#include <kernel/mem/pmm.h>
#include <kernel/test/ktest.h>

#include <errno.h>
#include <string.h>

#define DIR_PATH "home:/ktest-ramfs-data"

static bool all_bytes(const uint8_t* bytes, size_t count, uint8_t value)
{
    for (size_t i = 0; i < count; i++)
    {
        if (bytes[i] != value)
        {
            return false;
        }
    }
    return true;
}

// A write far past the end takes a page for what it writes, not for the
// hole before it, which reads as zeroes.
static void hole_takes_no_pages(ktest_result_t* ktest_result)
{
    static uint8_t buffer[4096];
    file_t* file;
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/sparse?create", &file), 0);
    uint64_t before = pmm_free_count();
    int64_t sought = file_seek(file, (1 << 20) + 10, SEEK_SET);
    ssize_t wrote = file_write(file, "x", 1);
    uint64_t after = pmm_free_count();
    stat_t info;
    file_stat(file, &info);
    memset(buffer, 0xEE, sizeof(buffer));
    file_seek(file, 512 << 10, SEEK_SET);
    ssize_t hole = file_read(file, buffer, sizeof(buffer));
    bool zero = all_bytes(buffer, sizeof(buffer), 0);
    file_seek(file, (1 << 20) + 8, SEEK_SET);
    ssize_t tail = file_read(file, buffer, sizeof(buffer));
    file_put(file);
    KTEST_ASSERT_EQ(sought, (1 << 20) + 10);
    KTEST_ASSERT_EQ(wrote, 1);
    KTEST_ASSERT(before - after < 8); // one page, and the slot array's heap room
    KTEST_ASSERT_EQ(info.size, (1 << 20) + 11);
    KTEST_ASSERT_EQ(hole, 4096);
    KTEST_ASSERT(zero);
    KTEST_ASSERT_EQ(tail, 3);
    KTEST_ASSERT(memcmp(buffer, "\0\0x", 3) == 0);
}

KTEST(ramfs, hole_takes_no_pages)
{
    fs_test_in_dir(ktest_result, DIR_PATH, hole_takes_no_pages);
}

// One write that starts 6 bytes before a page's end and spans two more.
static void write_across_pages(ktest_result_t* ktest_result)
{
    static uint8_t pattern[10000];
    static uint8_t back[16384];
    for (size_t i = 0; i < sizeof(pattern); i++)
    {
        pattern[i] = (uint8_t)(i * 7 + 1);
    }
    file_t* file;
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/across?create", &file), 0);
    file_seek(file, 4090, SEEK_SET);
    ssize_t wrote = file_write(file, pattern, sizeof(pattern));
    file_seek(file, 0, SEEK_SET);
    memset(back, 0xEE, sizeof(back));
    ssize_t got = file_read(file, back, sizeof(back));
    file_put(file);
    KTEST_ASSERT_EQ(wrote, (ssize_t)sizeof(pattern));
    KTEST_ASSERT_EQ(got, 4090 + (ssize_t)sizeof(pattern));
    KTEST_ASSERT(all_bytes(back, 4090, 0));
    KTEST_ASSERT(memcmp(back + 4090, pattern, sizeof(pattern)) == 0);
}

KTEST(ramfs, write_across_pages)
{
    fs_test_in_dir(ktest_result, DIR_PATH, write_across_pages);
}

// Bytes cut off in the middle of a page read as zero when the file
// grows again, by truncate or by a write past the end.
static void cut_page_grows_back_zeroed(ktest_result_t* ktest_result)
{
    static uint8_t full[8192];
    static uint8_t back[12288];
    memset(full, 0xFF, sizeof(full));
    file_t* file;
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/cut?create", &file), 0);
    ssize_t wrote = file_write(file, full, sizeof(full));
    int cut = file_truncate(file, 5000);
    int grown = file_truncate(file, 8192);
    file_seek(file, 10000, SEEK_SET);
    ssize_t past = file_write(file, "y", 1);
    file_seek(file, 0, SEEK_SET);
    ssize_t got = file_read(file, back, sizeof(back));
    file_put(file);
    KTEST_ASSERT_EQ(wrote, 8192);
    KTEST_ASSERT_EQ(cut, 0);
    KTEST_ASSERT_EQ(grown, 0);
    KTEST_ASSERT_EQ(past, 1);
    KTEST_ASSERT_EQ(got, 10001);
    KTEST_ASSERT(all_bytes(back, 5000, 0xFF));
    KTEST_ASSERT(all_bytes(back + 5000, 10000 - 5000, 0));
    KTEST_ASSERT_EQ(back[10000], 'y');
}

KTEST(ramfs, cut_page_grows_back_zeroed)
{
    fs_test_in_dir(ktest_result, DIR_PATH, cut_page_grows_back_zeroed);
}

// With every free page but a few promised elsewhere, a write that needs
// more fails with -ENOSPC and leaves the file as it was.
static void full_memory_write_fails_whole(ktest_result_t* ktest_result)
{
    static uint8_t piece[64 << 10];
    memset(piece, 0x11, sizeof(piece));
    file_t* file;
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/full?create", &file), 0);
    ssize_t first = file_write(file, "abc", 3);
    pmm_stats_t stats = pmm_stats();
    uint64_t spare = stats.free - stats.committed - PMM_KERNEL_RESERVE_PAGES;
    bool held = spare > 4 && pmm_commit(spare - 4);
    ssize_t refused = held ? file_write(file, piece, sizeof(piece)) : 0;
    if (held)
    {
        pmm_uncommit(spare - 4);
    }
    stat_t info;
    file_stat(file, &info);
    ssize_t later = file_write(file, piece, sizeof(piece));
    file_put(file);
    KTEST_ASSERT_EQ(first, 3);
    KTEST_ASSERT(held);
    KTEST_ASSERT_EQ(refused, -ENOSPC);
    KTEST_ASSERT_EQ(info.size, 3);
    KTEST_ASSERT_EQ(later, (ssize_t)sizeof(piece));
}

KTEST(ramfs, full_memory_write_fails_whole)
{
    fs_test_in_dir(ktest_result, DIR_PATH, full_memory_write_fails_whole);
}

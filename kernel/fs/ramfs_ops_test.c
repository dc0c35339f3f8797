// ramfs through the VFS, the operations the POSIX layer rests on: the excl
// open flag, rename, truncate and fstat (file_stat). Suite "ramfs", in a
// directory of its own (fs_test_in_dir).
#include "fs_test_helpers.h"
#include "ramfs_node.h"
#include "vfs.h"

#include <kernel/mem/pmm.h>
#include <kernel/test/ktest.h>

#include <errno.h>
#include <string.h>

#define DIR_PATH "home:/ktest-ramfs-ops"

static void excl_create(ktest_result_t* ktest_result)
{
    file_t* file;
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/f?excl", &file), -EINVAL);
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/f?create&excl", &file), 0);
    KTEST_ASSERT_EQ(file_write(file, "abc", 3), 3);
    file_put(file);
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/f?create&excl", &file), -EEXIST);
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/f?create&excl&trunc", &file), -EEXIST);
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/f?excl", &file), -EINVAL);
    char text[8];
    KTEST_ASSERT_EQ(fs_test_read(DIR_PATH "/f", text, sizeof(text)), 3); // untouched
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "?create&excl&dir", &file), -EEXIST);
    KTEST_ASSERT_EQ(vfs_open(NULL, "sys:/?create&excl&dir", &file), -EEXIST);
}

KTEST(ramfs, excl_create)
{
    fs_test_in_dir(ktest_result, DIR_PATH, excl_create);
}

static void rename_files(ktest_result_t* ktest_result)
{
    KTEST_ASSERT_EQ(fs_test_write(DIR_PATH "/a", "alpha"), 5);
    KTEST_ASSERT_EQ(fs_test_write(DIR_PATH "/b", "beta"), 4);
    file_t* old_b;
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/b", &old_b), 0);
    int result = vfs_rename(NULL, DIR_PATH "/a", DIR_PATH "/b");
    char text[8] = {0};
    ssize_t got = file_read(old_b, text, sizeof(text) - 1);
    file_put(old_b);
    KTEST_ASSERT_EQ(result, 0);
    KTEST_ASSERT_EQ(got, 4); // the replaced file lives on while open
    KTEST_ASSERT(strcmp(text, "beta") == 0);
    stat_t info;
    KTEST_ASSERT_EQ(vfs_stat(NULL, DIR_PATH "/a", &info), -ENOENT);
    KTEST_ASSERT_EQ(fs_test_read(DIR_PATH "/b", text, sizeof(text)), 5);
    KTEST_ASSERT(strcmp(text, "alpha") == 0);
    KTEST_ASSERT_EQ(vfs_rename(NULL, DIR_PATH "/b", DIR_PATH "/b"), 0);
    KTEST_ASSERT_EQ(vfs_stat(NULL, DIR_PATH "/b", &info), 0);
    KTEST_ASSERT_EQ(vfs_rename(NULL, DIR_PATH "/a", DIR_PATH "/a"), -ENOENT);
    KTEST_ASSERT_EQ(vfs_rename(NULL, DIR_PATH "/b", "sys:/b"), -EXDEV);
    KTEST_ASSERT_EQ(vfs_rename(NULL, "sys:/console", "sys:/c"), -EPERM);
    KTEST_ASSERT_EQ(vfs_rename(NULL, DIR_PATH "/b?trunc", DIR_PATH "/c"), -EINVAL);
    KTEST_ASSERT_EQ(vfs_rename(NULL, "b", DIR_PATH "/c"), -EINVAL); // relative without a cwd
    // Relative to a working directory.
    KTEST_ASSERT_EQ(vfs_rename(DIR_PATH, "b", "c"), 0);
    KTEST_ASSERT_EQ(vfs_stat(NULL, DIR_PATH "/c", &info), 0);
    KTEST_ASSERT(strcmp(info.name, "c") == 0);
}

KTEST(ramfs, rename_files)
{
    fs_test_in_dir(ktest_result, DIR_PATH, rename_files);
}

static void rename_directories(ktest_result_t* ktest_result)
{
    KTEST_ASSERT_EQ(vfs_mkdir(NULL, DIR_PATH "/d"), 0);
    KTEST_ASSERT_EQ(vfs_mkdir(NULL, DIR_PATH "/d/e"), 0);
    KTEST_ASSERT_EQ(fs_test_write(DIR_PATH "/d/e/f", "x"), 1);
    KTEST_ASSERT_EQ(fs_test_write(DIR_PATH "/file", "y"), 1);
    KTEST_ASSERT_EQ(vfs_mkdir(NULL, DIR_PATH "/empty"), 0);
    KTEST_ASSERT_EQ(vfs_rename(NULL, DIR_PATH "/d", DIR_PATH "/d/e/g"), -EINVAL);
    KTEST_ASSERT_EQ(vfs_rename(NULL, DIR_PATH "/d", DIR_PATH "/d/g"), -EINVAL);
    KTEST_ASSERT_EQ(vfs_rename(NULL, DIR_PATH "/d/e", DIR_PATH "/d"), -ENOTEMPTY);
    KTEST_ASSERT_EQ(vfs_rename(NULL, DIR_PATH "/d", DIR_PATH "/file"), -ENOTDIR);
    KTEST_ASSERT_EQ(vfs_rename(NULL, DIR_PATH "/file", DIR_PATH "/d"), -EISDIR);
    KTEST_ASSERT_EQ(vfs_rename(NULL, DIR_PATH "/file", DIR_PATH "/file/x"), -ENOTDIR);
    KTEST_ASSERT_EQ(vfs_rename(NULL, "home:/", DIR_PATH "/root"), -EBUSY);
    KTEST_ASSERT_EQ(vfs_rename(NULL, DIR_PATH "/empty", "home:/"), -EBUSY);
    KTEST_ASSERT_EQ(vfs_rename(NULL, DIR_PATH "/d", DIR_PATH "/empty"), 0);
    // One level up and down again: a move that is not into its own subtree.
    KTEST_ASSERT_EQ(vfs_rename(NULL, DIR_PATH "/empty/e", DIR_PATH "/e"), 0);
    KTEST_ASSERT_EQ(vfs_rename(NULL, DIR_PATH "/e", DIR_PATH "/empty/e2"), 0);
    char text[4];
    KTEST_ASSERT_EQ(fs_test_read(DIR_PATH "/empty/e2/f", text, sizeof(text)), 1);
    stat_t info;
    KTEST_ASSERT_EQ(vfs_stat(NULL, DIR_PATH "/d", &info), -ENOENT);
    KTEST_ASSERT_EQ(vfs_stat(NULL, DIR_PATH "/empty", &info), 0);
    KTEST_ASSERT_EQ(info.type, STAT_DIR);
    KTEST_ASSERT_EQ(info.size, 1); // e2 alone
}

KTEST(ramfs, rename_directories)
{
    fs_test_in_dir(ktest_result, DIR_PATH, rename_directories);
}

static void truncate_resizes(ktest_result_t* ktest_result)
{
    file_t* file;
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/t?create", &file), 0);
    ssize_t wrote = file_write(file, "abcdef", 6);
    int grown = file_truncate(file, 9);
    int64_t offset = file_seek(file, 0, SEEK_CUR);
    file_seek(file, 0, SEEK_SET);
    char text[16];
    memset(text, 'x', sizeof(text));
    ssize_t got = file_read(file, text, sizeof(text));
    int cut = file_truncate(file, 2);
    int past_max = file_truncate(file, RAMFS_FILE_MAX + 1);
    stat_t info;
    int stat_result = file_stat(file, &info);
    file_put(file);
    KTEST_ASSERT_EQ(wrote, 6);
    KTEST_ASSERT_EQ(grown, 0);
    KTEST_ASSERT_EQ(offset, 6);
    KTEST_ASSERT_EQ(got, 9);
    KTEST_ASSERT(memcmp(text, "abcdef\0\0\0", 9) == 0);
    KTEST_ASSERT_EQ(cut, 0);
    KTEST_ASSERT_EQ(past_max, -EFBIG);
    KTEST_ASSERT_EQ(stat_result, 0);
    KTEST_ASSERT_EQ(info.type, STAT_FILE);
    KTEST_ASSERT_EQ(info.size, 2);
    KTEST_ASSERT(strcmp(info.name, "t") == 0);
    file_t* dir;
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH, &dir), 0);
    int dir_result = file_truncate(dir, 0);
    stat_result = file_stat(dir, &info);
    file_put(dir);
    KTEST_ASSERT_EQ(dir_result, -EISDIR);
    KTEST_ASSERT_EQ(stat_result, 0);
    KTEST_ASSERT_EQ(info.type, STAT_DIR);
}

KTEST(ramfs, truncate_resizes)
{
    fs_test_in_dir(ktest_result, DIR_PATH, truncate_resizes);
}

// Cutting a big file gives its pages back at once.
static void truncate_frees(ktest_result_t* ktest_result)
{
    static uint8_t piece[64 << 10];
    memset(piece, 0x3C, sizeof(piece));
    file_t* file;
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/big?create", &file), 0);
    uint64_t before = pmm_free_count();
    ssize_t wrote = 0;
    for (int i = 0; i < 16; i++) // 1 MiB: 256 pages
    {
        wrote += file_write(file, piece, sizeof(piece));
    }
    uint64_t big = pmm_free_count();
    int cut = file_truncate(file, 4096);
    uint64_t small = pmm_free_count();
    file_put(file);
    KTEST_ASSERT_EQ(wrote, 1 << 20);
    KTEST_ASSERT_EQ(cut, 0);
    KTEST_ASSERT(big + 256 <= before);
    KTEST_ASSERT(small >= big + 255);
}

KTEST(ramfs, truncate_frees)
{
    fs_test_in_dir(ktest_result, DIR_PATH, truncate_frees);
}

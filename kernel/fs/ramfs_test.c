// ramfs through the VFS, in home:. Each test works in a directory of its
// own, removed before (a failed earlier run may have left it) and after.
#include "fs_test_helpers.h"
#include "vfs.h"

#include <kernel/init/boot.h>
#include <kernel/mem/heap.h>
#include <kernel/mem/pmm.h>
#include <kernel/test/ktest.h>

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#define DIR_PATH "home:/ktest-ramfs"

// Run @p body in a fresh DIR_PATH and remove it afterwards, pass or fail.
static void ramfs_test_run(ktest_result_t* ktest_result, void (*body)(ktest_result_t*))
{
    fs_test_in_dir(ktest_result, DIR_PATH, body);
}

static void create_write_read(ktest_result_t* ktest_result)
{
    file_t* file;
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/a.txt", &file), -ENOENT);
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/a.txt?create", &file), 0);
    KTEST_ASSERT_EQ(file_write(file, "hello, ", 7), 7);
    KTEST_ASSERT_EQ(file_write(file, "world", 5), 5);
    char buffer[32] = {0};
    KTEST_ASSERT_EQ(file_read(file, buffer, sizeof(buffer)), 0); // at the end
    KTEST_ASSERT_EQ(file_seek(file, 0, SEEK_SET), 0);
    KTEST_ASSERT_EQ(file_read(file, buffer, sizeof(buffer)), 12);
    KTEST_ASSERT(memcmp(buffer, "hello, world", 12) == 0);
    file_put(file);

    stat_t info;
    KTEST_ASSERT_EQ(vfs_stat(NULL, DIR_PATH "/a.txt", &info), 0);
    KTEST_ASSERT(strcmp(info.name, "a.txt") == 0);
    KTEST_ASSERT_EQ(info.type, STAT_FILE);
    KTEST_ASSERT_EQ(info.size, 12);
    // Opened again, without create: the same contents, from the start.
    KTEST_ASSERT_EQ(fs_test_read(DIR_PATH "/a.txt", buffer, sizeof(buffer)), 12);
    KTEST_ASSERT(strcmp(buffer, "hello, world") == 0);
    // create on an existing file opens it as it is.
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/a.txt?create", &file), 0);
    KTEST_ASSERT_EQ(file_read(file, buffer, 5), 5);
    file_put(file);
    KTEST_ASSERT(memcmp(buffer, "hello", 5) == 0);
}

KTEST(ramfs, create_write_read)
{
    ramfs_test_run(ktest_result, create_write_read);
}

static void seek_origins(ktest_result_t* ktest_result)
{
    file_t* file;
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/seek?create", &file), 0);
    KTEST_ASSERT_EQ(file_write(file, "0123456789", 10), 10);
    char c = 0;
    KTEST_ASSERT_EQ(file_seek(file, 3, SEEK_SET), 3);
    KTEST_ASSERT_EQ(file_read(file, &c, 1), 1);
    KTEST_ASSERT_EQ(c, '3');
    KTEST_ASSERT_EQ(file_seek(file, 2, SEEK_CUR), 6);
    KTEST_ASSERT_EQ(file_read(file, &c, 1), 1);
    KTEST_ASSERT_EQ(c, '6');
    KTEST_ASSERT_EQ(file_seek(file, -3, SEEK_CUR), 4);
    KTEST_ASSERT_EQ(file_seek(file, -1, SEEK_END), 9);
    KTEST_ASSERT_EQ(file_read(file, &c, 1), 1);
    KTEST_ASSERT_EQ(c, '9');
    // Errors leave the offset alone.
    KTEST_ASSERT_EQ(file_seek(file, -11, SEEK_END), -EINVAL);
    KTEST_ASSERT_EQ(file_seek(file, -1, SEEK_SET), -EINVAL);
    KTEST_ASSERT_EQ(file_seek(file, 0, 7), -EINVAL);
    KTEST_ASSERT_EQ(file_seek(file, 0, SEEK_CUR), 10);
    // Past the end: reads give nothing, a write leaves a hole of zeroes.
    KTEST_ASSERT_EQ(file_seek(file, 4, SEEK_END), 14);
    KTEST_ASSERT_EQ(file_read(file, &c, 1), 0);
    KTEST_ASSERT_EQ(file_write(file, "x", 1), 1);
    char buffer[16];
    KTEST_ASSERT_EQ(file_seek(file, 8, SEEK_SET), 8);
    KTEST_ASSERT_EQ(file_read(file, buffer, sizeof(buffer)), 7);
    file_put(file);
    KTEST_ASSERT(memcmp(buffer, "89\0\0\0\0x", 7) == 0);
}

KTEST(ramfs, seek_from_every_origin)
{
    ramfs_test_run(ktest_result, seek_origins);
}

static void truncate_and_append(ktest_result_t* ktest_result)
{
    char buffer[32];
    KTEST_ASSERT_EQ(fs_test_write(DIR_PATH "/t", "long old contents"), 17);
    file_t* file;
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/t?trunc", &file), 0);
    KTEST_ASSERT_EQ(file_read(file, buffer, sizeof(buffer)), 0);
    KTEST_ASSERT_EQ(file_write(file, "new", 3), 3);
    file_put(file);
    KTEST_ASSERT_EQ(fs_test_read(DIR_PATH "/t", buffer, sizeof(buffer)), 3);
    KTEST_ASSERT(strcmp(buffer, "new") == 0);

    // append: every write goes to the end, wherever the offset was.
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/t?append", &file), 0);
    KTEST_ASSERT_EQ(file_write(file, "er", 2), 2);
    KTEST_ASSERT_EQ(file_seek(file, 0, SEEK_SET), 0);
    KTEST_ASSERT_EQ(file_write(file, "!", 1), 1);
    KTEST_ASSERT_EQ(file_seek(file, 0, SEEK_CUR), 6);
    file_put(file);
    KTEST_ASSERT_EQ(fs_test_read(DIR_PATH "/t", buffer, sizeof(buffer)), 6);
    KTEST_ASSERT(strcmp(buffer, "newer!") == 0);

    // trunc on a directory makes no sense.
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "?trunc", &file), -EISDIR);
}

KTEST(ramfs, truncate_and_append)
{
    ramfs_test_run(ktest_result, truncate_and_append);
}

static void list_directory(ktest_result_t* ktest_result)
{
    KTEST_ASSERT_EQ(fs_test_write(DIR_PATH "/one", "1"), 1);
    KTEST_ASSERT_EQ(fs_test_write(DIR_PATH "/two", "22"), 2);
    KTEST_ASSERT_EQ(vfs_mkdir(NULL, DIR_PATH "/sub"), 0);
    file_t* dir;
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "?dir", &dir), 0);
    stat_t entries[4];
    ssize_t first = file_readdir(dir, entries, 2);
    ssize_t second = file_readdir(dir, entries + 2, 2);
    ssize_t after = file_readdir(dir, entries, 4);
    char byte;
    ssize_t read = file_read(dir, &byte, 1);
    ssize_t write = file_write(dir, &byte, 1);
    // Seeking back to entry 0 starts over.
    int64_t rewound = file_seek(dir, 0, SEEK_SET);
    ssize_t again = file_readdir(dir, entries + 3, 1);
    file_put(dir);
    KTEST_ASSERT_EQ(first, 2);
    KTEST_ASSERT_EQ(second, 1);
    KTEST_ASSERT_EQ(after, 0);
    KTEST_ASSERT_EQ(read, -EISDIR);
    KTEST_ASSERT_EQ(write, -EISDIR);
    KTEST_ASSERT_EQ(rewound, 0);
    KTEST_ASSERT_EQ(again, 1);
    KTEST_ASSERT(strcmp(entries[0].name, "one") == 0 && entries[0].type == STAT_FILE && entries[0].size == 1);
    KTEST_ASSERT(strcmp(entries[1].name, "two") == 0 && entries[1].type == STAT_FILE && entries[1].size == 2);
    KTEST_ASSERT(strcmp(entries[2].name, "sub") == 0 && entries[2].type == STAT_DIR);
    KTEST_ASSERT(strcmp(entries[3].name, "one") == 0);
    // A file is not a directory.
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/one?dir", &dir), -ENOTDIR);
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/one", &dir), 0);
    ssize_t not_dir = file_readdir(dir, entries, 1);
    file_put(dir);
    KTEST_ASSERT_EQ(not_dir, -ENOTDIR);
}

KTEST(ramfs, list_directory)
{
    ramfs_test_run(ktest_result, list_directory);
}

static void remove_files_and_dirs(ktest_result_t* ktest_result)
{
    stat_t info;
    KTEST_ASSERT_EQ(fs_test_write(DIR_PATH "/f", "x"), 1);
    KTEST_ASSERT_EQ(vfs_remove(NULL, DIR_PATH "/f"), 0);
    KTEST_ASSERT_EQ(vfs_stat(NULL, DIR_PATH "/f", &info), -ENOENT);
    KTEST_ASSERT_EQ(vfs_remove(NULL, DIR_PATH "/f"), -ENOENT);
    // A directory goes only once it is empty.
    KTEST_ASSERT_EQ(vfs_mkdir(NULL, DIR_PATH "/d"), 0);
    KTEST_ASSERT_EQ(fs_test_write(DIR_PATH "/d/inside", "y"), 1);
    KTEST_ASSERT_EQ(vfs_remove(NULL, DIR_PATH "/d"), -ENOTEMPTY);
    KTEST_ASSERT_EQ(vfs_stat(NULL, DIR_PATH "/d/inside", &info), 0);
    KTEST_ASSERT_EQ(vfs_remove(NULL, DIR_PATH "/d/inside"), 0);
    KTEST_ASSERT_EQ(vfs_remove(NULL, DIR_PATH "/d"), 0);
    KTEST_ASSERT_EQ(vfs_stat(NULL, DIR_PATH "/d", &info), -ENOENT);
    // The root stays.
    KTEST_ASSERT(vfs_remove(NULL, "home:/") < 0);
    KTEST_ASSERT_EQ(vfs_stat(NULL, "home:/", &info), 0);
}

KTEST(ramfs, remove_files_and_empty_dirs)
{
    ramfs_test_run(ktest_result, remove_files_and_dirs);
}

static void nested_directories(ktest_result_t* ktest_result)
{
    KTEST_ASSERT_EQ(vfs_mkdir(NULL, DIR_PATH "/a"), 0);
    KTEST_ASSERT_EQ(vfs_mkdir(NULL, DIR_PATH "/a/b"), 0);
    // create&dir makes a directory.
    file_t* file;
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/a/b/c?create&dir", &file), 0);
    file_put(file);
    KTEST_ASSERT_EQ(fs_test_write(DIR_PATH "/a/b/c/deep.txt", "deep"), 4);
    char buffer[16];
    KTEST_ASSERT_EQ(fs_test_read(DIR_PATH "/a/./b/../b/c/deep.txt", buffer, sizeof(buffer)), 4);
    KTEST_ASSERT(strcmp(buffer, "deep") == 0);
    stat_t info;
    KTEST_ASSERT_EQ(vfs_stat(NULL, DIR_PATH "/a/b/c", &info), 0);
    KTEST_ASSERT_EQ(info.type, STAT_DIR);
    KTEST_ASSERT(strcmp(info.name, "c") == 0);

    KTEST_ASSERT_EQ(vfs_mkdir(NULL, DIR_PATH "/a/b"), -EEXIST);
    KTEST_ASSERT_EQ(vfs_mkdir(NULL, DIR_PATH "/missing/x"), -ENOENT);
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/missing/x?create", &file), -ENOENT);
    // A file in the middle of a path.
    KTEST_ASSERT_EQ(vfs_mkdir(NULL, DIR_PATH "/a/b/c/deep.txt/x"), -ENOTDIR);
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/a/b/c/deep.txt/x?create", &file), -ENOTDIR);
    KTEST_ASSERT_EQ(vfs_stat(NULL, DIR_PATH "/a/b/c/deep.txt/x", &info), -ENOTDIR);
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/a/b/c/deep.txt?create&dir", &file), -ENOTDIR);
}

KTEST(ramfs, nested_directories)
{
    ramfs_test_run(ktest_result, nested_directories);
}

static void removed_but_open(ktest_result_t* ktest_result)
{
    KTEST_ASSERT_EQ(fs_test_write(DIR_PATH "/ghost", "still here"), 10);
    file_t* file;
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/ghost", &file), 0);
    int removed = vfs_remove(NULL, DIR_PATH "/ghost");
    stat_t info;
    int gone = vfs_stat(NULL, DIR_PATH "/ghost", &info);
    // A new file of the same name is a different file.
    ssize_t fresh = fs_test_write(DIR_PATH "/ghost", "new");
    char buffer[32] = {0};
    ssize_t read = file_read(file, buffer, sizeof(buffer));
    ssize_t written = file_write(file, "!", 1);
    file_seek(file, 0, SEEK_SET);
    ssize_t reread = file_read(file, buffer, sizeof(buffer));
    file_put(file);
    KTEST_ASSERT_EQ(removed, 0);
    KTEST_ASSERT_EQ(gone, -ENOENT);
    KTEST_ASSERT_EQ(fresh, 3);
    KTEST_ASSERT_EQ(read, 10);
    KTEST_ASSERT_EQ(written, 1);
    KTEST_ASSERT_EQ(reread, 11);
    KTEST_ASSERT(memcmp(buffer, "still here!", 11) == 0);
    KTEST_ASSERT_EQ(fs_test_read(DIR_PATH "/ghost", buffer, sizeof(buffer)), 3);
    KTEST_ASSERT(strcmp(buffer, "new") == 0);

    // A removed directory that is still open reads as empty.
    KTEST_ASSERT_EQ(vfs_mkdir(NULL, DIR_PATH "/gone"), 0);
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/gone", &file), 0);
    removed = vfs_remove(NULL, DIR_PATH "/gone");
    ssize_t entries = file_readdir(file, &info, 1);
    file_put(file);
    KTEST_ASSERT_EQ(removed, 0);
    KTEST_ASSERT_EQ(entries, 0);
}

KTEST(ramfs, removed_file_stays_readable_while_open)
{
    ramfs_test_run(ktest_result, removed_but_open);
}

// 16 MiB written in pieces (the file grows many times), read back in one go.
static void large_file(ktest_result_t* ktest_result)
{
    const size_t total = 16 << 20;
    const size_t piece = 1 << 20;
    uint8_t* buffer = kmalloc(total);
    KTEST_ASSERT(buffer != NULL);
    for (size_t i = 0; i < piece; i++)
    {
        buffer[i] = (uint8_t)(i * 7 + 1);
    }
    file_t* file;
    int opened = vfs_open(NULL, DIR_PATH "/big?create", &file);
    bool ok = opened == 0;
    for (size_t done = 0; ok && done < total; done += piece)
    {
        buffer[0] = (uint8_t)(done / piece); // each piece a little different
        ok = file_write(file, buffer, piece) == (ssize_t)piece;
    }
    ssize_t read = -1;
    if (ok)
    {
        file_seek(file, 0, SEEK_SET);
        memset(buffer, 0, total);
        read = file_read(file, buffer, total);
    }
    bool same = true;
    for (size_t i = 0; i < total && read == (ssize_t)total; i++)
    {
        uint8_t expected = (i % piece) == 0 ? (uint8_t)(i / piece) : (uint8_t)((i % piece) * 7 + 1);
        same = same && buffer[i] == expected;
    }
    if (opened == 0)
    {
        file_put(file);
    }
    kfree(buffer);
    KTEST_ASSERT_EQ(opened, 0);
    KTEST_ASSERT(ok);
    KTEST_ASSERT_EQ(read, total);
    KTEST_ASSERT(same);
}

KTEST(ramfs, large_file)
{
    ramfs_test_run(ktest_result, large_file);
}

KTEST(ramfs, ramdisk_files_present)
{
    // root/test/ramdisk.txt in the source tree.
    const boot_file_t* boot_file = boot_ramdisk_find(boot_info, "test/ramdisk.txt");
    KTEST_ASSERT(boot_file != NULL);
    char buffer[128];
    ssize_t read = fs_test_read("home:/test/ramdisk.txt", buffer, sizeof(buffer));
    const char expected[] = "PatchworkOS RAM disk test file\n";
    KTEST_ASSERT_EQ(read, boot_file->size);
    KTEST_ASSERT_EQ(read, sizeof(expected) - 1);
    KTEST_ASSERT(memcmp(buffer, expected, sizeof(expected) - 1) == 0);
    stat_t info;
    KTEST_ASSERT_EQ(vfs_stat(NULL, "home:/test", &info), 0);
    KTEST_ASSERT_EQ(info.type, STAT_DIR);
    KTEST_ASSERT(strcmp(info.name, "test") == 0);
    KTEST_ASSERT_EQ(vfs_stat(NULL, "home:/test/ramdisk.txt", &info), 0);
    KTEST_ASSERT_EQ(info.type, STAT_FILE);
    KTEST_ASSERT_EQ(info.size, boot_file->size);
    // The root itself.
    KTEST_ASSERT_EQ(vfs_stat(NULL, "home:/", &info), 0);
    KTEST_ASSERT_EQ(info.type, STAT_DIR);
    KTEST_ASSERT(strcmp(info.name, "") == 0);
}

// root/test/ramdisk_pages.txt and ramdisk_spare.txt: 600 lines
// "page-line NNNNN\n" of 16 bytes, 9600 bytes on three pages of the
// bootloader's, which home: keeps as the file's contents. Each test
// changes its own file.
#define PAGES_FILE "home:/test/ramdisk_pages.txt"
#define PAGES_FILE_SIZE 9600
#define PAGES_LINE 16

static bool ramdisk_lines_match(const char* text, uint64_t lines)
{
    char expected[PAGES_LINE + 1];
    for (uint64_t i = 0; i < lines; i++)
    {
        snprintf(expected, sizeof(expected), "page-line %05lu\n", (unsigned long)i);
        if (memcmp(text + i * PAGES_LINE, expected, PAGES_LINE) != 0)
        {
            return false;
        }
    }
    return true;
}

KTEST(ramfs, ramdisk_file_grows_off_its_pages)
{
    static char buffer[3 * 4096 + 8192];
    file_t* file;
    KTEST_ASSERT_EQ(vfs_open(NULL, PAGES_FILE, &file), 0);
    KTEST_ASSERT_EQ(file_read(file, buffer, sizeof(buffer)), PAGES_FILE_SIZE);
    KTEST_ASSERT(ramdisk_lines_match(buffer, PAGES_FILE_SIZE / PAGES_LINE));
    // Into the zeroed tail of the third page (in place), then past it
    // (a fourth page); every earlier byte must survive both.
    char more[4096];
    memset(more, 'x', sizeof(more));
    KTEST_ASSERT_EQ(file_write(file, more, 1000), 1000);
    KTEST_ASSERT_EQ(file_write(file, more, sizeof(more)), sizeof(more));
    KTEST_ASSERT_EQ(file_seek(file, 0, SEEK_SET), 0);
    uint64_t total = PAGES_FILE_SIZE + 1000 + sizeof(more);
    KTEST_ASSERT_EQ(file_read(file, buffer, sizeof(buffer)), total);
    file_put(file);
    KTEST_ASSERT(ramdisk_lines_match(buffer, PAGES_FILE_SIZE / PAGES_LINE));
    for (uint64_t i = PAGES_FILE_SIZE; i < total; i++)
    {
        KTEST_ASSERT(buffer[i] == 'x');
    }
}

KTEST(ramfs, ramdisk_file_pages_come_back)
{
    static char buffer[PAGES_FILE_SIZE + 1]; // fs_test_read keeps a byte for a terminator
    KTEST_ASSERT_EQ(fs_test_read("home:/test/ramdisk_spare.txt", buffer, sizeof(buffer)), PAGES_FILE_SIZE);
    KTEST_ASSERT(ramdisk_lines_match(buffer, PAGES_FILE_SIZE / PAGES_LINE));
    // Emptied, the file gives its three pages back to the page allocator.
    uint64_t before = pmm_free_count();
    file_t* file;
    KTEST_ASSERT_EQ(vfs_open(NULL, "home:/test/ramdisk_spare.txt?trunc", &file), 0);
    file_put(file);
    KTEST_ASSERT(pmm_free_count() >= before + 3);
    stat_t info;
    KTEST_ASSERT_EQ(vfs_stat(NULL, "home:/test/ramdisk_spare.txt", &info), 0);
    KTEST_ASSERT_EQ(info.size, 0);
}

#include "fs_test_helpers.h"

#include "vfs.h"

#include <errno.h>
#include <stdio.h>

ssize_t fs_test_write(const char* path, const char* text)
{
    char flagged[MAX_PATH];
    snprintf(flagged, sizeof(flagged), "%s?create&trunc", path);
    file_t* file;
    int result = vfs_open(NULL, flagged, &file);
    if (result < 0)
    {
        return result;
    }
    size_t length = 0;
    while (text[length] != '\0')
    {
        length++;
    }
    ssize_t written = file_write(file, text, length);
    file_put(file);
    return written;
}

ssize_t fs_test_read(const char* path, char* buffer, size_t size)
{
    file_t* file;
    int result = vfs_open(NULL, path, &file);
    if (result < 0)
    {
        return result;
    }
    ssize_t done = file_read(file, buffer, size - 1);
    file_put(file);
    buffer[done < 0 ? 0 : done] = '\0';
    return done;
}

void fs_test_remove_tree(const char* path)
{
    stat_t info;
    if (vfs_stat(NULL, path, &info) < 0)
    {
        return;
    }
    file_t* dir;
    if (info.type == STAT_DIR && vfs_open(NULL, path, &dir) == 0)
    {
        // Always the first entry: removing one moves the rest up.
        stat_t entry;
        char child[MAX_PATH];
        while (file_seek(dir, 0, SEEK_SET) == 0 && file_readdir(dir, &entry, 1) == 1)
        {
            snprintf(child, sizeof(child), "%s/%s", path, entry.name);
            fs_test_remove_tree(child);
            if (vfs_stat(NULL, child, &info) == 0)
            {
                break; // it would not go: give up rather than loop
            }
        }
        file_put(dir);
    }
    vfs_remove(NULL, path);
}

void fs_test_in_dir(ktest_result_t* ktest_result, const char* dir, void (*body)(ktest_result_t*))
{
    fs_test_remove_tree(dir);
    int made = vfs_mkdir(NULL, dir);
    if (made == 0)
    {
        body(ktest_result);
    }
    fs_test_remove_tree(dir);
    if (ktest_result->failed)
    {
        return; // keep the body's reason
    }
    KTEST_ASSERT_EQ(made, 0);
    stat_t info;
    KTEST_ASSERT_EQ(vfs_stat(NULL, dir, &info), -ENOENT);
}

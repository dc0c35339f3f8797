// Helpers for the file-system tests (path, ramfs, sysfs, vfs suites):
// whole-file reads and writes through the VFS, and removing what a test
// made even when an earlier run failed half-way.
#ifndef KERNEL_FS_FS_TEST_HELPERS_H
#define KERNEL_FS_FS_TEST_HELPERS_H 1

#include <kernel/test/ktest.h>

#include <stddef.h>
#include <sys/types.h>

/** Create or empty @p path and write @p text into it; the bytes written or a negated errno. */
ssize_t fs_test_write(const char* path, const char* text);

/** Read up to @p size - 1 bytes of @p path into @p buffer, 0-terminated; the bytes read or a negated errno. */
ssize_t fs_test_read(const char* path, char* buffer, size_t size);

/** Remove @p path and, if it is a directory, everything in it; nothing if it does not exist. */
void fs_test_remove_tree(const char* path);

/**
 * Run @p body in a fresh, empty directory @p dir (removed first, since a
 * failed earlier run may have left it) and remove it afterwards, pass or
 * fail; the test fails too if the directory cannot be made or removed.
 */
void fs_test_in_dir(ktest_result_t* ktest_result, const char* dir, void (*body)(ktest_result_t*));

#endif

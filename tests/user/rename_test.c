// home:/test/rename_test: io_rename and C's rename. Files and directories
// move and keep their contents; an existing file is replaced, and a
// thread looking the name up meanwhile never finds it missing; open
// descriptors of the moved and of the replaced file keep working; every
// refusal has its error (EISDIR, ENOTDIR, ENOTEMPTY, EINVAL for a
// directory into its own subtree, EXDEV across labels, EPERM on sys:,
// ENOENT, EFAULT, EBUSY for a root); a name renamed to itself stays.
#include "file_text.h"
#include "tap.h"

#include <stdatomic.h>
#include <stdio.h>
#include <sys/io.h>
#include <sys/proc.h>
#include <threads.h>

#define SCRATCH "home:/tmp-rename-test"
#define SWAPS 1000
#define MIN_LOOKUPS 5000

static const char* make_file(const char* path, const char* text)
{
    char with_flags[MAX_PATH];
    snprintf(with_flags, sizeof(with_flags), "%s?create&trunc", path);
    fd_t fd = io_open(with_flags);
    TAP_CHECK(fd != -1, "io_open(\"%s\"): %s", with_flags, strerror(errno));
    ssize_t written = write(fd, text, strlen(text));
    close(fd);
    TAP_CHECK(written == (ssize_t)strlen(text), "write to %s gave %ld", path, (long)written);
    return NULL;
}

static const char* check_content(const char* path, const char* expected)
{
    char text[128];
    TAP_CHECK(file_text(path, text, sizeof(text)) != -1, "reading %s: %s", path, strerror(errno));
    TAP_CHECK(strcmp(text, expected) == 0, "%s holds '%s', expected '%s'", path, text, expected);
    return NULL;
}

static const char* check_missing(const char* path)
{
    stat_t info;
    TAP_CHECK_ERRNO(io_stat(path, &info), ENOENT);
    return NULL;
}

#define TRY(call)                              \
    do                                         \
    {                                          \
        const char* try_failure_ = (call);     \
        if (try_failure_ != NULL)              \
        {                                      \
            return try_failure_;               \
        }                                      \
    } while (0)

static const char* test_scratch(void)
{
    TAP_CHECK_OK(io_mkdir(SCRATCH));
    return NULL;
}

static const char* test_file_moves(void)
{
    TRY(make_file(SCRATCH "/a", "alpha"));
    TAP_CHECK_OK(io_rename(SCRATCH "/a", SCRATCH "/b"));
    TRY(check_missing(SCRATCH "/a"));
    TRY(check_content(SCRATCH "/b", "alpha"));
    stat_t info;
    TAP_CHECK_OK(io_stat(SCRATCH "/b", &info));
    TAP_CHECK(strcmp(info.name, "b") == 0, "stat names it '%s'", info.name);
    // Into a subdirectory, with a relative path for the source.
    TAP_CHECK_OK(io_mkdir(SCRATCH "/sub"));
    TAP_CHECK_OK(chdir(SCRATCH));
    int result = io_rename("b", "sub/c");
    int error = errno;
    chdir("home:/");
    TAP_CHECK(result == 0, "io_rename(\"b\", \"sub/c\") relative to " SCRATCH ": %s", strerror(error));
    TRY(check_missing(SCRATCH "/b"));
    TRY(check_content(SCRATCH "/sub/c", "alpha"));
    TAP_CHECK_OK(remove(SCRATCH "/sub/c"));
    TAP_CHECK_OK(remove(SCRATCH "/sub"));
    return NULL;
}

static const char* test_replaces_file(void)
{
    TRY(make_file(SCRATCH "/old", "old text"));
    TRY(make_file(SCRATCH "/new", "new"));
    fd_t keep = io_open(SCRATCH "/old");
    TAP_CHECK(keep != -1, "open old: %s", strerror(errno));
    int result = io_rename(SCRATCH "/new", SCRATCH "/old");
    int error = errno;
    // The replaced file lives on for whoever has it open.
    char text[16] = "";
    ssize_t got = read(keep, text, sizeof(text) - 1);
    close(keep);
    TAP_CHECK(result == 0, "io_rename over an existing file: %s", strerror(error));
    TAP_CHECK(got == 8 && strcmp(text, "old text") == 0, "the replaced file's descriptor read %ld '%s'", (long)got,
        text);
    TRY(check_missing(SCRATCH "/new"));
    TRY(check_content(SCRATCH "/old", "new"));
    stat_t entries[8];
    fd_t dir = io_open(SCRATCH "?dir");
    TAP_CHECK(dir != -1, "open scratch: %s", strerror(errno));
    ssize_t count = io_readdir(dir, entries, 8);
    close(dir);
    TAP_CHECK(count == 1, "the directory lists %ld entries after the replace, expected 1", (long)count);
    TAP_CHECK_OK(remove(SCRATCH "/old"));
    return NULL;
}

static const char* test_open_descriptor_follows(void)
{
    fd_t fd = io_open(SCRATCH "/moving?create&trunc");
    TAP_CHECK(fd != -1, "create: %s", strerror(errno));
    TAP_CHECK(write(fd, "one ", 4) == 4, "write: %s", strerror(errno));
    int result = io_rename(SCRATCH "/moving", SCRATCH "/moved");
    int error = errno;
    ssize_t written = write(fd, "two", 3);
    stat_t info;
    int stat_result = io_fstat(fd, &info);
    close(fd);
    TAP_CHECK(result == 0, "io_rename: %s", strerror(error));
    TAP_CHECK(written == 3, "a write through the moved file's descriptor gave %ld", (long)written);
    TAP_CHECK(stat_result == 0 && strcmp(info.name, "moved") == 0, "io_fstat gave %d, name '%s'", stat_result,
        info.name);
    TRY(check_content(SCRATCH "/moved", "one two"));
    TAP_CHECK_OK(remove(SCRATCH "/moved"));
    return NULL;
}

static const char* test_directories(void)
{
    TAP_CHECK_OK(io_mkdir(SCRATCH "/d1"));
    TAP_CHECK_OK(io_mkdir(SCRATCH "/d1/inner"));
    TRY(make_file(SCRATCH "/d1/inner/f", "deep"));
    fd_t open_dir = io_open(SCRATCH "/d1?dir");
    TAP_CHECK(open_dir != -1, "open d1: %s", strerror(errno));
    // A free name, then over an empty directory.
    TAP_CHECK_OK(io_rename(SCRATCH "/d1", SCRATCH "/d2"));
    TAP_CHECK_OK(io_mkdir(SCRATCH "/empty"));
    TAP_CHECK_OK(io_rename(SCRATCH "/d2", SCRATCH "/empty"));
    TRY(check_missing(SCRATCH "/d1"));
    TRY(check_missing(SCRATCH "/d2"));
    TRY(check_content(SCRATCH "/empty/inner/f", "deep"));
    // The directory's descriptor still lists its entries.
    stat_t entry;
    ssize_t count = io_readdir(open_dir, &entry, 1);
    close(open_dir);
    TAP_CHECK(count == 1 && strcmp(entry.name, "inner") == 0, "readdir of the moved directory gave %ld '%s'",
        (long)count, count == 1 ? entry.name : "");
    TAP_CHECK_OK(io_rename(SCRATCH "/empty", SCRATCH "/d"));
    return NULL;
}

static const char* test_refusals(void)
{
    // SCRATCH/d/inner/f exists (from the directory test).
    TRY(make_file(SCRATCH "/file", "f"));
    TAP_CHECK_OK(io_mkdir(SCRATCH "/full"));
    TRY(make_file(SCRATCH "/full/x", "x"));
    TAP_CHECK_ERRNO(io_rename(SCRATCH "/file", SCRATCH "/d"), EISDIR);
    TAP_CHECK_ERRNO(io_rename(SCRATCH "/d", SCRATCH "/file"), ENOTDIR);
    TAP_CHECK_ERRNO(io_rename(SCRATCH "/d", SCRATCH "/full"), ENOTEMPTY);
    TAP_CHECK_ERRNO(io_rename(SCRATCH "/d", SCRATCH "/d/inner/d"), EINVAL);
    TAP_CHECK_ERRNO(io_rename(SCRATCH "/d", SCRATCH "/d/new"), EINVAL);
    // Over its own ancestor: the ancestor is not empty.
    TAP_CHECK_ERRNO(io_rename(SCRATCH "/d/inner", SCRATCH "/d"), ENOTEMPTY);
    TAP_CHECK_ERRNO(io_rename(SCRATCH "/missing", SCRATCH "/other"), ENOENT);
    TAP_CHECK_ERRNO(io_rename(SCRATCH "/file", SCRATCH "/no-dir/file"), ENOENT);
    TAP_CHECK_ERRNO(io_rename(SCRATCH "/file", SCRATCH "/file/below"), ENOTDIR);
    TAP_CHECK_ERRNO(io_rename(SCRATCH "/file", "sys:/file"), EXDEV);
    TAP_CHECK_ERRNO(io_rename("sys:/console", "sys:/console2"), EPERM);
    TAP_CHECK_ERRNO(io_rename(SCRATCH "/file?create", SCRATCH "/other"), EINVAL);
    TAP_CHECK_ERRNO(io_rename(SCRATCH "/file", SCRATCH "/other?trunc"), EINVAL);
    TAP_CHECK_ERRNO(io_rename(SCRATCH "/file", "nolabel:/x"), ENOENT);
    TAP_CHECK_ERRNO(io_rename("home:/", SCRATCH "/root"), EBUSY);
    TAP_CHECK_ERRNO(io_rename(SCRATCH "/d", "home:/"), EBUSY);
    TAP_CHECK_ERRNO(io_rename(NULL, SCRATCH "/x"), EFAULT);
    TAP_CHECK_ERRNO(io_rename(SCRATCH "/file", NULL), EFAULT);
    TAP_CHECK_ERRNO(io_rename((const char*)0xFFFF800000000000UL, SCRATCH "/x"), EFAULT);
    TAP_CHECK_ERRNO(io_rename(SCRATCH "/file", ""), EINVAL);
    // Nothing moved.
    TRY(check_content(SCRATCH "/file", "f"));
    TRY(check_content(SCRATCH "/full/x", "x"));
    TRY(check_content(SCRATCH "/d/inner/f", "deep"));
    TAP_CHECK_OK(remove(SCRATCH "/full/x"));
    TAP_CHECK_OK(remove(SCRATCH "/full"));
    return NULL;
}

static const char* test_same_name(void)
{
    TAP_CHECK_OK(io_rename(SCRATCH "/file", SCRATCH "/file"));
    TAP_CHECK_OK(io_rename(SCRATCH "/file", SCRATCH "/./d/../file"));
    TAP_CHECK_OK(io_rename(SCRATCH "/d", SCRATCH "/d"));
    TRY(check_content(SCRATCH "/file", "f"));
    TRY(check_content(SCRATCH "/d/inner/f", "deep"));
    TAP_CHECK_ERRNO(io_rename(SCRATCH "/missing", SCRATCH "/missing"), ENOENT);
    return NULL;
}

static const char* test_stdio_rename(void)
{
    TAP_CHECK(rename(SCRATCH "/file", SCRATCH "/file2") == 0, "rename: %s", strerror(errno));
    TRY(check_content(SCRATCH "/file2", "f"));
    errno = 0;
    TAP_CHECK(rename(SCRATCH "/file", SCRATCH "/file3") == -1 && errno == ENOENT, "rename of a missing file gave errno %d",
        errno);
    TAP_CHECK_OK(remove(SCRATCH "/file2"));
    return NULL;
}

// ---- a reader never sees the replaced name missing --------------------------

static atomic_bool swapping;
static atomic_int missing_seen;
static atomic_long lookups;

static int looker(void* unused)
{
    (void)unused;
    stat_t info;
    while (atomic_load(&swapping))
    {
        if (io_stat(SCRATCH "/target", &info) != 0)
        {
            atomic_fetch_add(&missing_seen, 1);
        }
        atomic_fetch_add(&lookups, 1);
    }
    return 0;
}

static const char* test_replace_is_atomic(void)
{
    TRY(make_file(SCRATCH "/target", "0"));
    atomic_store(&swapping, true);
    atomic_store(&missing_seen, 0);
    atomic_store(&lookups, 0);
    thrd_t thread;
    TAP_CHECK(thrd_create(&thread, looker, NULL) == thrd_success, "thrd_create failed");
    const char* failure = NULL;
    // At least SWAPS swaps, and on until the looker has looked often
    // enough to have had its chances (bounded, in case it never runs).
    int swaps = 0;
    for (int i = 0; failure == NULL && i < SWAPS * 100 && (i < SWAPS || atomic_load(&lookups) < MIN_LOOKUPS); i++)
    {
        swaps++;
        failure = make_file(SCRATCH "/next", "1");
        if (failure == NULL && io_rename(SCRATCH "/next", SCRATCH "/target") != 0)
        {
            failure = tap_reason("swap %d: %s", i, strerror(errno));
        }
        if ((i & 3) == 0)
        {
            yield(); // on one CPU, give the looker turns between swaps
        }
    }
    atomic_store(&swapping, false);
    thrd_join(thread, NULL);
    if (failure != NULL)
    {
        return failure;
    }
    tap_note("%ld lookups during %d swaps", atomic_load(&lookups), swaps);
    TAP_CHECK(atomic_load(&missing_seen) == 0, "a lookup found the name missing %d times", atomic_load(&missing_seen));
    TAP_CHECK_OK(remove(SCRATCH "/target"));
    return NULL;
}

static const char* test_remove_scratch(void)
{
    remove(SCRATCH "/d/inner/f");
    remove(SCRATCH "/d/inner");
    remove(SCRATCH "/d");
    TAP_CHECK_OK(remove(SCRATCH));
    return NULL;
}

int main(void)
{
    tap_suite("rename");
    tap_run("scratch", test_scratch);
    tap_run("file-moves", test_file_moves);
    tap_run("replaces-file", test_replaces_file);
    tap_run("open-descriptor-follows", test_open_descriptor_follows);
    tap_run("directories", test_directories);
    tap_run("refusals", test_refusals);
    tap_run("same-name", test_same_name);
    tap_run("stdio-rename", test_stdio_rename);
    tap_run("replace-is-atomic", test_replace_is_atomic);
    tap_run("remove-scratch", test_remove_scratch);
    return tap_exit_status();
}

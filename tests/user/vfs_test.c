// Suite "vfs": files and directories on the RAM disk (home:) through the
// system calls: create, write, read, seek, stat, readdir, mkdir, remove;
// paths (labels, "..", relative to the working directory, flags); dup,
// dup2, poll, close. Everything happens in a scratch directory that is
// removed at the end.
#include "file_text.h"
#include "tap.h"

#include <stdio.h>
#include <sys/io.h>
#include <sys/proc.h>

#define SCRATCH "home:/tmp-vfs-test"
#define HELLO "hello, world\n"
#define HELLO_SIZE 13

// Create (or empty) the file at @p path and write @p text into it.
static const char* make_file(const char* path, const char* text)
{
    char with_flags[MAX_PATH];
    snprintf(with_flags, sizeof(with_flags), "%s?create&trunc", path);
    fd_t fd = io_open(with_flags);
    TAP_CHECK(fd != -1, "io_open(\"%s\"): %s", with_flags, strerror(errno));
    ssize_t written = write(fd, text, strlen(text));
    int error = errno;
    close(fd);
    TAP_CHECK(written == (ssize_t)strlen(text), "write to %s gave %ld (%s)", path, (long)written, strerror(error));
    return NULL;
}

// Check that the file at @p path holds exactly @p expected.
static const char* check_content(const char* path, const char* expected)
{
    char text[256];
    TAP_CHECK(file_text(path, text, sizeof(text)) != -1, "reading %s: %s", path, strerror(errno));
    TAP_CHECK(strcmp(text, expected) == 0, "%s holds '%s', expected '%s'", path, text, expected);
    return NULL;
}

static const char* test_mkdir_scratch(void)
{
    TAP_CHECK_OK(io_mkdir(SCRATCH));
    stat_t info;
    TAP_CHECK_OK(io_stat(SCRATCH, &info));
    TAP_CHECK(info.type == STAT_DIR, "stat says type %u, expected STAT_DIR", info.type);
    TAP_CHECK_ERRNO(io_mkdir(SCRATCH), EEXIST);
    return NULL;
}

static const char* test_create_write_read(void)
{
    fd_t fd = io_open(SCRATCH "/a.txt?create");
    TAP_CHECK(fd != -1, "open with ?create: %s", strerror(errno));
    ssize_t written = write(fd, HELLO, HELLO_SIZE);
    TAP_CHECK(written == HELLO_SIZE, "write gave %ld (%s)", (long)written, strerror(errno));
    TAP_CHECK(seek(fd, 0, SEEK_SET) == 0, "seek to 0: %s", strerror(errno));
    char text[32] = "";
    ssize_t got = read(fd, text, sizeof(text));
    TAP_CHECK(got == HELLO_SIZE, "read gave %ld (%s), expected %d", (long)got, strerror(errno), HELLO_SIZE);
    TAP_CHECK(memcmp(text, HELLO, HELLO_SIZE) == 0, "read back '%.13s'", text);
    got = read(fd, text, sizeof(text));
    TAP_CHECK(got == 0, "a read at the end gave %ld, expected 0", (long)got);
    TAP_CHECK_OK(close(fd));
    // Opened again, without create: the content stayed.
    return check_content(SCRATCH "/a.txt", HELLO);
}

static const char* test_open_missing(void)
{
    TAP_CHECK_ERRNO(io_open(SCRATCH "/missing.txt"), ENOENT);
    TAP_CHECK_ERRNO(io_open(SCRATCH "/no-dir/file.txt?create"), ENOENT);
    return NULL;
}

static const char* check_seek(fd_t fd, off_t offset, int origin, off_t expected)
{
    off_t result = seek(fd, offset, origin);
    TAP_CHECK(result == expected, "seek(%lld, %d) gave %lld (%s), expected %lld", (long long)offset, origin,
              (long long)result, strerror(errno), (long long)expected);
    return NULL;
}

static const char* test_seek(void)
{
    fd_t fd = io_open(SCRATCH "/a.txt");
    TAP_CHECK(fd != -1, "open: %s", strerror(errno));
    const char* failure;
    char byte = 0;
    if ((failure = check_seek(fd, 5, SEEK_SET, 5)) != NULL || (failure = check_seek(fd, 2, SEEK_CUR, 7)) != NULL ||
        (failure = check_seek(fd, -3, SEEK_CUR, 4)) != NULL || (failure = check_seek(fd, 0, SEEK_END, 13)) != NULL ||
        (failure = check_seek(fd, -6, SEEK_END, 7)) != NULL)
    {
        close(fd);
        return failure;
    }
    ssize_t got = read(fd, &byte, 1);
    int seek_error = 0;
    off_t negative = seek(fd, -1, SEEK_SET);
    seek_error = errno;
    close(fd);
    TAP_CHECK(got == 1 && byte == 'w', "after seeking to 7 read gave %ld, '%c'; expected 'w'", (long)got, byte);
    TAP_CHECK(negative == -1 && seek_error == EINVAL, "seek to -1 gave %lld (%s), expected EINVAL",
              (long long)negative, strerror(seek_error));
    return NULL;
}

static const char* test_stat_size(void)
{
    stat_t info;
    TAP_CHECK_OK(io_stat(SCRATCH "/a.txt", &info));
    TAP_CHECK(info.type == STAT_FILE, "type %u, expected STAT_FILE", info.type);
    TAP_CHECK(info.size == HELLO_SIZE, "size %llu, expected %d", (unsigned long long)info.size, HELLO_SIZE);
    TAP_CHECK(strcmp(info.name, "a.txt") == 0, "name '%s', expected 'a.txt'", info.name);
    const char* failure = make_file(SCRATCH "/empty.txt", "");
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK_OK(io_stat(SCRATCH "/empty.txt", &info));
    TAP_CHECK(info.size == 0, "an empty file's size is %llu", (unsigned long long)info.size);
    TAP_CHECK_OK(remove(SCRATCH "/empty.txt"));
    TAP_CHECK_ERRNO(io_stat(SCRATCH "/missing.txt", &info), ENOENT);
    return NULL;
}

// What readdir should list in the scratch directory.
static const struct
{
    const char* name;
    uint32_t type;
} listing[] = {{"a.txt", STAT_FILE}, {"b.txt", STAT_FILE}, {"c.txt", STAT_FILE}, {"sub", STAT_DIR}};
#define LISTING_SIZE (sizeof(listing) / sizeof(listing[0]))

// Check the entries read from the scratch directory against the listing.
static const char* check_listing(const stat_t* entries, size_t count)
{
    TAP_CHECK(count == LISTING_SIZE, "%zu entries, expected %zu", count, LISTING_SIZE);
    for (size_t i = 0; i < LISTING_SIZE; i++)
    {
        size_t found = 0;
        for (size_t j = 0; j < count; j++)
        {
            if (strcmp(entries[j].name, listing[i].name) == 0)
            {
                found++;
                TAP_CHECK(entries[j].type == listing[i].type, "%s has type %u, expected %u", listing[i].name,
                          entries[j].type, listing[i].type);
            }
        }
        TAP_CHECK(found == 1, "%s is listed %zu times", listing[i].name, found);
    }
    return NULL;
}

static const char* test_readdir(void)
{
    const char* failure;
    if ((failure = make_file(SCRATCH "/b.txt", "b")) != NULL || (failure = make_file(SCRATCH "/c.txt", "c")) != NULL)
    {
        return failure;
    }
    TAP_CHECK_OK(io_mkdir(SCRATCH "/sub"));

    // All at once, with room to spare; then nothing more.
    stat_t entries[8];
    fd_t dir = io_open(SCRATCH);
    TAP_CHECK(dir != -1, "open the directory: %s", strerror(errno));
    ssize_t count = io_readdir(dir, entries, 8);
    ssize_t after = io_readdir(dir, entries + 4, 4);
    close(dir);
    TAP_CHECK(count != -1, "readdir: %s", strerror(errno));
    if ((failure = check_listing(entries, (size_t)count)) != NULL)
    {
        return failure;
    }
    TAP_CHECK(after == 0, "a readdir after the last entry gave %ld, expected 0", (long)after);

    // One at a time: the offset moves on by one entry each call.
    dir = io_open(SCRATCH);
    TAP_CHECK(dir != -1, "open the directory again: %s", strerror(errno));
    size_t total = 0;
    while (total < 8 && (count = io_readdir(dir, &entries[total], 1)) == 1)
    {
        total++;
    }
    close(dir);
    TAP_CHECK(count == 0, "one at a time, readdir gave %ld after %zu entries", (long)count, total);
    return check_listing(entries, total);
}

static const char* test_nested_directories(void)
{
    TAP_CHECK_OK(io_mkdir(SCRATCH "/sub/inner"));
    const char* failure = make_file(SCRATCH "/sub/inner/deep.txt", "deep");
    TAP_CHECK(failure == NULL, "%s", failure);
    stat_t info;
    TAP_CHECK_OK(io_stat(SCRATCH "/sub/inner/deep.txt", &info));
    TAP_CHECK(info.size == 4, "deep.txt has size %llu, expected 4", (unsigned long long)info.size);
    TAP_CHECK_OK(io_stat(SCRATCH "/sub/inner", &info));
    TAP_CHECK(info.type == STAT_DIR, "sub/inner has type %u", info.type);
    TAP_CHECK_ERRNO(io_mkdir(SCRATCH "/no-such/dir"), ENOENT);
    TAP_CHECK_ERRNO(io_mkdir(SCRATCH "/a.txt/dir"), ENOTDIR);
    return check_content(SCRATCH "/sub/inner/deep.txt", "deep");
}

static const char* test_remove(void)
{
    const char* failure = make_file(SCRATCH "/doomed.txt", "x");
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK_OK(remove(SCRATCH "/doomed.txt"));
    stat_t info;
    TAP_CHECK_ERRNO(io_stat(SCRATCH "/doomed.txt", &info), ENOENT);
    TAP_CHECK_ERRNO(remove(SCRATCH "/doomed.txt"), ENOENT);
    TAP_CHECK_ERRNO(remove(SCRATCH "/sub"), ENOTEMPTY);
    return NULL;
}

static const char* test_dotdot(void)
{
    stat_t root, above;
    TAP_CHECK_OK(io_stat("home:/", &root));
    TAP_CHECK_OK(io_stat("home:/..", &above));
    TAP_CHECK(above.type == STAT_DIR, "home:/.. is not a directory");
    TAP_CHECK(strcmp(above.name, root.name) == 0, "home:/.. is '%s', home:/ is '%s'", above.name, root.name);
    const char* failure;
    if ((failure = check_content("home:/../tmp-vfs-test/a.txt", HELLO)) != NULL ||
        (failure = check_content("home:/../../tmp-vfs-test/./a.txt", HELLO)) != NULL ||
        (failure = check_content(SCRATCH "/sub/inner/../../a.txt", HELLO)) != NULL)
    {
        return failure;
    }
    return NULL;
}

static const char* test_labels(void)
{
    stat_t info;
    TAP_CHECK_OK(io_stat("home:/", &info));
    TAP_CHECK(info.type == STAT_DIR, "home:/ is not a directory");
    TAP_CHECK_OK(io_stat("sys:/", &info));
    TAP_CHECK(info.type == STAT_DIR, "sys:/ is not a directory");
    fd_t fd = io_openf("sys:/proc/%lld/status", (long long)process_id());
    TAP_CHECK(fd != -1, "open our own sys:/proc/[pid]/status: %s", strerror(errno));
    close(fd);
    TAP_CHECK_ERRNO(io_stat("nosuchlabel:/", &info), ENOENT);
    TAP_CHECK_ERRNO(io_open("nosuchlabel:/file"), ENOENT);
    return NULL;
}

static const char* test_relative_paths(void)
{
    TAP_CHECK_OK(chdir(SCRATCH));
    const char* failure;
    if ((failure = check_content("a.txt", HELLO)) != NULL || (failure = check_content("./sub/../a.txt", HELLO)) != NULL ||
        (failure = check_content("sub/inner/deep.txt", "deep")) != NULL ||
        // "/x" is from the root of the working directory's label.
        (failure = check_content("/tmp-vfs-test/a.txt", HELLO)) != NULL)
    {
        chdir("home:/");
        return failure;
    }
    // Relative chdir, then a path relative to that.
    TAP_CHECK_OK(chdir("sub/inner"));
    failure = check_content("deep.txt", "deep");
    if (failure == NULL)
    {
        failure = check_content("../../a.txt", HELLO);
    }
    errno = 0;
    int to_file = chdir(SCRATCH "/a.txt");
    int to_file_error = errno;
    TAP_CHECK_OK(chdir("home:/"));
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(to_file == -1 && to_file_error == ENOTDIR, "chdir to a file gave %d (%s), expected ENOTDIR", to_file,
              strerror(to_file_error));
    return NULL;
}

static const char* test_flag_trunc(void)
{
    fd_t fd = io_open(SCRATCH "/a.txt?create&trunc");
    TAP_CHECK(fd != -1, "open ?create&trunc: %s", strerror(errno));
    close(fd);
    stat_t info;
    TAP_CHECK_OK(io_stat(SCRATCH "/a.txt", &info));
    TAP_CHECK(info.size == 0, "after ?create&trunc the size is %llu", (unsigned long long)info.size);
    // Put the content back for the tests after this one.
    return make_file(SCRATCH "/a.txt", HELLO);
}

static const char* test_flag_append(void)
{
    const char* failure = make_file(SCRATCH "/log.txt", "x");
    TAP_CHECK(failure == NULL, "%s", failure);
    fd_t fd = io_open(SCRATCH "/log.txt?append");
    TAP_CHECK(fd != -1, "open ?append: %s", strerror(errno));
    // Even from the start, every write goes to the end.
    seek(fd, 0, SEEK_SET);
    ssize_t first = write(fd, "y", 1);
    seek(fd, 0, SEEK_SET);
    ssize_t second = write(fd, "z", 1);
    close(fd);
    TAP_CHECK(first == 1 && second == 1, "the writes gave %ld and %ld", (long)first, (long)second);
    return check_content(SCRATCH "/log.txt", "xyz");
}

static const char* test_flag_unknown(void)
{
    TAP_CHECK_ERRNO(io_open(SCRATCH "/a.txt?frobnicate"), EINVAL);
    TAP_CHECK_ERRNO(io_open(SCRATCH "/a.txt?create&frobnicate"), EINVAL);
    TAP_CHECK_ERRNO(io_open(SCRATCH "/a.txt?"), EINVAL);
    return NULL;
}

static const char* test_path_too_long(void)
{
    char path[MAX_PATH + 8];
    strcpy(path, SCRATCH "/");
    size_t start = strlen(path);
    memset(path + start, 'n', sizeof(path) - start - 1);
    path[sizeof(path) - 1] = '\0';
    TAP_CHECK_ERRNO(io_open(path), ENAMETOOLONG);
    return NULL;
}

static const char* test_dup_shares_offset(void)
{
    fd_t fd = io_open(SCRATCH "/a.txt");
    TAP_CHECK(fd != -1, "open: %s", strerror(errno));
    fd_t copy = dup(fd);
    fd_t target = io_open(SCRATCH "/sub/inner/deep.txt"); // open, so dup2 has to close it
    fd_t copy2 = target == -1 ? -1 : dup2(fd, target);
    char first[5] = "", second[5] = "", third[5] = "";
    ssize_t got1 = read(fd, first, 5);
    ssize_t got2 = copy == -1 ? -1 : read(copy, second, 5);
    ssize_t got3 = copy2 == -1 ? -1 : read(copy2, third, 3);
    off_t offset = seek(fd, 0, SEEK_CUR);
    close(fd);
    close(copy);
    close(target);
    TAP_CHECK(copy != -1 && copy != fd, "dup gave %d", copy);
    TAP_CHECK(target != -1, "opening deep.txt: %s", strerror(errno));
    TAP_CHECK(copy2 == target, "dup2 gave %d, expected its target %d", copy2, target);
    TAP_CHECK(got1 == 5 && memcmp(first, "hello", 5) == 0, "the first read gave '%.5s'", first);
    TAP_CHECK(got2 == 5 && memcmp(second, ", wor", 5) == 0, "the dup's read gave '%.5s', expected ', wor'", second);
    TAP_CHECK(got3 == 3 && memcmp(third, "ld\n", 3) == 0, "the dup2's read gave '%.3s', expected 'ld\\n'", third);
    TAP_CHECK(offset == HELLO_SIZE, "the original's offset is %lld, expected %d", (long long)offset, HELLO_SIZE);
    TAP_CHECK_ERRNO(dup(-1), EBADF);
    TAP_CHECK_ERRNO(dup2(999, 5), EBADF);
    return NULL;
}

static const char* test_poll_ramfs_file(void)
{
    fd_t fd = io_open(SCRATCH "/a.txt");
    TAP_CHECK(fd != -1, "open: %s", strerror(errno));
    pollfd_t fds[2] = {{fd, POLL_READ | POLL_WRITE, 0}, {999, POLL_READ, 0}};
    int ready_now = io_poll(fds, 1, 0);
    uint16_t events_now = fds[0].revents;
    // Ready already: even with no time limit it returns at once.
    fds[0].revents = 0;
    int ready_never = io_poll(fds, 1, TIMEOUT_NEVER);
    uint16_t events_never = fds[0].revents;
    // A descriptor that is not open is reported, not an error.
    int ready_bad = io_poll(fds, 2, 0);
    uint16_t events_bad = fds[1].revents;
    close(fd);
    TAP_CHECK(ready_now == 1, "poll with no wait gave %d (%s), expected 1", ready_now, strerror(errno));
    TAP_CHECK(events_now == (POLL_READ | POLL_WRITE), "revents 0x%x, expected POLL_READ|POLL_WRITE", events_now);
    TAP_CHECK(ready_never == 1 && events_never == (POLL_READ | POLL_WRITE),
              "poll with TIMEOUT_NEVER gave %d, revents 0x%x", ready_never, events_never);
    TAP_CHECK(ready_bad == 2, "poll with a closed descriptor gave %d (%s), expected 2", ready_bad, strerror(errno));
    TAP_CHECK(events_bad & POLL_INVALID, "the closed descriptor's revents are 0x%x, without POLL_INVALID", events_bad);
    return NULL;
}

static const char* test_close_bad_fd(void)
{
    TAP_CHECK_ERRNO(close(-1), EBADF);
    TAP_CHECK_ERRNO(close(999), EBADF);
    fd_t fd = io_open(SCRATCH "/a.txt");
    TAP_CHECK(fd != -1, "open: %s", strerror(errno));
    TAP_CHECK_OK(close(fd));
    TAP_CHECK_ERRNO(close(fd), EBADF);
    char byte;
    TAP_CHECK_ERRNO(read(fd, &byte, 1), EBADF);
    return NULL;
}

static const char* test_remove_scratch(void)
{
    static const char* const paths[] = {
        SCRATCH "/sub/inner/deep.txt", SCRATCH "/sub/inner", SCRATCH "/sub", SCRATCH "/log.txt",
        SCRATCH "/c.txt", SCRATCH "/b.txt", SCRATCH "/a.txt", SCRATCH,
    };
    for (size_t i = 0; i < sizeof(paths) / sizeof(paths[0]); i++)
    {
        TAP_CHECK(remove(paths[i]) == 0, "remove(\"%s\"): %s", paths[i], strerror(errno));
    }
    stat_t info;
    TAP_CHECK_ERRNO(io_stat(SCRATCH, &info), ENOENT);
    return NULL;
}

int main(void)
{
    tap_suite("vfs");
    tap_run("mkdir-scratch", test_mkdir_scratch);
    tap_run("create-write-read", test_create_write_read);
    tap_run("open-missing", test_open_missing);
    tap_run("seek", test_seek);
    tap_run("stat-size", test_stat_size);
    tap_run("readdir", test_readdir);
    tap_run("nested-directories", test_nested_directories);
    tap_run("remove", test_remove);
    tap_run("dotdot-at-root", test_dotdot);
    tap_run("labels", test_labels);
    tap_run("relative-paths", test_relative_paths);
    tap_run("flag-create-trunc", test_flag_trunc);
    tap_run("flag-append", test_flag_append);
    tap_run("flag-unknown", test_flag_unknown);
    tap_run("path-too-long", test_path_too_long);
    tap_run("dup-shares-offset", test_dup_shares_offset);
    tap_run("poll-ramfs-file", test_poll_ramfs_file);
    tap_run("close-bad-fd", test_close_bad_fd);
    tap_run("remove-scratch", test_remove_scratch);
    return tap_exit_status();
}

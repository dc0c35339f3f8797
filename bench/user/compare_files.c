// home:/bench/compare_files, and /bin/compare_files in the Linux guest:
// the file system as a program sees it, the same source on both systems
// (bench/compare.sh; shared helpers in compare.h). Files live in the RAM
// file system each system boots with: home:/tmp here, the initramfs's /tmp
// (a tmpfs) on Linux. Raw integers:
//   file_write_64k   KB/s: a new 16 MiB file written in 64 KiB writes
//   file_read_64k    KB/s: the same file read back 4 times in 64 KiB reads
//   open_close       ns per open(O_RDONLY) + close of an existing file
//   stat             ns per stat of an existing file
//   readdir_entry    ns per entry: opendir, readdir to the end, closedir
//                    of a directory of 200 files, 50 times
#include "compare.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#ifdef __patchwork__
#define TMP_DIR "home:/tmp"
#else
#define TMP_DIR "/tmp"
#endif
#define WORK_DIR TMP_DIR "/bench-compare"
#define BIG_FILE WORK_DIR "/big"
#define FILE_BYTES (16 * 1024 * 1024)
#define PIECE (64 * 1024)
#define READ_ROUNDS 4
#define OPEN_ROUNDS 2000
#define STAT_ROUNDS 2000
#define DIR_FILES 200
#define DIR_ROUNDS 50

static unsigned char piece[PIECE];

static int bench_write_read(void)
{
    int fd = open(BIG_FILE, O_RDWR | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
    {
        return compare_fail("open " BIG_FILE);
    }
    memset(piece, 0x5a, sizeof(piece));
    uint64_t start = compare_now_ns();
    for (size_t done = 0; done < FILE_BYTES; done += PIECE)
    {
        if (write(fd, piece, PIECE) != PIECE)
        {
            close(fd);
            return compare_fail("write " BIG_FILE);
        }
    }
    compare_report("file_write_64k", compare_kb_per_s(FILE_BYTES, compare_now_ns() - start), "KB/s");
    start = compare_now_ns();
    for (int round = 0; round < READ_ROUNDS; round++)
    {
        if (lseek(fd, 0, SEEK_SET) != 0)
        {
            close(fd);
            return compare_fail("lseek " BIG_FILE);
        }
        size_t total = 0;
        ssize_t got;
        while ((got = read(fd, piece, PIECE)) > 0)
        {
            total += (size_t)got;
        }
        if (got < 0 || total != FILE_BYTES)
        {
            close(fd);
            return compare_fail("reading " BIG_FILE " back");
        }
    }
    uint64_t elapsed = compare_now_ns() - start;
    close(fd);
    compare_report("file_read_64k", compare_kb_per_s((uint64_t)FILE_BYTES * READ_ROUNDS, elapsed), "KB/s");
    return 0;
}

static int bench_open_stat(void)
{
    const char* path = WORK_DIR "/file-0";
    uint64_t start = compare_now_ns();
    for (int i = 0; i < OPEN_ROUNDS; i++)
    {
        int fd = open(path, O_RDONLY);
        if (fd < 0 || close(fd) != 0)
        {
            return compare_fail("open or close");
        }
    }
    compare_report("open_close", (compare_now_ns() - start) / OPEN_ROUNDS, "ns");
    struct stat info;
    start = compare_now_ns();
    for (int i = 0; i < STAT_ROUNDS; i++)
    {
        if (stat(path, &info) != 0 || !S_ISREG(info.st_mode))
        {
            return compare_fail("stat");
        }
    }
    compare_report("stat", (compare_now_ns() - start) / STAT_ROUNDS, "ns");
    return 0;
}

static int bench_readdir(void)
{
    uint64_t entries = 0;
    uint64_t start = compare_now_ns();
    for (int i = 0; i < DIR_ROUNDS; i++)
    {
        DIR* dir = opendir(WORK_DIR);
        if (dir == NULL)
        {
            return compare_fail("opendir " WORK_DIR);
        }
        while (readdir(dir) != NULL)
        {
            entries++;
        }
        closedir(dir);
    }
    // Linux lists "." and ".." too; the 200 files are there on both.
    if (entries < (uint64_t)DIR_FILES * DIR_ROUNDS)
    {
        errno = 0;
        return compare_fail("readdir saw fewer entries than there are files");
    }
    compare_report("readdir_entry", (compare_now_ns() - start) / entries, "ns");
    return 0;
}

static void file_name(char* path, size_t size, int i)
{
    snprintf(path, size, WORK_DIR "/file-%d", i);
}

static int make_files(void)
{
    mkdir(TMP_DIR, 0777); // there already on Linux
    if (mkdir(WORK_DIR, 0777) != 0)
    {
        return compare_fail("mkdir " WORK_DIR);
    }
    for (int i = 0; i < DIR_FILES; i++)
    {
        char path[64];
        file_name(path, sizeof(path), i);
        int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
        if (fd < 0 || close(fd) != 0)
        {
            return compare_fail("creating the directory's files");
        }
    }
    return 0;
}

static void remove_files(void)
{
    for (int i = 0; i < DIR_FILES; i++)
    {
        char path[64];
        file_name(path, sizeof(path), i);
        unlink(path);
    }
    unlink(BIG_FILE);
    rmdir(WORK_DIR);
}

int main(void)
{
    int failed = make_files();
    if (failed == 0)
    {
        failed |= bench_open_stat();
        failed |= bench_readdir();
        failed |= bench_write_read(); // last: the directory holds 200 files only
    }
    remove_files();
    return failed;
}

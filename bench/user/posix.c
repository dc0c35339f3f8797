// home:/bench/posix: the POSIX layer's cost, one "BENCH name value unit"
// line each (times from clock_gettime(CLOCK_MONOTONIC), integer means):
//   posix_spawn_wait_us    posix_spawn of a program that exits at once,
//                          then waitpid: mean per pair
//   open_close_us          open(O_RDONLY) and close of an existing file
//   stat_us                stat of an existing file
//   readdir_per_entry_ns   opendir, readdir to the end, closedir over a
//                          directory of 200 files, per entry
// Exits with 1, after a "# " line saying why, if something fails.
#include <dirent.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define SPAWN_ROUNDS 100
#define OPEN_ROUNDS 2000
#define STAT_ROUNDS 2000
#define DIR_FILES 200
#define DIR_ROUNDS 50
#define DIR_PATH "home:/tmp/bench-posix"
#define CHILD "home:/test/helpers/exit_with"

static uint64_t now_ns(void)
{
    struct timespec time;
    clock_gettime(CLOCK_MONOTONIC, &time);
    return (uint64_t)time.tv_sec * 1000000000u + (uint64_t)time.tv_nsec;
}

static int fail(const char* what)
{
    printf("# bench posix: %s\n", what);
    return 1;
}

static int bench_spawn_wait(void)
{
    char* argv[] = {CHILD, "0", NULL};
    uint64_t start = now_ns();
    for (int i = 0; i < SPAWN_ROUNDS; i++)
    {
        pid_t pid;
        int status;
        if (posix_spawn(&pid, CHILD, NULL, NULL, argv, NULL) != 0 || waitpid(pid, &status, 0) != pid ||
            !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        {
            return fail("posix_spawn or waitpid of exit_with failed");
        }
    }
    printf("BENCH posix_spawn_wait_us %llu us\n", (unsigned long long)((now_ns() - start) / SPAWN_ROUNDS / 1000));
    return 0;
}

static int bench_open_stat(void)
{
    const char* path = DIR_PATH "/file-0";
    uint64_t start = now_ns();
    for (int i = 0; i < OPEN_ROUNDS; i++)
    {
        int fd = open(path, O_RDONLY);
        if (fd < 0 || close(fd) != 0)
        {
            return fail("open or close failed");
        }
    }
    printf("BENCH open_close_us %llu us\n", (unsigned long long)((now_ns() - start) / OPEN_ROUNDS / 1000));
    struct stat info;
    start = now_ns();
    for (int i = 0; i < STAT_ROUNDS; i++)
    {
        if (stat(path, &info) != 0 || !S_ISREG(info.st_mode))
        {
            return fail("stat failed");
        }
    }
    // Nanoseconds first, so a figure below a microsecond still reads right.
    uint64_t stat_ns = (now_ns() - start) / STAT_ROUNDS;
    printf("BENCH stat_us %llu.%03llu us\n", (unsigned long long)(stat_ns / 1000),
           (unsigned long long)(stat_ns % 1000));
    return 0;
}

static int bench_readdir(void)
{
    uint64_t entries = 0;
    uint64_t start = now_ns();
    for (int i = 0; i < DIR_ROUNDS; i++)
    {
        DIR* dir = opendir(DIR_PATH);
        if (dir == NULL)
        {
            return fail("opendir failed");
        }
        while (readdir(dir) != NULL)
        {
            entries++;
        }
        closedir(dir);
    }
    if (entries < (uint64_t)DIR_FILES * DIR_ROUNDS)
    {
        return fail("readdir saw fewer entries than there are files");
    }
    printf("BENCH readdir_per_entry_ns %llu ns\n", (unsigned long long)((now_ns() - start) / entries));
    return 0;
}

static int make_files(void)
{
    mkdir("home:/tmp", 0777);
    if (mkdir(DIR_PATH, 0777) != 0)
    {
        return fail("mkdir " DIR_PATH " failed");
    }
    for (int i = 0; i < DIR_FILES; i++)
    {
        char path[64];
        snprintf(path, sizeof(path), DIR_PATH "/file-%d", i);
        int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
        if (fd < 0 || close(fd) != 0)
        {
            return fail("creating the files failed");
        }
    }
    return 0;
}

static void remove_files(void)
{
    for (int i = 0; i < DIR_FILES; i++)
    {
        char path[64];
        snprintf(path, sizeof(path), DIR_PATH "/file-%d", i);
        unlink(path);
    }
    rmdir(DIR_PATH);
}

int main(void)
{
    int failed = make_files();
    if (failed == 0)
    {
        failed |= bench_spawn_wait();
        failed |= bench_open_stat();
        failed |= bench_readdir();
    }
    remove_files();
    return failed;
}

// home:/bench/compare, and /bin/compare in the Linux guest: the operations
// of bench/compare.sh, written once for both systems (POSIX, and a shim
// below for the one call that differs). PatchworkOS builds it with the
// cross GCC like every bench/user program; bench/compare.sh builds it with
// the host's GCC (-static -O2) for Debian's Linux. One "BENCH name value
// unit" line each, raw integers (libstd's printf has no floating point
// yet; bench/compare.sh scales them):
//   syscall_null            ns per cheapest system call (Linux:
//                           syscall(SYS_getppid); PatchworkOS: process_id())
//   malloc_free_small       ns per malloc+free of 16..256-byte blocks, 64
//                           held at a time (as bench/user/libstd.c)
//   pipe_64k                KB/s (10^3 bytes): 32 MiB written in 64 KiB
//                           writes into a pipe, read by a child in 64 KiB
//                           reads, until the child has been waited for
//   mmap_touch_unmap_64m    ns per page: mmap 64 MiB anonymous, write one
//                           byte per 4 KiB page, munmap (3 times)
//   thread_pingpong         ns per round trip between two threads through a
//                           pthread mutex and two condition variables
//   pipe_pingpong           ns per round trip of one byte to a child that
//                           echoes it back through a second pipe
//   spawn_wait              ns per posix_spawn of this program with the
//                           argument "exit" (it returns at once) + waitpid
//   clock_read              ns per clock_gettime(CLOCK_MONOTONIC)
//   NAME_median             for pipe_64k, thread_pingpong, pipe_pingpong
//                           and spawn_wait: the same from the median batch
//                           (compare.h): 1 MiB of the pipe, 50 round trips,
//                           one spawn
//   boot_to_user            ns: the monotonic clock when this program
//                           starts, which counts from the kernel's start
//                           (PatchworkOS: its entry; Linux: its time-keeping,
//                           after the decompression); here it is the first
//                           process, on Linux busybox's /init comes first
// It first prints "# compare: started", for bench/compare.sh to time the
// boot from the host, and last runs the other comparison programs beside
// it (compare_files, compare_ipc, compare_libc), whose lines follow.
// Every time comes from clock_gettime(CLOCK_MONOTONIC). The program spawns
// itself (argv[0]) as the child: "exit", "sink BYTES", "echo COUNT".
// Exits with 1, after a "# " line saying why, if something fails.
#ifdef __linux__
#define _GNU_SOURCE
#include <sys/syscall.h>
#endif

#include "compare.h"

#include <pthread.h>
#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifdef __patchwork__
#include <sys/proc.h>
#endif

#define SYSCALL_ROUNDS 200000
#define MALLOC_HELD 64
#define MALLOC_ROUNDS 4000
#define PIPE_BYTES (32 * 1024 * 1024)
#define PIPE_PIECE (64 * 1024)
#define PIPE_BATCH_BYTES (1024 * 1024)
#define MAP_BYTES ((size_t)64 * 1024 * 1024)
#define MAP_PAGE 4096
#define MAP_ROUNDS 3
#define THREAD_PINGPONGS 2000
#define PIPE_PINGPONGS 2000
#define SPAWN_ROUNDS 50
#define PINGPONG_BATCH 50
#define CLOCK_ROUNDS 100000

extern char** environ;

static const char* self;
static unsigned char piece[PIPE_PIECE];

// The cheapest system call each system has.
static void null_syscall(void)
{
#ifdef __linux__
    syscall(SYS_getppid);
#else
    process_id();
#endif
}

static int bench_syscall(void)
{
    uint64_t start = compare_now_ns();
    for (int i = 0; i < SYSCALL_ROUNDS; i++)
    {
        null_syscall();
    }
    compare_report("syscall_null", (compare_now_ns() - start) / SYSCALL_ROUNDS, "ns");
    return 0;
}

static int bench_malloc(void)
{
    // volatile: the compiler may not pair malloc with free and drop both.
    static void* volatile held[MALLOC_HELD];
    uint64_t start = 0;
    for (int round = -1; round < MALLOC_ROUNDS; round++) // round -1 warms up
    {
        if (round == 0)
        {
            start = compare_now_ns();
        }
        for (int i = 0; i < MALLOC_HELD; i++)
        {
            held[i] = malloc(16 + (size_t)((unsigned)(round * 7 + i * 13) % 16) * 16);
            if (held[i] == NULL)
            {
                return compare_fail("malloc");
            }
        }
        for (int i = 0; i < MALLOC_HELD; i++)
        {
            free(held[i]);
        }
    }
    compare_report("malloc_free_small", (compare_now_ns() - start) / ((uint64_t)MALLOC_ROUNDS * MALLOC_HELD), "ns");
    return 0;
}

// Start this program as "self MODE ARGUMENT" with @p in and @p out (-1:
// none) as its stdin and stdout, the other descriptors of @p close closed.
static pid_t start_child(const char* mode, const char* argument, int in, int out, const int* close_fds, int closes)
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (in >= 0)
    {
        posix_spawn_file_actions_adddup2(&actions, in, STDIN_FILENO);
    }
    if (out >= 0)
    {
        posix_spawn_file_actions_adddup2(&actions, out, STDOUT_FILENO);
    }
    for (int i = 0; i < closes; i++)
    {
        if (close_fds[i] > STDERR_FILENO)
        {
            posix_spawn_file_actions_addclose(&actions, close_fds[i]);
        }
    }
    char* argv[] = {(char*)self, (char*)mode, (char*)argument, NULL};
    pid_t pid;
    int error = posix_spawn(&pid, self, &actions, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    if (error != 0)
    {
        errno = error;
        return -1;
    }
    return pid;
}

static int wait_ok(pid_t pid)
{
    int status;
    return waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

static int bench_pipe_stream(void)
{
    int fds[2];
    if (pipe(fds) != 0)
    {
        return compare_fail("pipe");
    }
    char count[24];
    snprintf(count, sizeof(count), "%d", PIPE_BYTES);
    pid_t child = start_child("sink", count, fds[0], -1, fds, 2);
    close(fds[0]);
    if (child < 0)
    {
        close(fds[1]);
        return compare_fail("posix_spawn sink");
    }
    memset(piece, 'x', sizeof(piece));
    compare_batches_t batches;
    uint64_t start = compare_now_ns();
    compare_batches_start(&batches);
    for (size_t sent = 0; sent < PIPE_BYTES;)
    {
        ssize_t wrote = write(fds[1], piece, PIPE_PIECE);
        if (wrote <= 0)
        {
            close(fds[1]);
            return compare_fail("write to the pipe");
        }
        compare_batches_bytes(&batches, sent, sent + (size_t)wrote, PIPE_BATCH_BYTES);
        sent += (size_t)wrote;
    }
    close(fds[1]);
    if (!wait_ok(child))
    {
        return compare_fail("the sink failed");
    }
    uint64_t elapsed = compare_now_ns() - start;
    compare_report("pipe_64k", compare_kb_per_s(PIPE_BYTES, elapsed), "KB/s");
    compare_report("pipe_64k_median", compare_kb_per_s(PIPE_BATCH_BYTES, compare_batches_median(&batches)), "KB/s");
    return 0;
}

static int bench_mmap(void)
{
    uint64_t start = compare_now_ns();
    for (int round = 0; round < MAP_ROUNDS; round++)
    {
        volatile unsigned char* map = mmap(NULL, MAP_BYTES, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (map == MAP_FAILED)
        {
            return compare_fail("mmap of 64 MiB");
        }
        for (size_t offset = 0; offset < MAP_BYTES; offset += MAP_PAGE)
        {
            map[offset] = 1;
        }
        if (munmap((void*)map, MAP_BYTES) != 0)
        {
            return compare_fail("munmap");
        }
    }
    compare_report("mmap_touch_unmap_64m", (compare_now_ns() - start) / (MAP_ROUNDS * (MAP_BYTES / MAP_PAGE)), "ns");
    return 0;
}

static pthread_mutex_t ping_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t ping_to_pong = PTHREAD_COND_INITIALIZER;
static pthread_cond_t pong_to_ping = PTHREAD_COND_INITIALIZER;
static int ping_turn; // 1: the pong thread's turn; 0: the main thread's
static int ping_done;

static void* pong_thread(void* unused)
{
    (void)unused;
    pthread_mutex_lock(&ping_lock);
    while (!ping_done)
    {
        while (ping_turn == 0 && !ping_done)
        {
            pthread_cond_wait(&ping_to_pong, &ping_lock);
        }
        ping_turn = 0;
        pthread_cond_signal(&pong_to_ping);
    }
    pthread_mutex_unlock(&ping_lock);
    return NULL;
}

static int bench_thread_pingpong(void)
{
    pthread_t thread;
    if (pthread_create(&thread, NULL, pong_thread, NULL) != 0)
    {
        return compare_fail("pthread_create");
    }
    uint64_t start = 0;
    compare_batches_t batches;
    pthread_mutex_lock(&ping_lock);
    for (int i = -10; i < THREAD_PINGPONGS; i++) // 10 to warm up
    {
        if (i == 0)
        {
            start = compare_now_ns();
            compare_batches_start(&batches);
        }
        else if (i > 0 && i % PINGPONG_BATCH == 0)
        {
            compare_batches_mark(&batches);
        }
        ping_turn = 1;
        pthread_cond_signal(&ping_to_pong);
        while (ping_turn == 1)
        {
            pthread_cond_wait(&pong_to_ping, &ping_lock);
        }
    }
    uint64_t elapsed = compare_now_ns() - start;
    compare_batches_mark(&batches);
    ping_done = 1;
    pthread_cond_signal(&ping_to_pong);
    pthread_mutex_unlock(&ping_lock);
    pthread_join(thread, NULL);
    compare_report("thread_pingpong", elapsed / THREAD_PINGPONGS, "ns");
    compare_report("thread_pingpong_median", compare_batches_median(&batches) / PINGPONG_BATCH, "ns");
    return 0;
}

static int bench_pipe_pingpong(void)
{
    int to_child[2];
    int from_child[2];
    if (pipe(to_child) != 0)
    {
        return compare_fail("pipe");
    }
    if (pipe(from_child) != 0)
    {
        close(to_child[0]);
        close(to_child[1]);
        return compare_fail("pipe");
    }
    char count[24];
    snprintf(count, sizeof(count), "%d", PIPE_PINGPONGS + 10);
    int all[4] = {to_child[0], to_child[1], from_child[0], from_child[1]};
    pid_t child = start_child("echo", count, to_child[0], from_child[1], all, 4);
    close(to_child[0]);
    close(from_child[1]);
    int result = 0;
    uint64_t start = 0;
    compare_batches_t batches;
    if (child < 0)
    {
        result = compare_fail("posix_spawn echo");
    }
    for (int i = -10; child >= 0 && i < PIPE_PINGPONGS; i++) // 10 to warm up
    {
        if (i == 0)
        {
            start = compare_now_ns();
            compare_batches_start(&batches);
        }
        else if (i > 0 && i % PINGPONG_BATCH == 0)
        {
            compare_batches_mark(&batches);
        }
        char byte = 'p';
        if (write(to_child[1], &byte, 1) != 1 || read(from_child[0], &byte, 1) != 1)
        {
            result = compare_fail("pipe ping-pong");
            break;
        }
    }
    uint64_t elapsed = compare_now_ns() - start;
    if (result == 0)
    {
        compare_batches_mark(&batches);
    }
    close(to_child[1]);
    close(from_child[0]);
    if (child >= 0 && !wait_ok(child))
    {
        return result | compare_fail("the echo child failed");
    }
    if (result == 0)
    {
        compare_report("pipe_pingpong", elapsed / PIPE_PINGPONGS, "ns");
        compare_report("pipe_pingpong_median", compare_batches_median(&batches) / PINGPONG_BATCH, "ns");
    }
    return result;
}

static int bench_spawn(void)
{
    uint64_t start = 0;
    compare_batches_t batches;
    for (int i = -1; i < SPAWN_ROUNDS; i++) // one to warm up
    {
        if (i == 0)
        {
            start = compare_now_ns();
            compare_batches_start(&batches);
        }
        else if (i > 0)
        {
            compare_batches_mark(&batches);
        }
        pid_t child = start_child("exit", "0", -1, -1, NULL, 0);
        if (child < 0)
        {
            return compare_fail("posix_spawn");
        }
        if (!wait_ok(child))
        {
            return compare_fail("waitpid");
        }
    }
    uint64_t elapsed = compare_now_ns() - start;
    compare_batches_mark(&batches);
    compare_report("spawn_wait", elapsed / SPAWN_ROUNDS, "ns");
    compare_report("spawn_wait_median", compare_batches_median(&batches), "ns");
    return 0;
}

static int bench_clock(void)
{
    struct timespec time;
    uint64_t start = compare_now_ns();
    for (int i = 0; i < CLOCK_ROUNDS; i++)
    {
        clock_gettime(CLOCK_MONOTONIC, &time);
    }
    compare_report("clock_read", (compare_now_ns() - start) / CLOCK_ROUNDS, "ns");
    return 0;
}

// The children: read BYTES from stdin; echo COUNT bytes one at a time.
static int child_sink(long bytes)
{
    while (bytes > 0)
    {
        ssize_t got = read(STDIN_FILENO, piece, sizeof(piece));
        if (got <= 0)
        {
            return 1;
        }
        bytes -= got;
    }
    return 0;
}

static int child_echo(long count)
{
    for (long i = 0; i < count; i++)
    {
        char byte;
        if (read(STDIN_FILENO, &byte, 1) != 1 || write(STDOUT_FILENO, &byte, 1) != 1)
        {
            return 1;
        }
    }
    return 0;
}

// Run the comparison program @p name from this program's folder.
static int run_sibling(const char* name)
{
    const char* slash = strrchr(self, '/');
    int folder = slash != NULL ? (int)(slash - self + 1) : 0;
    char path[256];
    snprintf(path, sizeof(path), "%.*s%s", folder, self, name);
    char* argv[] = {path, NULL};
    pid_t pid;
    int error = posix_spawn(&pid, path, NULL, NULL, argv, environ);
    if (error != 0)
    {
        errno = error;
        return compare_fail(path);
    }
    return wait_ok(pid) ? 0 : 1; // it said why
}

// PatchworkOS's scheduler statistics after the set, as comment lines: a
// figure far off its usual value can be told from them (IPIs held back,
// lock holders stopped by a loaded host). Linux has no such file.
static void note_sched_stats(void)
{
    FILE* file = fopen("sys:/stat/sched", "r");
    if (file == NULL)
    {
        return;
    }
    char line[320];
    while (fgets(line, sizeof(line), file) != NULL)
    {
        printf("# sched: %s", line);
    }
    fclose(file);
}

int main(int argc, char** argv)
{
    uint64_t started = compare_now_ns();
    self = argv[0];
    if (argc == 3 && strcmp(argv[1], "exit") == 0)
    {
        return atoi(argv[2]);
    }
    if (argc == 3 && strcmp(argv[1], "sink") == 0)
    {
        return child_sink(atol(argv[2]));
    }
    if (argc == 3 && strcmp(argv[1], "echo") == 0)
    {
        return child_echo(atol(argv[2]));
    }
    printf("# compare: started\n");
    compare_report("boot_to_user", started, "ns");
    int failed = 0;
    failed |= bench_syscall();
    failed |= bench_malloc();
    failed |= bench_pipe_stream();
    failed |= bench_mmap();
    failed |= bench_thread_pingpong();
    failed |= bench_pipe_pingpong();
    failed |= bench_spawn();
    failed |= bench_clock();
    failed |= run_sibling("compare_files");
    failed |= run_sibling("compare_ipc");
    failed |= run_sibling("compare_libc");
    note_sched_stats();
    return failed;
}

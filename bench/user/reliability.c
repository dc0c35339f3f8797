// home:/bench/reliability: one "BENCH name value unit" line each (bench/
// reliability.sh boots the OS with "ubench=reliability" to run it):
//   kill_blocked_threads_median_us   from the kill to the end of the wait,
//   kill_blocked_threads_max_us      for a process whose eight threads are
//                                    blocked in eight different ways (the
//                                    helper blocked_threads from the tests)
// Exits with 1, after a "# " line saying why, if a measurement failed.
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

#define ROUNDS 21
#define HELPER "home:/test/helpers/blocked_threads"

static int fail(const char* what)
{
    writef(STDOUT_FILENO, "# bench reliability: %s: %s\n", what, strerror(errno));
    return -1;
}

// Spawn the helper and wait for its "ready CHILD" line; the child's pid in *child.
static pid_t spawn_blocked(pid_t* child)
{
    fd_t fds[2];
    if (io_open2("sys:/pipe/new", fds) == -1)
    {
        return -1;
    }
    const char* argv[] = {HELPER, NULL};
    spawn_fd_t map[] = {{STDOUT_FILENO, fds[1]}, SPAWN_FD_END};
    pid_t pid = spawn(argv, map, NULL, PRIORITY_INHERIT);
    close(fds[1]);
    char line[32] = {0};
    for (size_t length = 0; pid != -1 && length + 1 < sizeof(line); length++)
    {
        if (read(fds[0], line + length, 1) != 1 || line[length] == '\n')
        {
            break;
        }
    }
    close(fds[0]);
    int number = -1;
    if (pid != -1 && sscanf(line, "ready %d", &number) != 1)
    {
        errno = EIO;
        return -1;
    }
    *child = number;
    return pid;
}

static void sort(uint64_t* values, int count)
{
    for (int i = 1; i < count; i++)
    {
        for (int j = i; j > 0 && values[j - 1] > values[j]; j--)
        {
            uint64_t swap = values[j];
            values[j] = values[j - 1];
            values[j - 1] = swap;
        }
    }
}

static int bench_kill_blocked(void)
{
    uint64_t times[ROUNDS];
    for (int round = 0; round < ROUNDS; round++)
    {
        pid_t child;
        pid_t pid = spawn_blocked(&child);
        if (pid == -1)
        {
            return fail("spawn " HELPER);
        }
        sleep_ns(50000000); // the threads get into their calls
        uint64_t start = uptime();
        if (process_kill(pid) == -1 || process_wait(pid, NULL) == -1)
        {
            return fail("kill and wait");
        }
        times[round] = uptime() - start;
        if (process_kill(child) == -1 || process_wait(child, NULL) == -1)
        {
            return fail("kill and wait for the helper's child");
        }
    }
    sort(times, ROUNDS);
    writef(STDOUT_FILENO, "BENCH kill_blocked_threads_median_us %llu us\n",
        (unsigned long long)(times[ROUNDS / 2] / 1000));
    writef(STDOUT_FILENO, "BENCH kill_blocked_threads_max_us %llu us\n",
        (unsigned long long)(times[ROUNDS - 1] / 1000));
    return 0;
}

int main(void)
{
    return bench_kill_blocked() == 0 ? 0 : 1;
}

// sys:/proc, made from the process table: a process is listed while it is
// in the table, its files find it by pid when opened, and a file opened
// before it was released still reads its final status (process_wait
// relies on that).
#include "process.h"

#include <kernel/fs/vfs.h>
#include <kernel/sched/sched.h>
#include <kernel/test/ktest.h>
#include <kernel/arch/clock.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>

// Whether sys:/proc lists @p pid now; -1 if it cannot be read.
static int proc_test_listed(pid_t pid)
{
    file_t* dir;
    if (vfs_open(NULL, "sys:/proc", &dir) != 0)
    {
        return -1;
    }
    char name[24];
    snprintf(name, sizeof(name), "%ld", (long)pid);
    int listed = 0;
    stat_t entries[8];
    ssize_t count;
    while (!listed && (count = file_readdir(dir, entries, 8)) > 0)
    {
        for (ssize_t i = 0; i < count; i++)
        {
            listed |= strcmp(entries[i].name, name) == 0 && entries[i].type == STAT_DIR;
        }
    }
    file_put(dir);
    return listed;
}

KTEST(proc, sys_proc_lists_live_processes_and_files_outlive_them)
{
    char* argv[] = {"home:/bin/sleep", "20", NULL};
    pid_t pid = process_spawn(NULL, argv, 2, NULL, 0, NULL, 0, NULL, PRIORITY_DEFAULT);
    KTEST_ASSERT(pid > 0);
    process_t* process = process_get(pid);
    char path[64];
    snprintf(path, sizeof(path), "sys:/proc/%ld/status", (long)pid);
    file_t* status = NULL;
    int opened = vfs_open(NULL, path, &status);
    int listed = proc_test_listed(pid);
    snprintf(path, sizeof(path), "sys:/proc/%ld/ctl", (long)pid);
    file_t* ctl = NULL;
    int ctl_opened = vfs_open(NULL, path, &ctl);
    ssize_t killed = ctl_opened == 0 ? file_write(ctl, "kill", 4) : ctl_opened;
    if (process != NULL)
    {
        process_wait_exit(process, NULL);
        process_put(process);
    }
    // Nobody is its parent: the reaper releases it right after it exits.
    uint64_t give_up = clock_uptime_ns() + 5 * CLOCK_NS_PER_SECOND;
    while (proc_test_listed(pid) == 1 && clock_uptime_ns() < give_up)
    {
        sched_sleep_ns(CLOCK_NS_PER_MS);
    }
    int listed_after = proc_test_listed(pid);
    stat_t info;
    int stat_after = vfs_stat(NULL, path, &info);
    file_t* reopened = NULL;
    int reopen = vfs_open(NULL, path, &reopened);
    char text[256] = {0};
    ssize_t got = opened == 0 ? file_read(status, text, sizeof(text) - 1) : opened;
    ssize_t waited = ctl_opened == 0 ? file_write(ctl, "wait", 4) : ctl_opened; // exited: at once
    if (opened == 0)
    {
        file_put(status);
    }
    if (ctl_opened == 0)
    {
        file_put(ctl);
    }
    KTEST_ASSERT(process != NULL);
    KTEST_ASSERT_EQ(opened, 0);
    KTEST_ASSERT_EQ(listed, 1);
    KTEST_ASSERT_EQ(killed, 4);
    KTEST_ASSERT_EQ(listed_after, 0);
    KTEST_ASSERT_EQ(stat_after, -ENOENT);
    KTEST_ASSERT_EQ(reopen, -ENOENT);
    KTEST_ASSERT(got > 0);
    KTEST_ASSERT(strstr(text, "state exited\nexit 137\n") != NULL);
    KTEST_ASSERT_EQ(waited, 4);
}

KTEST(proc, names_that_are_no_pid_are_not_found)
{
    const char* paths[] = {"sys:/proc/0/status", "sys:/proc/-1/status", "sys:/proc/01/status",
        "sys:/proc/99999999999999999999/status", "sys:/proc/4294967297/status", "sys:/proc/x/status"};
    int missing = 0;
    for (size_t i = 0; i < sizeof(paths) / sizeof(paths[0]); i++)
    {
        stat_t info;
        missing += vfs_stat(NULL, paths[i], &info) == -ENOENT;
    }
    KTEST_ASSERT_EQ(missing, (int)(sizeof(paths) / sizeof(paths[0])));
}

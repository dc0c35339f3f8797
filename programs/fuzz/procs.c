// The processes a child starts (victims, corrupted programs, spawned
// utilities): each is ended and reaped within a bound, so that nothing a
// child starts outlives it for long, and a process that cannot be ended
// is reported as a hang.
#include "child.h"
#include "procinfo.h"

#include <stdio.h>

// A small file's text on one line (newlines become "; "), for a report.
static void procs_read(const char* path, char* text, size_t size)
{
    fd_t fd = io_open(path);
    ssize_t got = fd == -1 ? -1 : read(fd, text, size - 1);
    if (fd != -1)
    {
        close(fd);
    }
    if (got <= 0)
    {
        return;
    }
    text[got] = '\0';
    for (char* c = text; *c != '\0'; c++)
    {
        *c = *c == '\n' ? ',' : *c;
    }
}

bool child_proc_ours(const child_t* child, pid_t pid)
{
    if (pid == child->pid)
    {
        return true;
    }
    for (int i = 0; i < CHILD_PROCS_MAX; i++)
    {
        if (child->procs[i] == pid && pid > 0)
        {
            return true;
        }
    }
    return false;
}

bool child_proc_add(child_t* child, pid_t pid)
{
    for (int i = 0; i < CHILD_PROCS_MAX; i++)
    {
        if (child->procs[i] == 0)
        {
            child->procs[i] = pid;
            return true;
        }
    }
    child_proc_end(child, pid, 0);
    return false;
}

int child_proc_end(child_t* child, pid_t pid, uint64_t grace_ns)
{
    int status = -1;
    bool ended = grace_ns > 0 && procinfo_wait(pid, grace_ns, &status);
    if (!ended)
    {
        procinfo_kill(pid);
        ended = procinfo_wait(pid, FUZZ_KILL_BOUND_NS, &status);
    }
    if (!ended)
    {
        char path[64], cmdline[160] = "?", status[256] = "?";
        snprintf(path, sizeof(path), "sys:/proc/%lld/cmdline", (long long)pid);
        procs_read(path, cmdline, sizeof(cmdline));
        snprintf(path, sizeof(path), "sys:/proc/%lld/status", (long long)pid);
        procs_read(path, status, sizeof(status));
        child_fail(child, FUZZ_EXIT_HANG, "HANG: process %lld (%s) was killed and is still running after %llu s: %s",
            (long long)pid, cmdline, (unsigned long long)(FUZZ_KILL_BOUND_NS / NS_PER_SECOND), status);
    }
    for (int i = 0; i < CHILD_PROCS_MAX; i++)
    {
        if (child->procs[i] == pid)
        {
            child->procs[i] = 0;
        }
    }
    return status;
}

void child_proc_end_all(child_t* child)
{
    for (int i = 0; i < CHILD_PROCS_MAX; i++)
    {
        if (child->procs[i] != 0)
        {
            child_proc_end(child, child->procs[i], 0);
        }
    }
}

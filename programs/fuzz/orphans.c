#include "orphans.h"

#include "fuzz.h"
#include "procinfo.h"

#include <stdlib.h>

#define OURS_MAX 8192
#define PROCESSES_MAX 512
#define PENDING_MAX 64

static pid_t ours[OURS_MAX];
static size_t ours_count;

typedef struct
{
    pid_t pid;
    uint64_t killed_at;
} pending_t;

static pending_t pending[PENDING_MAX];

static bool orphans_is_ours(pid_t pid)
{
    for (size_t i = 0; i < ours_count; i++)
    {
        if (ours[i] == pid)
        {
            return true;
        }
    }
    return false;
}

void orphans_adopt(pid_t pid)
{
    if (ours_count < OURS_MAX && !orphans_is_ours(pid))
    {
        ours[ours_count++] = pid;
    }
}

typedef struct
{
    pid_t pid;
    pid_t parent;
    proc_state_t state;
} proc_entry_t;

// Every process in sys:/proc (but us).
static size_t orphans_list(proc_entry_t* list)
{
    fd_t dir = io_open("sys:/proc?dir");
    if (dir == -1)
    {
        return 0;
    }
    size_t count = 0;
    stat_t entries[16];
    ssize_t got;
    pid_t self = process_id();
    while (count < PROCESSES_MAX && (got = io_readdir(dir, entries, 16)) > 0)
    {
        for (ssize_t i = 0; i < got && count < PROCESSES_MAX; i++)
        {
            pid_t pid = (pid_t)strtoll(entries[i].name, NULL, 10);
            if (pid > 0 && pid != self)
            {
                list[count].pid = pid;
                list[count].state = procinfo_state(pid, &list[count].parent);
                count++;
            }
        }
    }
    close(dir);
    return count;
}

static proc_state_t orphans_state_in(const proc_entry_t* list, size_t count, pid_t pid)
{
    for (size_t i = 0; i < count; i++)
    {
        if (list[i].pid == pid)
        {
            return list[i].state;
        }
    }
    return PROC_GONE;
}

static bool orphans_pending_has(pid_t pid)
{
    for (int i = 0; i < PENDING_MAX; i++)
    {
        if (pending[i].pid == pid)
        {
            return true;
        }
    }
    return false;
}

uint64_t orphans_sweep(uint64_t* hangs)
{
    static proc_entry_t list[PROCESSES_MAX];
    size_t count = orphans_list(list);
    // Descendants of ours are ours: repeat until nothing new turns up.
    for (bool grew = true; grew;)
    {
        grew = false;
        for (size_t i = 0; i < count; i++)
        {
            if (!orphans_is_ours(list[i].pid) && orphans_is_ours(list[i].parent))
            {
                orphans_adopt(list[i].pid);
                grew = true;
            }
        }
    }
    uint64_t now = uptime(), killed = 0;
    pid_t self = process_id();
    for (size_t i = 0; i < count; i++)
    {
        proc_entry_t* p = &list[i];
        if (!orphans_is_ours(p->pid) || p->state != PROC_RUNNING || orphans_pending_has(p->pid) ||
            p->parent == self || orphans_state_in(list, count, p->parent) == PROC_RUNNING)
        {
            continue;
        }
        for (int slot = 0; slot < PENDING_MAX; slot++)
        {
            if (pending[slot].pid == 0)
            {
                pending[slot] = (pending_t){p->pid, now};
                procinfo_kill(p->pid);
                killed++;
                break;
            }
        }
    }
    for (int slot = 0; slot < PENDING_MAX; slot++)
    {
        if (pending[slot].pid == 0)
        {
            continue;
        }
        if (procinfo_state(pending[slot].pid, NULL) != PROC_RUNNING)
        {
            pending[slot].pid = 0;
        }
        else if (now - pending[slot].killed_at > FUZZ_KILL_BOUND_NS)
        {
            writef(STDOUT_FILENO, "fuzz: HANG: process %lld (started by a child that is gone) is still running "
                                  "%llu s after it was killed\n",
                (long long)pending[slot].pid, (unsigned long long)(FUZZ_KILL_BOUND_NS / NS_PER_SECOND));
            (*hangs)++;
            pending[slot].pid = 0; // reported once; it stays where it is
        }
    }
    return killed;
}

bool orphans_pending(void)
{
    for (int i = 0; i < PENDING_MAX; i++)
    {
        if (pending[i].pid != 0)
        {
            return true;
        }
    }
    return false;
}

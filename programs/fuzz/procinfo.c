#include "procinfo.h"

#include "fuzz.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// The whole of a small sys: file, null-terminated; its length or -1.
static ssize_t procinfo_read(const char* path, char* text, size_t size)
{
    fd_t fd = io_open(path);
    if (fd == -1)
    {
        return -1;
    }
    size_t used = 0;
    ssize_t got;
    while (used + 1 < size && (got = read(fd, text + used, size - 1 - used)) > 0)
    {
        used += (size_t)got;
    }
    close(fd);
    text[used] = '\0';
    return (ssize_t)used;
}

static bool procinfo_value(const char* text, const char* key, long long* value)
{
    size_t length = strlen(key);
    for (const char* line = text; line != NULL && *line != '\0'; line = strchr(line, '\n'), line += line != NULL)
    {
        if (strncmp(line, key, length) == 0 && line[length] == ' ')
        {
            *value = strtoll(line + length + 1, NULL, 10);
            return true;
        }
    }
    return false;
}

proc_state_t procinfo_state(pid_t pid, pid_t* parent)
{
    char path[64], text[256];
    snprintf(path, sizeof(path), "sys:/proc/%lld/status", (long long)pid);
    if (parent != NULL)
    {
        *parent = 0;
    }
    if (procinfo_read(path, text, sizeof(text)) <= 0)
    {
        return PROC_GONE;
    }
    long long value;
    if (parent != NULL && procinfo_value(text, "parent", &value))
    {
        *parent = (pid_t)value;
    }
    return strstr(text, "state exited") != NULL ? PROC_EXITED : PROC_RUNNING;
}

bool procinfo_wait(pid_t pid, uint64_t bound_ns, int* status)
{
    uint64_t deadline = uptime() + bound_ns;
    uint64_t nap = 100000; // 0.1 ms, doubling up to 20 ms: quick for the common quick exit
    proc_state_t state;
    while ((state = procinfo_state(pid, NULL)) == PROC_RUNNING)
    {
        if (uptime() > deadline)
        {
            return false;
        }
        sleep_ns(nap); // a note may cut it short; the loop does not mind
        nap = nap * 2 < 20 * NS_PER_MS ? nap * 2 : 20 * NS_PER_MS;
    }
    int result = -1;
    while (state == PROC_EXITED && process_wait(pid, &result) == -1)
    {
        if (errno != EINTR) // a note cut the wait short: wait again
        {
            result = -1; // not ours to reap (an orphan): its status is not ours either
            break;
        }
    }
    if (status != NULL)
    {
        *status = result;
    }
    return true;
}

int procinfo_kill(pid_t pid)
{
    return process_kill(pid);
}

bool procinfo_mem(procinfo_mem_t* mem)
{
    char text[512];
    long long slab, large;
    if (procinfo_read("sys:/stat/mem", text, sizeof(text)) <= 0 || !procinfo_value(text, "free_pages", &mem->free_pages))
    {
        return false;
    }
    bool heap = procinfo_value(text, "heap_slab_pages", &slab) && procinfo_value(text, "heap_large_pages", &large);
    mem->heap_pages = heap ? slab + large : -1;
    if (!procinfo_value(text, "heap_allocations", &mem->heap_allocations))
    {
        mem->heap_allocations = -1;
    }
    char path[64];
    snprintf(path, sizeof(path), "sys:/proc/%ld/status", (long)process_id());
    if (procinfo_read(path, text, sizeof(text)) <= 0 || !procinfo_value(text, "pages", &mem->own_pages))
    {
        mem->own_pages = -1;
    }
    return true;
}

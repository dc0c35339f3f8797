// The desktop tests' memory readings and their verdict (dwm_memory.h).
#include "dwm_memory.h"

#include "file_text.h"
#include "tap.h"

#include "../../programs/fuzz/pages_verdict.h"

#include <stdio.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

// Live shared-memory objects: the entries of sys:/shm but "new".
static long long dwm_shm_objects(void)
{
    fd_t dir = io_open("sys:/shm?dir");
    if (dir == -1)
    {
        return -1;
    }
    long long count = 0;
    stat_t entries[16];
    ssize_t got;
    while ((got = io_readdir(dir, entries, 16)) > 0)
    {
        for (ssize_t i = 0; i < got; i++)
        {
            count += strcmp(entries[i].name, "new") != 0;
        }
    }
    close(dir);
    return got == 0 ? count : -1;
}

dwm_memory_t dwm_memory(pid_t dwm)
{
    char path[64];
    snprintf(path, sizeof(path), "sys:/proc/%d/status", (int)dwm);
    dwm_memory_t memory = {.dwm_pages = file_number(path, "pages"), .shm = dwm_shm_objects()};
    if (!procinfo_mem(&memory.mem))
    {
        memory.mem = (procinfo_mem_t){-1, -1, -1, -1};
    }
    return memory;
}

const char* dwm_memory_back(pid_t dwm, dwm_memory_t before)
{
    TAP_CHECK(before.dwm_pages > 0 && before.mem.free_pages > 0 && before.shm >= 0, "no baseline");
    dwm_memory_t after = dwm_memory(dwm);
    for (int tries = 0; tries < 20 && !pages_verdict(&before.mem, &after.mem); tries++)
    {
        sleep_ns(50000000);
        after = dwm_memory(dwm);
    }
    TAP_CHECK(after.dwm_pages == before.dwm_pages, "dwm had %lld pages, now %lld", before.dwm_pages, after.dwm_pages);
    TAP_CHECK(after.shm == before.shm, "%lld shared-memory objects before, %lld now", before.shm, after.shm);
    TAP_CHECK(pages_verdict(&before.mem, &after.mem),
              "free pages %lld before, %lld after (%+lld; this test's pages %lld -> %lld, kernel heap pages "
              "%lld -> %lld, live allocations %lld -> %lld)",
              before.mem.free_pages, after.mem.free_pages, after.mem.free_pages - before.mem.free_pages,
              before.mem.own_pages, after.mem.own_pages, before.mem.heap_pages, after.mem.heap_pages,
              before.mem.heap_allocations, after.mem.heap_allocations);
    return NULL;
}

// Helpers every family of operations uses: the path rule (paths.h) applied
// to opens and changes, and the bookkeeping of the child's own mappings.
#include "ops.h"

#include <string.h>

#define EXHAUST_MIN (64ULL << 20) // lengths from here on may take all free memory

void ops_path_to_open(child_t* child, rng_t* rng, char out[MAX_PATH], path_class_t* class)
{
    paths_random(&child->paths, child->dir, rng, PATHS_ANY, out);
    char resolved[MAX_PATH], flags[MAX_PATH];
    *class = paths_classify(child, out);
    if (*class != PATH_SANDBOX && paths_resolve(child->cwd, out, resolved, flags) && paths_flags_change(flags))
    {
        *strchr(out, '?') = '\0'; // only our own files may be made or emptied
    }
}

void ops_path_to_change(child_t* child, rng_t* rng, char out[MAX_PATH])
{
    paths_random(&child->paths, child->dir, rng, rng_chance(rng, 80) ? PATHS_OWN : PATHS_ANY, out);
    path_class_t class = paths_classify(child, out);
    if (class != PATH_SANDBOX && class != PATH_INVALID && class != PATH_SYS && class != PATH_OTHER)
    {
        // sys: refuses every change (EPERM) and an unknown label has nothing
        // to change; anything else must not be touched.
        paths_random(&child->paths, child->dir, rng, PATHS_OWN, out);
        if (paths_classify(child, out) != PATH_SANDBOX)
        {
            strcpy(out, "sys:/stat/nosuch");
        }
    }
}

void ops_keep_or_close(child_t* child, fd_t fd, const char* path, path_class_t class)
{
    if (fd < 0)
    {
        return;
    }
    char resolved[MAX_PATH], flags[MAX_PATH];
    bool nonblock = paths_resolve(child->cwd, path, resolved, flags) && strstr(flags, "nonblock") != NULL;
    fd_kind_t kind = FD_SYS;
    if (class == PATH_SANDBOX)
    {
        kind = FD_FILE;
    }
    else if (strcmp(resolved, "sys:/net/local/new") == 0)
    {
        kind = FD_SOCKET;
    }
    else if (strncmp(resolved, "sys:/net/local/", 15) == 0)
    {
        kind = strstr(resolved, "/ctl") != NULL ? FD_SOCKET_CTL : FD_SOCKET_IO;
    }
    else if (strncmp(resolved, "sys:/shm/", 9) == 0)
    {
        kind = FD_SHM;
    }
    else if (strstr(flags, "dir") != NULL)
    {
        kind = FD_DIR;
    }
    if (class == PATH_SANDBOX || class == PATH_SYS || (class == PATH_SYS_WAITS && nonblock))
    {
        fd_keep(child, fd, kind, nonblock);
    }
    else
    {
        fd_keep(child, fd, kind, nonblock);
        fd_drop(child, fd);
    }
}

// ---- the child's own mappings --------------------------------------------

void ops_mem_remember(child_t* child, uint64_t address, uint64_t pages, int protection)
{
    int slot = (int)((address / PAGE_SIZE) % CHILD_MAPS_MAX); // the one to give up if all are taken
    for (int i = 0; i < CHILD_MAPS_MAX; i++)
    {
        if (child->maps[i].address == 0)
        {
            slot = i;
            break;
        }
    }
    if (child->maps[slot].address != 0)
    {
        munmap((void*)child->maps[slot].address, child->maps[slot].pages * PAGE_SIZE);
    }
    child->maps[slot] = (child_map_t){address, pages, protection};
}

void ops_mem_changed(child_t* child, uint64_t address, uint64_t length, int protection, bool unmapped)
{
    uint64_t end = address + length;
    for (int i = 0; i < CHILD_MAPS_MAX; i++)
    {
        child_map_t* map = &child->maps[i];
        uint64_t map_end = map->address + map->pages * PAGE_SIZE;
        if (map->address == 0 || end <= map->address || address >= map_end)
        {
            continue;
        }
        if (unmapped)
        {
            // Whatever is left of it is freed when the child ends.
            *map = (child_map_t){0, 0, 0};
        }
        else if (address <= map->address && end >= map_end)
        {
            map->protection = protection;
        }
        else
        {
            map->protection = PROT_READ; // partly changed: assume the least
        }
    }
}

void ops_mem_range(child_t* child, rng_t* rng, uint64_t* address, uint64_t* length)
{
    child_map_t* map = &child->maps[rng_below(rng, CHILD_MAPS_MAX)];
    if (map->address == 0 || rng_chance(rng, 25))
    {
        // Not ours: bad addresses, the unmapped page, the edge's missing half.
        switch (rng_below(rng, 3))
        {
        case 0:
            *address = child->sandbox.unmapped;
            break;
        case 1:
            *address = (uint64_t)child->sandbox.edge + PAGE_SIZE;
            break;
        default:
            *address = hostile_bad_pointer(rng, &child->sandbox);
            break;
        }
        *length = hostile_length(rng);
        return;
    }
    uint64_t first = rng_below(rng, map->pages);
    uint64_t count = rng_range(rng, 1, map->pages - first);
    *address = map->address + first * PAGE_SIZE;
    *length = count * PAGE_SIZE - (rng_chance(rng, 20) ? rng_below(rng, PAGE_SIZE) : 0);
    if (rng_chance(rng, 10))
    {
        *address += rng_range(rng, 1, PAGE_SIZE - 1); // unaligned: EINVAL
    }
    if (rng_chance(rng, 5))
    {
        *length = 0;
    }
}

uint64_t ops_mem_length(child_t* child, rng_t* rng)
{
    uint64_t length = rng_chance(rng, 80) ? rng_range(rng, 1, 16 * PAGE_SIZE) : hostile_length(rng);
    if (length >= EXHAUST_MIN && length <= 0x00007fffffffffffULL && !child_allows(child, FAM_EXHAUST))
    {
        length = rng_chance(rng, 50) ? 0 : UINT64_MAX; // refused at once, whatever memory there is
    }
    return length;
}

int64_t ops_seek_offset(child_t* child, rng_t* rng)
{
    int64_t offset = rng_chance(rng, 60) ? (int64_t)rng_below(rng, 70000) - 1000 : (int64_t)hostile_integer(rng);
    if (offset > (1 << 20) && offset <= (int64_t)(4ULL << 30) && !child_allows(child, FAM_EXHAUST))
    {
        offset %= 1 << 20;
    }
    return offset;
}

uint64_t ops_scratch_string(child_t* child, rng_t* rng, const char* text)
{
    size_t size = strlen(text) + 1;
    uint64_t room = SANDBOX_SCRATCH_PAGES * PAGE_SIZE - size;
    uint8_t* at = child->sandbox.scratch + rng_below(rng, room + 1);
    memcpy(at, text, size);
    return (uint64_t)at;
}

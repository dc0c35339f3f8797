// Calls on paths: stat, chdir, mkdir, remove, readdir, and the child's own
// files written, extended, truncated and read back.
#include "ops.h"

#include <string.h>

void op_path_stat(child_t* child, rng_t* rng)
{
    char path[MAX_PATH];
    path_class_t class;
    ops_path_to_open(child, rng, path, &class);
    uint64_t where = rng_chance(rng, 90) ? ops_scratch_string(child, rng, path) : hostile_bad_pointer(rng, &child->sandbox);
    io_stat((const char*)where, (stat_t*)hostile_pointer(rng, &child->sandbox, sizeof(stat_t)));
}

void op_path_chdir(child_t* child, rng_t* rng)
{
    char path[MAX_PATH];
    path_class_t class;
    if (rng_chance(rng, 30))
    {
        strcpy(path, child->dir); // back home, so relative paths mostly land in the sandbox
    }
    else
    {
        ops_path_to_open(child, rng, path, &class);
    }
    uint64_t where = rng_chance(rng, 90) ? ops_scratch_string(child, rng, path) : hostile_bad_pointer(rng, &child->sandbox);
    chdir((const char*)where);
    child_refresh_cwd(child);
}

void op_path_mkdir(child_t* child, rng_t* rng)
{
    char path[MAX_PATH];
    ops_path_to_change(child, rng, path);
    if (rng_chance(rng, 30))
    {
        strncat(path, "?dir&create", MAX_PATH - strlen(path) - 1); // through open
        if (paths_classify(child, path) == PATH_SANDBOX)
        {
            fd_t fd = io_open(path);
            ops_keep_or_close(child, fd, path, PATH_SANDBOX);
        }
        return;
    }
    io_mkdir(path);
}

void op_path_remove(child_t* child, rng_t* rng)
{
    char path[MAX_PATH];
    ops_path_to_change(child, rng, path);
    uint64_t where = rng_chance(rng, 95) ? ops_scratch_string(child, rng, path) : hostile_bad_pointer(rng, &child->sandbox);
    remove((const char*)where);
}

void op_path_readdir(child_t* child, rng_t* rng)
{
    fd_t fd;
    bool ours = false;
    if (rng_chance(rng, 30))
    {
        fd = fd_hostile(child, rng);
    }
    else
    {
        char path[MAX_PATH];
        if (rng_chance(rng, 70) && child->paths.count > 0)
        {
            strcpy(path, child->paths.known[rng_below(rng, child->paths.count)]);
        }
        else
        {
            path_class_t class;
            ops_path_to_open(child, rng, path, &class);
        }
        fd = io_open(path);
        ours = true;
    }
    // Read it all, in hostile pieces; the offset is an entry index.
    for (int round = 0; round < 16; round++)
    {
        size_t count = rng_chance(rng, 80) ? rng_range(rng, 0, 8) : hostile_integer(rng);
        stat_t* entries = (stat_t*)child->sandbox.scratch;
        if (rng_chance(rng, 15))
        {
            entries = (stat_t*)hostile_pointer(rng, &child->sandbox, sizeof(stat_t));
        }
        if (rng_chance(rng, 10))
        {
            entries = (stat_t*)(child->sandbox.edge + PAGE_SIZE - sizeof(stat_t) - rng_below(rng, 8));
            count = rng_range(rng, 1, 4);
        }
        if (rng_chance(rng, 10))
        {
            seek(fd, ops_seek_offset(child, rng), (int)rng_below(rng, 4));
        }
        if (io_readdir(fd, entries, count) <= 0 && count > 0 && rng_chance(rng, 70))
        {
            break;
        }
    }
    if (ours && fd >= 0)
    {
        close(fd);
    }
}

// A file of our own: written at offsets far apart (holes), appended to,
// truncated, read back, mapped (which a file refuses).
void op_path_own_file(child_t* child, rng_t* rng)
{
    char path[MAX_PATH];
    paths_random(&child->paths, child->dir, rng, PATHS_OWN, path);
    if (strchr(path, '?') != NULL)
    {
        *strchr(path, '?') = '\0';
    }
    static const char* const flags[] = {"?create", "?create&trunc", "?create&append", "?create&nonblock", "?trunc",
        ""};
    strncat(path, flags[rng_below(rng, sizeof(flags) / sizeof(flags[0]))], MAX_PATH - strlen(path) - 1);
    if (paths_classify(child, path) != PATH_SANDBOX)
    {
        return;
    }
    fd_t fd = io_open(path);
    if (fd == -1)
    {
        return;
    }
    int steps = (int)rng_range(rng, 1, 6);
    for (int i = 0; i < steps; i++)
    {
        size_t length = rng_chance(rng, 90) ? rng_below(rng, 9000) : rng_below(rng, SANDBOX_SCRATCH_PAGES * PAGE_SIZE);
        switch (rng_below(rng, 5))
        {
        case 0:
            seek(fd, ops_seek_offset(child, rng), SEEK_SET);
            break;
        case 1:
            rng_fill(rng, child->sandbox.scratch, length < 4096 ? length : 4096);
            write(fd, child->sandbox.scratch, length);
            break;
        case 2:
            read(fd, child->sandbox.scratch, length);
            break;
        case 3:
            mem_map(fd, NULL, PAGE_SIZE, PROT_READ); // EINVAL: only shared memory and the screen map
            break;
        default:
            seek(fd, 0, (int)rng_below(rng, 3));
            break;
        }
    }
    if (rng_chance(rng, 30) && child_allows(child, FAM_FILES))
    {
        fd_keep(child, fd, FD_FILE, false);
        return;
    }
    close(fd);
}

#include "paths.h"

#include "child.h"
#include "text.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define WALK_DEPTH 5
#define OTHER_PROCESSES_MAX 3 // other processes' directories worth remembering

static const char* const own_names[] = {"f0", "f1", "f2", "f3", "d0", "d1", "d0/f0", "d0/d0", "d1/f1", "d0/d0/f0",
    "elf", "d0/../f1", "./f2", "d1/./f0"};
#define OWN_NAMES (sizeof(own_names) / sizeof(own_names[0]))

static const char* const home_paths[] = {"home:/", "home:/bin", "home:/bin/true", "home:/etc/init.conf",
    "home:/test", "home:/tmp", FUZZ_DIR};

static const char* const hostile_paths[] = {"", ":", "sys:", "home:", "sys:/../..", "sys:/../../proc", "nolabel:/x",
    "home:x", "/", ".", "..", "../../..", "SYS:/proc", "sys::/proc", "home:/bin/true/", "home:/bin/true/..",
    "sys:/proc/0/status", "sys:/proc/-1/status", "sys:/proc/99999999999999999999/status",
    "sys:/net/local/0/ctl", "sys:/net/local/18446744073709551615/data", "sys:/shm/0/data", "sys:/shm/new/data",
    "sys:/pipe/new", "sys:/pipe", "sys:/net/local/new", "sys:/shm/new", "home:/tmp/fuzz/../../bin", "a:b:c",
    "sys:/stat/", "sys://stat//mem", "sys:/./stat/./mem", "sys:/fb/0/buffer", "sys:/fb/0/info"};
#define HOSTILE_PATHS (sizeof(hostile_paths) / sizeof(hostile_paths[0]))

static const char* const flag_texts[] = {"nonblock", "create", "trunc", "append", "dir", "create&trunc",
    "nonblock&append", "dir&create", "create&dir&nonblock", "", "&", "nonblock&&", "nonblock&", "&nonblock",
    "NONBLOCK", "create?create", "x", "dir&dir&dir", "nonblock&create&trunc&append&dir", "non block", "nonblock\n",
    "?", "create&", "create&excl", "excl", "excl&create&trunc", "dir&create&excl"};
#define FLAG_TEXTS (sizeof(flag_texts) / sizeof(flag_texts[0]))

// ---- walking sys: ---------------------------------------------------------

static void paths_add(paths_t* paths, const char* path)
{
    if (paths->count < PATHS_KNOWN_MAX)
    {
        snprintf(paths->known[paths->count++], MAX_PATH, "%s", path);
    }
}

// Whether to descend into @p path: everything except most of the other
// processes (there may be many; a few are enough) and others' shared memory.
static bool paths_worth_walking(const char* path, pid_t self, int* other_processes)
{
    long long pid;
    char rest;
    if (sscanf(path, "sys:/shm/%lld%c", &pid, &rest) == 1)
    {
        return false; // others' shared memory: the supervisor's progress pages among them
    }
    if (sscanf(path, "sys:/proc/%lld%c", &pid, &rest) != 1)
    {
        return true;
    }
    if (pid == self)
    {
        return true;
    }
    return (*other_processes)++ < OTHER_PROCESSES_MAX;
}

static void paths_walk(paths_t* paths, const char* dir, int depth, pid_t self, int* other_processes)
{
    fd_t fd = io_openf("%s?dir", dir);
    if (fd == -1)
    {
        return;
    }
    stat_t entries[16];
    ssize_t got;
    char path[MAX_PATH];
    while ((got = io_readdir(fd, entries, 16)) > 0)
    {
        for (ssize_t i = 0; i < got; i++)
        {
            bool root = dir[strlen(dir) - 1] == '/';
            if (snprintf(path, sizeof(path), "%s%s%s", dir, root ? "" : "/", entries[i].name) >= (int)sizeof(path))
            {
                continue;
            }
            if (entries[i].type == STAT_DIR)
            {
                if (depth < WALK_DEPTH && paths_worth_walking(path, self, other_processes))
                {
                    paths_add(paths, path);
                    paths_walk(paths, path, depth + 1, self, other_processes);
                }
            }
            else
            {
                paths_add(paths, path);
            }
        }
    }
    close(fd);
}

void paths_init(paths_t* paths, const char* own_dir)
{
    paths->count = 0;
    int other_processes = 0;
    paths_add(paths, "sys:/");
    paths_walk(paths, "sys:/", 1, process_id(), &other_processes);
    for (size_t i = 0; i < sizeof(home_paths) / sizeof(home_paths[0]); i++)
    {
        paths_add(paths, home_paths[i]);
    }
    paths_add(paths, own_dir);
}

// ---- resolving, as kernel/fs/path.c does ----------------------------------

// Apply the components of @p text (@p length bytes) to @p inner ("" is the root).
static void paths_apply(char inner[MAX_PATH], const char* text, size_t length)
{
    size_t used = strlen(inner);
    size_t i = 0;
    while (i < length)
    {
        while (i < length && text[i] == '/')
        {
            i++;
        }
        size_t start = i;
        while (i < length && text[i] != '/')
        {
            i++;
        }
        size_t name_length = i - start;
        if (name_length == 0 || (name_length == 1 && text[start] == '.'))
        {
            continue;
        }
        if (name_length == 2 && text[start] == '.' && text[start + 1] == '.')
        {
            while (used > 0 && inner[used - 1] != '/')
            {
                used--;
            }
            used -= used > 0;
            inner[used] = '\0';
            continue;
        }
        if (used + 1 + name_length >= MAX_PATH)
        {
            return; // the kernel says ENAMETOOLONG; what we have is as good as anything
        }
        inner[used++] = '/';
        memcpy(inner + used, text + start, name_length);
        used += name_length;
        inner[used] = '\0';
    }
}

bool paths_resolve(const char* cwd, const char* text, char out[MAX_PATH], char flags[MAX_PATH])
{
    size_t length = strnlen(text, MAX_PATH);
    const char* question = memchr(text, '?', length);
    size_t path_length = question != NULL ? (size_t)(question - text) : length;
    snprintf(flags, MAX_PATH, "%.*s", question != NULL ? (int)(length - path_length - 1) : 0,
        question != NULL ? question + 1 : "");
    if (path_length == 0)
    {
        return false;
    }
    char label[MAX_PATH];
    char inner[MAX_PATH] = "";
    const char* colon = memchr(text, ':', path_length);
    const char* rest = text;
    if (colon != NULL)
    {
        if (colon == text || memchr(text, '/', (size_t)(colon - text)) != NULL ||
            (colon + 1 < text + path_length && colon[1] != '/'))
        {
            return false;
        }
        snprintf(label, sizeof(label), "%.*s", (int)(colon - text), text);
        rest = colon + 1;
    }
    else
    {
        const char* cwd_colon = strchr(cwd, ':');
        if (cwd_colon == NULL)
        {
            return false;
        }
        snprintf(label, sizeof(label), "%.*s", (int)(cwd_colon - cwd), cwd);
        if (text[0] != '/')
        {
            paths_apply(inner, cwd_colon + 1, strlen(cwd_colon + 1));
        }
    }
    paths_apply(inner, rest, (size_t)(text + path_length - rest));
    // Too long for the kernel (ENAMETOOLONG): no meaning.
    return snprintf(out, MAX_PATH, "%s:%s", label, inner[0] != '\0' ? inner : "/") < MAX_PATH;
}

static path_class_t paths_classify_sys(const child_t* child, const char* inner)
{
    if (strcmp(inner, "/console") == 0 || strcmp(inner, "/consctl") == 0)
    {
        return PATH_FORBIDDEN;
    }
    if (strcmp(inner, "/kbd/ps2") == 0 || strcmp(inner, "/mouse/ps2") == 0)
    {
        return PATH_SYS_WAITS;
    }
    long long pid;
    char file[MAX_PATH];
    if (sscanf(inner, "/proc/%lld/%255s", &pid, file) == 2 && (strncmp(file, "ctl", 3) == 0 || strncmp(file, "note", 4) == 0))
    {
        return child_proc_ours(child, (pid_t)pid) ? PATH_SYS : PATH_FORBIDDEN;
    }
    return PATH_SYS;
}

path_class_t paths_classify(const child_t* child, const char* text)
{
    char resolved[MAX_PATH], flags[MAX_PATH];
    if (!paths_resolve(child->cwd, text, resolved, flags))
    {
        return PATH_INVALID;
    }
    if (strncmp(resolved, "home:", 5) == 0)
    {
        return strncmp(resolved, FUZZ_DIR "/", strlen(FUZZ_DIR) + 1) == 0 ? PATH_SANDBOX : PATH_HOME;
    }
    if (strncmp(resolved, "sys:", 4) == 0)
    {
        return paths_classify_sys(child, resolved + 4);
    }
    return PATH_OTHER;
}

bool paths_flags_change(const char* flags)
{
    return strstr(flags, "create") != NULL || strstr(flags, "trunc") != NULL || strstr(flags, "dir") != NULL;
}

// ---- making paths ---------------------------------------------------------

// snprintf for paths that may be cut short on purpose: a cut path is one
// more hostile path.
static void path_set(char* out, size_t size, const char* format, ...) __attribute__((format(printf, 3, 4)));

static void path_set(char* out, size_t size, const char* format, ...)
{
    va_list args;
    va_start(args, format);
    vsnprintf(out, size, format, args);
    va_end(args);
}

// Break the shape of @p out a little: doubled slashes, "." and "..",
// trailing slashes, a different label, overlong parts, a mutation.
static void paths_disfigure(rng_t* rng, char out[MAX_PATH])
{
    char copy[MAX_PATH];
    path_set(copy, sizeof(copy), "%s", out);
    char* slash = strrchr(copy, '/');
    size_t at = slash != NULL ? (size_t)(slash - copy) : strlen(copy);
    switch (rng_below(rng, 9))
    {
    case 0:
        path_set(out, MAX_PATH, "%.*s//%s", (int)at, copy, copy + at);
        break;
    case 1:
        path_set(out, MAX_PATH, "%.*s/./%s", (int)at, copy, copy + at);
        break;
    case 2:
        path_set(out, MAX_PATH, "%.*s/zz/..%s", (int)at, copy, copy + at);
        break;
    case 3:
        path_set(out, MAX_PATH, "%s/", copy);
        break;
    case 4:
        path_set(out, MAX_PATH, "%s/..", copy);
        break;
    case 5: // a name at and past MAX_NAME
    {
        size_t long_name = rng_range(rng, 60, 70);
        size_t length = strlen(copy);
        for (size_t i = 0; i < long_name && length + 2 < MAX_PATH; i++)
        {
            copy[length++] = i == 0 ? '/' : 'L';
        }
        copy[length] = '\0';
        path_set(out, MAX_PATH, "%s", copy);
        break;
    }
    case 6: // the whole path at and past MAX_PATH
    {
        size_t length = strlen(copy);
        size_t target = rng_range(rng, MAX_PATH - 4, MAX_PATH - 1);
        while (length < target)
        {
            copy[length] = (length % 20 == 0) ? '/' : 'p';
            length++;
        }
        copy[length] = '\0';
        path_set(out, MAX_PATH, "%s", copy);
        break;
    }
    case 7:
        text_mutate(rng, out, strlen(out), MAX_PATH);
        out[MAX_PATH - 1] = '\0';
        break;
    default: // another label, or none
    {
        char* colon = strchr(copy, ':');
        static const char* const labels[] = {"", "SYS", "sys:", "nosuch", "home:home", "s/ys", "\x01"};
        path_set(out, MAX_PATH, "%s:%s", labels[rng_below(rng, sizeof(labels) / sizeof(labels[0]))],
            colon != NULL ? colon + 1 : copy);
        break;
    }
    }
}

void paths_random(const paths_t* paths, const char* own_dir, rng_t* rng, paths_mode_t mode, char out[MAX_PATH])
{
    unsigned pick = (unsigned)rng_below(rng, 100);
    if (mode == PATHS_OWN || pick < 25)
    {
        path_set(out, MAX_PATH, "%s/%s", own_dir, own_names[rng_below(rng, OWN_NAMES)]);
    }
    else if (pick < 75 && paths->count > 0)
    {
        path_set(out, MAX_PATH, "%s", paths->known[rng_below(rng, paths->count)]);
    }
    else if (pick < 90)
    {
        path_set(out, MAX_PATH, "%s", hostile_paths[rng_below(rng, HOSTILE_PATHS)]);
    }
    else
    {
        size_t length = rng_below(rng, 40);
        text_junk(rng, out, length);
        out[length] = '\0';
    }
    if (rng_chance(rng, 20))
    {
        paths_disfigure(rng, out);
    }
    if (rng_chance(rng, 40))
    {
        size_t length = strlen(out);
        path_set(out + length, MAX_PATH - length, "?%s", flag_texts[rng_below(rng, FLAG_TEXTS)]);
    }
}

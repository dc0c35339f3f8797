// What every program in programs/utils shares, as a header of small static
// functions (each utility is linked from its one source file alone).
//
// A program defines PROGRAM (its name) and USAGE (its usage text, starting
// "usage: NAME" and ending with a newline) before including this file.
//
// Options follow the usual conventions: letters may be grouped (-la), an
// option's value may be glued on or be the next argument (-n3, -n 3), "--"
// ends the options, and "-" alone is an operand (stdin for some programs).
// "--help" and "-h" print the usage on stdout and exit with 0; an unknown
// option or a missing value prints it on stderr and exits with 2.
#ifndef PROGRAMS_UTILS_UTIL_H
#define PROGRAMS_UTILS_UTIL_H 1

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <sys/io.h>
#include <sys/proc.h>
#include <unistd.h>

#if !defined(PROGRAM) || !defined(USAGE)
#error "define PROGRAM and USAGE before including util.h"
#endif

/** Exit status for wrong usage: a bad option or wrong operands. */
#define EXIT_USAGE 2

/** Print the usage (on stdout for 0, else stderr) and exit with @p status. */
static inline _Noreturn void usage(int status)
{
    write(status == 0 ? STDOUT_FILENO : STDERR_FILENO, USAGE, strlen(USAGE));
    exit(status);
}

/** "PROGRAM: WHAT: strerror(error)" on stderr. */
static inline void complain(const char* what, int error)
{
    writef(STDERR_FILENO, "%s: %s: %s\n", PROGRAM, what, strerror(error));
}

/** Write all of @p buffer, however many writes that takes; false on an error. */
static inline bool write_all(fd_t fd, const void* buffer, size_t count)
{
    const char* bytes = buffer;
    while (count > 0)
    {
        ssize_t done = write(fd, bytes, count);
        if (done <= 0)
        {
            return false;
        }
        bytes += done;
        count -= (size_t)done;
    }
    return true;
}

static inline int compare_entries(const void* a, const void* b)
{
    return strcmp(((const stat_t*)a)->name, ((const stat_t*)b)->name);
}

/**
 * Every entry of the directory @p path, sorted by name, in an array to
 * free(); its length in @p count. NULL with errno set on failure. Reading
 * all of them first lets a caller add or remove entries afterwards
 * without upsetting the entry offsets readdir goes by.
 */
static inline stat_t* list_directory(const char* path, size_t* count)
{
    fd_t dir = io_open(path);
    if (dir == -1)
    {
        return NULL;
    }
    stat_t* entries = NULL;
    size_t capacity = 0;
    ssize_t got;
    *count = 0;
    do
    {
        if (*count == capacity)
        {
            capacity = capacity == 0 ? 16 : capacity * 2;
            stat_t* grown = realloc(entries, capacity * sizeof(stat_t));
            if (grown == NULL)
            {
                got = -1;
                break;
            }
            entries = grown;
        }
        got = io_readdir(dir, entries + *count, capacity - *count);
        *count += got > 0 ? (size_t)got : 0;
    } while (got > 0);
    int error = errno;
    close(dir);
    if (got == -1)
    {
        free(entries);
        errno = error;
        return NULL;
    }
    qsort(entries, *count, sizeof(stat_t), compare_entries);
    return entries;
}

/** "@p dir/@p name" into @p out (MAX_PATH bytes); false with ENAMETOOLONG if it does not fit. */
static inline bool join_path(char* out, const char* dir, const char* name)
{
    size_t dir_length = strlen(dir), name_length = strlen(name);
    bool slash = dir_length > 0 && dir[dir_length - 1] != '/';
    if (dir_length + slash + name_length >= MAX_PATH)
    {
        errno = ENAMETOOLONG;
        return false;
    }
    memcpy(out, dir, dir_length);
    out[dir_length] = '/';
    memcpy(out + dir_length + slash, name, name_length + 1);
    return true;
}

/** The last name in @p path ("c" for "home:/a/c/"), into @p out (MAX_NAME bytes); "" for a root. */
static inline const char* base_name(const char* path, char* out)
{
    size_t end = strlen(path);
    while (end > 0 && path[end - 1] == '/')
    {
        end--;
    }
    size_t start = end;
    while (start > 0 && path[start - 1] != '/' && path[start - 1] != ':')
    {
        start--;
    }
    size_t length = end - start < MAX_NAME - 1 ? end - start : MAX_NAME - 1;
    memcpy(out, path + start, length);
    out[length] = '\0';
    return out;
}

/**
 * The working directory into @p out (MAX_PATH bytes), by getcwd; false
 * with errno set if it cannot be read.
 */
static inline bool current_directory(char* out)
{
    return getcwd(out, MAX_PATH) != NULL;
}

/**
 * @p path as the kernel will see it: absolute ("label:/a/b"), with "."
 * and ".." resolved on the text, into @p out (MAX_PATH bytes). With no
 * links in the file system, two paths name the same file exactly when
 * these forms are equal, which lets cp and mv refuse to copy a file onto
 * itself (which would empty it first).
 */
static inline bool absolute_path(const char* path, char* out)
{
    char cwd[MAX_PATH];
    if (!current_directory(cwd))
    {
        return false;
    }
    // The components to walk: the working directory's (for a relative
    // path), then the path's own.
    const char* parts[2] = {NULL, path};
    const char* colon = strchr(path, ':');
    const char* slash = strchr(path, '/');
    size_t label; // the length of "label:"
    if (colon != NULL && (slash == NULL || colon < slash))
    {
        label = (size_t)(colon - path) + 1;
        memcpy(out, path, label);
        parts[1] = colon + 1;
    }
    else
    {
        label = (size_t)(strchr(cwd, ':') - cwd) + 1;
        memcpy(out, cwd, label);
        parts[0] = *path == '/' ? NULL : cwd + label;
    }
    size_t length = label;
    for (int i = 0; i < 2; i++)
    {
        for (const char* at = parts[i]; at != NULL && *at != '\0';)
        {
            size_t name = strcspn(at, "/");
            if (name == 2 && at[0] == '.' && at[1] == '.')
            {
                while (length > label && out[length - 1] != '/')
                {
                    length--;
                }
                length -= length > label; // and the slash before the name
            }
            else if (name > 0 && !(name == 1 && at[0] == '.'))
            {
                if (length + 1 + name >= MAX_PATH)
                {
                    errno = ENAMETOOLONG;
                    return false;
                }
                out[length++] = '/';
                memcpy(out + length, at, name);
                length += name;
            }
            at += name + (at[name] == '/');
        }
    }
    if (length == label)
    {
        out[length++] = '/';
    }
    out[length] = '\0';
    return true;
}

/** Open an input operand, where "-" means stdin; -1, after saying why, if it cannot be. */
static inline fd_t input_open(const char* operand)
{
    if (strcmp(operand, "-") == 0)
    {
        return STDIN_FILENO;
    }
    fd_t fd = io_open(operand);
    if (fd == -1)
    {
        complain(operand, errno);
    }
    return fd;
}

/** Close what input_open gave; stdin stays open. */
static inline void input_close(fd_t fd)
{
    if (fd != STDIN_FILENO)
    {
        close(fd);
    }
}

/**
 * The operands of cp and mv: @p count sources, then @p target. A target
 * that is a directory receives each source under its own name; otherwise
 * there must be one source, and the target names its result. @p act does
 * one source (false after saying why). The exit status.
 */
static inline int each_into_target(char** sources, int count, const char* target,
    bool (*act)(const char* from, const char* to))
{
    stat_t info;
    if (io_stat(target, &info) != 0 || info.type != STAT_DIR)
    {
        if (count > 1)
        {
            complain(target, ENOTDIR);
            return 1;
        }
        return act(sources[0], target) ? 0 : 1;
    }
    int status = 0;
    for (int i = 0; i < count; i++)
    {
        char name[MAX_NAME], to[MAX_PATH];
        if (*base_name(sources[i], name) == '\0' || !join_path(to, target, name))
        {
            complain(sources[i], *name == '\0' ? EINVAL : errno);
            status = 1;
            continue;
        }
        status |= !act(sources[i], to);
    }
    return status;
}

/**
 * Copy the file @p from to @p to (made or emptied first); false, after
 * saying why, on an error, and then the partial copy is removed.
 */
static inline bool copy_file(const char* from, const char* to)
{
    static char buffer[65536];
    fd_t in = io_open(from);
    if (in == -1)
    {
        complain(from, errno);
        return false;
    }
    fd_t out = io_openf("%s?create&trunc", to);
    if (out == -1)
    {
        complain(to, errno);
        close(in);
        return false;
    }
    ssize_t got;
    bool ok = true;
    while (ok && (got = read(in, buffer, sizeof(buffer))) != 0)
    {
        if (got == -1)
        {
            complain(from, errno);
            ok = false;
        }
        else if (!write_all(out, buffer, (size_t)got))
        {
            complain(to, errno);
            ok = false;
        }
    }
    close(in);
    close(out);
    if (!ok)
    {
        remove(to);
    }
    return ok;
}

/** The state of option parsing; operands start at argv[index] once done. */
typedef struct
{
    int argc;
    char** argv;
    int index;         /**< the next argument to look at (getopt's optind) */
    const char* value; /**< the value of the option just returned, if it takes one */
} options_t;

#define OPTIONS_INIT(argc, argv) ((options_t){(argc), (argv), 1, NULL})

/**
 * The next option letter, or 0 when the options are over. @p spec lists the
 * letters this program takes, each followed by ':' if it takes a value
 * ("n:d:"). Help and every error are handled here (they exit). This is
 * getopt (unistd.h) stopping at the first operand ('+': no reordering)
 * and reporting errors itself (':' first, opterr 0), plus "--help" and
 * "-h", which getopt does not know.
 */
static inline int options_next(options_t* options, const char* spec)
{
    char optstring[32];
    if ((size_t)snprintf(optstring, sizeof(optstring), "+:h%s", spec) >= sizeof(optstring))
    {
        usage(EXIT_FAILURE); // a program's own spec too long: a bug here
    }
    // Between arguments (never inside a group such as -la), optind is the
    // next argument.
    if (optind < options->argc && strcmp(options->argv[optind], "--help") == 0)
    {
        usage(0);
    }
    opterr = 0;
    int letter = getopt(options->argc, options->argv, optstring);
    options->index = optind;
    if (letter == -1)
    {
        return 0;
    }
    if (letter == 'h')
    {
        usage(0);
    }
    if (letter == '?' || letter == ':')
    {
        usage(EXIT_USAGE);
    }
    options->value = optarg;
    return letter;
}

#endif

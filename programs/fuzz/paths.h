// Paths for the fuzzer: the files that exist (every sys: file, found by
// walking sys: with readdir, and a few of home:), hostile variants of
// them, and the safety rule that keeps the fuzzer from destroying the
// system it runs on.
//
// The rule, on the path as the kernel resolves it (label, working
// directory, ".." and all; paths_resolve does what kernel/fs/path.c does):
// - creating, truncating, making or removing is done only under
//   home:/tmp/fuzz/, which the supervisor empties at the end;
// - a descriptor is kept (and so written to, later) only for the child's
//   own files and sys: files other than the console, consctl and other
//   processes' ctl and note files; anything else is closed at once.
#ifndef FUZZ_PATHS_H
#define FUZZ_PATHS_H 1

#include "rng.h"

#include <stdbool.h>
#include <stddef.h>
#include <sys/io.h>

/** How many existing paths the child remembers. */
#define PATHS_KNOWN_MAX 192

typedef struct
{
    char known[PATHS_KNOWN_MAX][MAX_PATH];
    size_t count;
} paths_t;

/** What a path resolves to, for the safety rule. */
typedef enum
{
    PATH_INVALID,   /**< the kernel will refuse it (or we cannot tell where it goes) */
    PATH_SANDBOX,   /**< under home:/tmp/fuzz/ */
    PATH_HOME,      /**< elsewhere in home: (read only) */
    PATH_SYS,       /**< a sys: file that is safe to keep and write */
    PATH_SYS_WAITS, /**< a sys: file whose reads may wait for a person (keyboard, mouse) */
    PATH_FORBIDDEN, /**< the console, consctl, another process's ctl or note */
    PATH_OTHER,     /**< another label */
} path_class_t;

struct child;

/** Walk sys: and note the paths that exist (up to PATHS_KNOWN_MAX). */
void paths_init(paths_t* paths, const char* own_dir);

/**
 * Resolve @p text against @p cwd as the kernel does: "label:/inner" into
 * @p out (without the flags; their text goes to @p flags, "" if none).
 * False if the text has no meaning (empty, no label anywhere).
 */
bool paths_resolve(const char* cwd, const char* text, char out[MAX_PATH], char flags[MAX_PATH]);

/** Classify @p text as @p child would open it (its working directory, its processes). */
path_class_t paths_classify(const struct child* child, const char* text);

/** True if the flags text asks to change the file system (create, trunc, dir). */
bool paths_flags_change(const char* flags);

/** Modes of paths_random. */
typedef enum
{
    PATHS_ANY,     /**< anything: known paths, the child's own, hostile text */
    PATHS_OWN,     /**< in the child's directory (may be made or removed) */
} paths_mode_t;

/**
 * A path into @p out: a known one or one of the child's own, often with
 * flags, hostile ones (".." runs, doubled slashes, odd labels, overlong
 * names, control characters, malformed flags) mixed in.
 */
void paths_random(const paths_t* paths, const char* own_dir, rng_t* rng, paths_mode_t mode, char out[MAX_PATH]);

#endif

/**
 * @file spawn.h
 * @brief POSIX's posix_spawn and posix_spawnp, on the native spawn().
 *
 * Differences from POSIX:
 * - The new program's argv[0] is @p path (the native spawn names the
 *   program by its first argument); argv[1] on are the caller's.
 * - @p envp is the program's environment (spawn_env); NULL gives it an
 *   empty one.
 * - The child gets each of the caller's open descriptors without
 *   FD_CLOEXEC (fcntl.h), at the same number, then the file actions
 *   apply, in order, to that set. Actions run in the caller before the
 *   program starts: an addopen's file is opened by the caller (relative
 *   paths from the caller's working directory, which is the child's).
 *   An addclose of a descriptor the child would not have is ignored.
 * - Attributes: POSIX_SPAWN_RESETIDS, POSIX_SPAWN_SETSIGDEF and
 *   POSIX_SPAWN_SETSIGMASK are accepted and need nothing (no users; a new
 *   program starts with the default note handling); the other flags
 *   (process groups, scheduling) fail with EINVAL in setflags.
 *
 * The functions return 0 or an error number; they do not set errno.
 */
#ifndef _SPAWN_H
#define _SPAWN_H 1

#include <sys/types.h>

/** Attribute flags. */
#define POSIX_SPAWN_RESETIDS 0x01
#define POSIX_SPAWN_SETPGROUP 0x02
#define POSIX_SPAWN_SETSIGDEF 0x04
#define POSIX_SPAWN_SETSIGMASK 0x08
#define POSIX_SPAWN_SETSCHEDPARAM 0x10
#define POSIX_SPAWN_SETSCHEDULER 0x20

/** Spawn attributes: only flags. */
typedef struct
{
    short flags;
} posix_spawnattr_t;

/** A list of file actions (built with the posix_spawn_file_actions_ functions). */
typedef struct
{
    int count;
    int capacity;
    struct libstd_spawn_action* actions;
} posix_spawn_file_actions_t;

/**
 * Start the program at @p path with the arguments @p argv (NULL-ended)
 * in a new process, whose id goes to *@p pid (if not NULL). @p actions
 * and @p attributes may be NULL. Errors: ENOENT and the others of the
 * native spawn() (the program could not be started), EBADF for a dup2
 * action from a descriptor the child would not have, any error of an
 * addopen's open, EINVAL for a NULL @p path or @p argv.
 */
int posix_spawn(pid_t* restrict pid, const char* restrict path, const posix_spawn_file_actions_t* actions,
                const posix_spawnattr_t* restrict attributes, char* const argv[restrict],
                char* const envp[restrict]);

/**
 * posix_spawn() that finds @p file with spawn_lookup() (sys/proc.h): a
 * name with '/' or ':' is a path; otherwise each directory of PATH is
 * tried in order, "home:/bin:home:/usr/bin" when PATH is unset. ENOENT if
 * no directory has the file.
 */
int posix_spawnp(pid_t* restrict pid, const char* restrict file, const posix_spawn_file_actions_t* actions,
                 const posix_spawnattr_t* restrict attributes, char* const argv[restrict],
                 char* const envp[restrict]);

/** Make @p actions an empty list. */
int posix_spawn_file_actions_init(posix_spawn_file_actions_t* actions);

/** Free @p actions' list. */
int posix_spawn_file_actions_destroy(posix_spawn_file_actions_t* actions);

/**
 * Add: the child's @p fd is @p path opened with @p flags (fcntl.h's
 * open; @p mode ignored). EBADF for @p fd outside 0 to MAX_FD - 1,
 * ENOMEM.
 */
int posix_spawn_file_actions_addopen(posix_spawn_file_actions_t* restrict actions, int fd,
                                     const char* restrict path, int flags, mode_t mode);

/** Add: the child's @p target is a copy of its @p fd. EBADF for numbers out of range. */
int posix_spawn_file_actions_adddup2(posix_spawn_file_actions_t* actions, int fd, int target);

/** Add: the child does not get @p fd. EBADF for a number out of range. */
int posix_spawn_file_actions_addclose(posix_spawn_file_actions_t* actions, int fd);

/** Make @p attributes the defaults (no flags). */
int posix_spawnattr_init(posix_spawnattr_t* attributes);

/** Nothing to free. */
int posix_spawnattr_destroy(posix_spawnattr_t* attributes);

/** Store the flags in *@p flags. */
int posix_spawnattr_getflags(const posix_spawnattr_t* restrict attributes, short* restrict flags);

/** Set the flags; EINVAL for flags this system cannot honour (see above). */
int posix_spawnattr_setflags(posix_spawnattr_t* attributes, short flags);

#endif

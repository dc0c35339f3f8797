// The virtual file system: several roots, each with a label.
//
// A path is "label:/a/b" (absolute) or "a/b" (relative to a working
// directory, itself always an absolute, normalised path such as
// "home:/usr"). "." and ".." are resolved by the VFS on the text of the
// path, before any file system sees it; ".." at a root stays at the root.
// Open flags follow a '?' at the end, joined with '&' (see sys/io.h); an
// unknown flag is -EINVAL.
//
// The mounted roots: "home:" is the RAM disk (ramfs.h), "sys:" the kernel's
// own files (sysfs.h, mounted with the list of devices at start-up).
//
// Context: everything here except vfs_poll_notify may sleep (file systems
// use mutexes and rwlocks), so it is called from thread context without
// spinlocks held. Path syntax details are in path.h; docs/filesystem.md
// has the whole picture.
#ifndef KERNEL_FS_VFS_H
#define KERNEL_FS_VFS_H 1

#include "file.h"

#include <boot/boot_info.h>

#include <stdint.h>
#include <sys/io.h>

typedef struct vfs_root vfs_root_t;

/** What a file system provides for its root; each hook gets a path inside it ("/a/b", normalised). */
typedef struct
{
    /**
     * Open (creating it if @p flags has FILE_CREATE) and return a new file
     * with one reference. With FILE_CREATE | FILE_EXCL an existing name is
     * -EEXIST, checked and created in one step (the VFS has already
     * refused FILE_EXCL without FILE_CREATE).
     */
    int (*open)(vfs_root_t* root, const char* path, uint32_t flags, file_t** out);
    int (*stat)(vfs_root_t* root, const char* path, stat_t* info);
    int (*mkdir)(vfs_root_t* root, const char* path);
    int (*remove)(vfs_root_t* root, const char* path);
    /**
     * Give @p from the name @p to in one step, replacing what @p to names
     * (io_rename in sys/io.h has the rules). NULL: -EPERM.
     */
    int (*rename)(vfs_root_t* root, const char* from, const char* to);
} vfs_root_ops_t;

struct vfs_root
{
    char label[MAX_NAME];
    const vfs_root_ops_t* ops;
    void* private;
};

/** Mount a file system under @p label (without the ':'); -EEXIST if taken. */
int vfs_mount(const char* label, const vfs_root_ops_t* ops, void* private);

/** The FILE_ flags of the text after a path's '?' ("nonblock&create"); -EINVAL for an unknown or empty one. */
int vfs_flags_parse(const char* text, uint32_t* flags);

/**
 * Mount home: (@p ramdisk, the RAM disk from the bootloader, whose files'
 * pages it takes). Called once at boot; sys: comes later (sysfs_mount).
 */
void vfs_init(boot_dir_t* ramdisk);

/**
 * Split @p path (relative to @p cwd, which may be NULL when the path is
 * absolute) into its root, its normalised path inside the root and its
 * flags. -EINVAL for a malformed path, an unknown label (-ENOENT) or an
 * unknown flag, -ENAMETOOLONG when too long.
 */
int vfs_resolve(const char* cwd, const char* path, vfs_root_t** root, char inner[MAX_PATH], uint32_t* flags);

/** Open @p path (flags in it) into a new file with one reference. */
int vfs_open(const char* cwd, const char* path, file_t** out);

/**
 * Open a file that has two ends (open2 in sys/io.h): opens @p path, then
 * asks it for its ends (the file's open2 hook); the path's flags apply to
 * both. -EINVAL if the file has no two ends.
 */
int vfs_open2(const char* cwd, const char* path, file_t* ends[2]);

int vfs_stat(const char* cwd, const char* path, stat_t* info);
int vfs_mkdir(const char* cwd, const char* path);
int vfs_remove(const char* cwd, const char* path);

/**
 * Rename @p from to @p to (io_rename in sys/io.h): -EXDEV when they are on
 * different labels, -EINVAL when either has flags.
 */
int vfs_rename(const char* cwd, const char* from, const char* to);

/**
 * The absolute normalised form of @p path ("home:/usr/bin"), checked to be
 * a directory: what chdir stores as the new working directory.
 */
int vfs_chdir(const char* cwd, const char* path, char out[MAX_PATH]);

/**
 * Wait until one of @p count files has one of the events asked for, or
 * until @p deadline_ns (uptime; 0: do not wait, UINT64_MAX: no limit).
 * Fills revents (POLL_INVALID for a NULL file); the number of ready files.
 * POLL_ERROR and POLL_HANGUP are reported even when not asked for. Returns
 * -EINTR if the thread is interrupted (its process is ending) while
 * waiting. See poll.c for the design.
 */
int vfs_poll(file_t** files, const uint16_t* events, uint16_t* revents, size_t count, uint64_t deadline_ns);

/**
 * Something a poller may be waiting for has happened (data arrived, a
 * reader went away): wake every thread sleeping in vfs_poll so it looks
 * again. Safe to call with spinlocks held and from interrupt handlers.
 */
void vfs_poll_notify(void);

#endif

// sysfs internals shared by its tree (sysfs.c) and its root operations
// (sysfs_vfs.c).
//
// One node type serves both directories and files: struct sysfs_dir, with
// is_dir telling them apart. One rwlock guards the whole tree; lookups
// share it, subsystems adding and removing entries take it alone.
//
// A directory node is reference counted: one reference while it is in
// the tree, one per open directory file. A file node is not (its open
// files hold the subsystem's ops and data, not the node), but it counts
// the opens that have found it and not yet finished their open hook:
// sysfs_dir_remove waits for those, so once it returns no open hook is
// running, or will run, with the removed files' data.
#ifndef KERNEL_FS_SYSFS_NODE_H
#define KERNEL_FS_SYSFS_NODE_H 1

#include "sysfs.h"
#include "vfs.h"

#include <kernel/sched/mutex.h>

#include <stdbool.h>
#include <stdint.h>
#include <sys/io.h>

typedef struct sysfs_dir sysfs_node_t;

struct sysfs_dir
{
    char name[MAX_NAME]; /**< "" for the root */
    bool is_dir;
    sysfs_node_t* parent; /**< NULL for the root and for removed nodes */
    sysfs_node_t* next;   /**< the next entry of the same directory */
    // Directories.
    volatile uint32_t refs;
    sysfs_node_t* children; /**< in the order they were made */
    uint64_t child_count;
    // Files.
    const file_ops_t* ops;
    void* data;
    uint32_t opening; /**< opens in progress (sysfs_open_begin/end) */
};

/** Guards the tree's shape. */
extern rwlock_t sysfs_lock;

extern const vfs_root_ops_t sysfs_root_ops;

/** The node at @p path ("/a/b", normalised); 0, -ENOENT or -ENOTDIR. sysfs_lock held. */
int sysfs_find(const char* path, sysfs_node_t** out);

void sysfs_dir_ref(sysfs_node_t* dir);

/** Drop a directory reference; the last one frees it. */
void sysfs_dir_put(sysfs_node_t* dir);

/** An open has found file node @p node (sysfs_lock held); it stays until sysfs_open_end. */
void sysfs_open_begin(sysfs_node_t* node);

/** The open hook has returned (sysfs_lock not held). */
void sysfs_open_end(sysfs_node_t* node);

void sysfs_node_stat(const sysfs_node_t* node, stat_t* info);

#endif

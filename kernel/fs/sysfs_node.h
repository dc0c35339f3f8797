// sysfs internals shared by the walk through devices (sysfs_walk.c) and
// the VFS side (sysfs_vfs.c).
//
// A node is what a sys: path resolved to, held by value: a place in a
// device (the device, and its entry: name, qid, operations), or one of
// the directories made of the devices' paths (the root, "net" for
// "net/local", "stat" for "stat/mem" and "stat/sched"), which lists the
// next component of every present device under it. Nothing refers to a
// node but the open directory file that copied it, so there is nothing
// to lock and nothing to free but that copy.
#ifndef KERNEL_FS_SYSFS_NODE_H
#define KERNEL_FS_SYSFS_NODE_H 1

#include "sysdev.h"
#include "vfs.h"

#include <stdbool.h>
#include <stdint.h>
#include <sys/io.h>

typedef struct
{
    const sysdev_table_t* table;
    /** The device it is in; NULL for a directory made of device paths. */
    const sysdev_t* device;
    /** Such a directory: the first path_length characters of path ("" for the root). */
    const char* path;
    size_t path_length;
    /** Such a directory: the number of its first device (its devices are one run). */
    size_t first;
    /** Its name, qid and (for a file) operations. */
    sysdev_entry_t entry;
} sysfs_node_t;

extern const vfs_root_ops_t sysfs_root_ops;

/**
 * Whether @p table can be served: every path well formed ("a/b", no
 * empty component), no two devices at one path, no device where another
 * device's directory is, and the devices under each directory next to
 * each other in the table (so a directory is one run of devices).
 */
bool sysfs_table_valid(const sysdev_table_t* table);

/** The node of normalised path @p path ("/", "/a/b") among @p table's devices: 0, -ENOENT or -ENOTDIR. */
int sysfs_lookup(const sysdev_table_t* table, const char* path, sysfs_node_t* node);

/**
 * Up to @p count entries of directory @p dir from number @p first on, as
 * stat describes them, into @p entries (NULL: only count them); the
 * number there were.
 */
size_t sysfs_node_list(const sysfs_node_t* dir, uint64_t first, stat_t* entries, size_t count);

bool sysfs_node_is_dir(const sysfs_node_t* node);

/** @p node as stat describes it: its name and its type (size 0: nothing is stored). */
void sysfs_node_stat(const sysfs_node_t* node, stat_t* info);

#endif

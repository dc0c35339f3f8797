// ramfs internals shared by its tree (ramfs.c) and its open files
// (ramfs_file.c).
//
// Locking: one rwlock per mounted tree guards the tree's shape and every
// node's contents. Lookups, reads and readdir share it; creating,
// removing, renaming, truncating and writing take it alone. Reads are one memcpy
// under the read lock, so many readers go in parallel.
//
// A node is reference counted: one reference while it is linked into the
// tree, one per open file. Removing it unlinks it and drops the tree's
// reference; an open file keeps the node (and its data) until closed.
#ifndef KERNEL_FS_RAMFS_NODE_H
#define KERNEL_FS_RAMFS_NODE_H 1

#include "file.h"

#include <kernel/sched/mutex.h>

#include <stdbool.h>
#include <stdint.h>
#include <sys/io.h>

typedef struct ramfs ramfs_t;
typedef struct ramfs_node ramfs_node_t;

struct ramfs_node
{
    char name[MAX_NAME]; /**< "" for the root */
    bool is_dir;
    volatile uint32_t refs;
    ramfs_t* fs;
    ramfs_node_t* parent; /**< NULL for the root and for removed nodes */
    ramfs_node_t* next;   /**< the next entry of the same directory */
    // A directory's entries, in the order they were made.
    ramfs_node_t* children;
    uint64_t child_count;
    // A file's bytes: size used, capacity allocated.
    uint8_t* data;
    uint64_t size;
    uint64_t capacity;
    /**
     * Nonzero while data is a RAM disk file's own run of pages, as the
     * bootloader loaded it (ramfs_node_adopt_pages), rather than a heap
     * block: how many, to give back to the page allocator.
     */
    uint64_t boot_pages;
};

struct ramfs
{
    rwlock_t lock;
    ramfs_node_t* root;
};

/** Largest file ramfs lets grow (writes beyond fail with -EFBIG). */
#define RAMFS_FILE_MAX (1ULL << 32)

extern const file_ops_t ramfs_file_ops;
extern const file_ops_t ramfs_dir_ops;

/** A node with one reference, not linked anywhere; NULL when out of memory. */
ramfs_node_t* ramfs_node_new(ramfs_t* fs, const char* name, bool is_dir);

void ramfs_node_ref(ramfs_node_t* node);

/** Drop a reference; the last one frees the node and its data. */
void ramfs_node_put(ramfs_node_t* node);

/**
 * Make the RAM disk's @p size bytes at @p data (the start of a
 * BOOT_MEMORY_RAMDISK page run, NULL when empty) the contents of the new
 * file @p node, without copying; the node frees the pages when its
 * contents change or it goes.
 */
void ramfs_node_adopt_pages(ramfs_node_t* node, void* data, uint64_t size);

/** Describe @p node (the tree's lock held, shared or alone). */
void ramfs_node_stat(const ramfs_node_t* node, stat_t* info);

/** Throw away a file's contents (the tree's lock held alone). */
void ramfs_node_truncate(ramfs_node_t* node);

/**
 * Make a file @p length bytes long (the tree's lock held alone): new bytes
 * are zero; a file cut to half its room or less moves to a smaller block,
 * so the memory goes back. 0, -EFBIG beyond RAMFS_FILE_MAX or -ENOMEM.
 */
int ramfs_node_resize(ramfs_node_t* node, uint64_t length);

/**
 * Make room for @p end bytes (the tree's lock held alone); the size does
 * not change. 0 or -ENOMEM.
 */
int ramfs_node_reserve(ramfs_node_t* node, uint64_t end);

#endif

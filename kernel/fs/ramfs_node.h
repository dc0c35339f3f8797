// ramfs internals shared by its tree (ramfs.c) and its open files
// (ramfs_file.c).
//
// Locking: one rwlock per mounted tree guards the tree's shape and every
// node's contents. Lookups, reads and readdir share it; creating,
// removing, renaming, truncating and writing take it alone. Reads only copy
// out under the read lock, so many readers go in parallel.
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
    /**
     * A file's bytes, a page at a time (ramfs_data.c): pages[i] holds
     * bytes [i * PAGE_SIZE, (i + 1) * PAGE_SIZE), NULL for a page never
     * written (a hole: it reads as zeroes), and slots past page_slots are
     * holes too. Every byte at or past size in any page is zero, so a file
     * that grows shows zeroes there without clearing anything. A page is
     * a direct-map address of one pmm page; a RAM disk file's pages are
     * its run as the bootloader loaded it.
     */
    uint8_t** pages;
    uint64_t page_slots;
    uint64_t size;
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
 * file @p node, without copying; the node frees the pages when they are
 * cut off or it goes. 0 or -ENOMEM (nothing taken).
 */
int ramfs_data_adopt(ramfs_node_t* node, void* data, uint64_t size);

/** Describe @p node (the tree's lock held, shared or alone). */
void ramfs_node_stat(const ramfs_node_t* node, stat_t* info);

/** Throw away a file's contents, every page back to the allocator (the tree's lock held alone). */
void ramfs_data_free(ramfs_node_t* node);

/**
 * Copy up to @p count bytes from @p offset into @p buffer, holes as
 * zeroes (the tree's lock held, shared or alone). Returns how many: fewer
 * at the end of the file, 0 at or past it.
 */
size_t ramfs_data_read(const ramfs_node_t* node, uint64_t offset, void* buffer, size_t count);

/**
 * Copy @p count bytes from @p buffer in at @p offset (the tree's lock held
 * alone; the caller checks the end against RAMFS_FILE_MAX). A write past
 * the end leaves a hole. Returns how many were written, fewer when memory
 * ran out part way, or -ENOSPC (no memory for a single page) or -ENOMEM
 * with nothing written.
 */
ssize_t ramfs_data_write(ramfs_node_t* node, uint64_t offset, const void* buffer, size_t count);

/**
 * Make a file @p length bytes long (the tree's lock held alone): new bytes
 * are zero and take no memory until written; pages wholly past a shorter
 * length go back at once. 0 or -EFBIG beyond RAMFS_FILE_MAX.
 */
int ramfs_data_resize(ramfs_node_t* node, uint64_t length);

#endif

#include "ramfs_node.h"

#include <kernel/mem/heap.h>
#include <kernel/mem/pmm.h>

#include <errno.h>
#include <string.h>

ramfs_node_t* ramfs_node_new(ramfs_t* fs, const char* name, bool is_dir)
{
    ramfs_node_t* node = kcalloc(1, sizeof(ramfs_node_t));
    if (node == NULL)
    {
        return NULL;
    }
    strncpy(node->name, name, MAX_NAME - 1);
    node->is_dir = is_dir;
    node->refs = 1;
    node->fs = fs;
    return node;
}

void ramfs_node_ref(ramfs_node_t* node)
{
    __atomic_fetch_add(&node->refs, 1, __ATOMIC_RELAXED);
}

void ramfs_node_put(ramfs_node_t* node)
{
    // The last reference can only be dropped once the node is out of the
    // tree (the tree holds one), so nobody can find it any more.
    if (__atomic_sub_fetch(&node->refs, 1, __ATOMIC_ACQ_REL) != 0)
    {
        return;
    }
    ramfs_data_free(node);
    kfree(node);
}

void ramfs_node_stat(const ramfs_node_t* node, stat_t* info)
{
    memset(info, 0, sizeof(*info));
    strncpy(info->name, node->name, MAX_NAME - 1);
    info->type = node->is_dir ? STAT_DIR : STAT_FILE; // home: holds nothing else
    info->size = node->is_dir ? node->child_count : node->size;
}

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

void ramfs_node_adopt_pages(ramfs_node_t* node, void* data, uint64_t size)
{
    node->data = data;
    node->size = size;
    node->boot_pages = data != NULL ? PAGES(size) : 0;
    // The run's tail past the size is zero (the bootloader cleared it), so
    // writes may grow into it.
    node->capacity = node->boot_pages * PAGE_SIZE;
}

// Let go of the node's bytes, whichever allocator they came from.
static void ramfs_node_free_data(ramfs_node_t* node)
{
    if (node->boot_pages != 0)
    {
        pmm_free_run(VIRT_TO_PHYS(node->data), node->boot_pages);
    }
    else
    {
        kfree(node->data);
    }
    node->data = NULL;
    node->boot_pages = 0;
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
    ramfs_node_free_data(node);
    kfree(node);
}

void ramfs_node_stat(const ramfs_node_t* node, stat_t* info)
{
    memset(info, 0, sizeof(*info));
    strncpy(info->name, node->name, MAX_NAME - 1);
    info->type = node->is_dir ? STAT_DIR : STAT_FILE; // home: holds nothing else
    info->size = node->is_dir ? node->child_count : node->size;
}

void ramfs_node_truncate(ramfs_node_t* node)
{
    ramfs_node_free_data(node);
    node->size = 0;
    node->capacity = 0;
}

// The capacity at least doubles, so a file written a piece at a time is
// copied O(log n) times, not once per write.
int ramfs_node_reserve(ramfs_node_t* node, uint64_t end)
{
    if (end <= node->capacity)
    {
        return 0;
    }
    uint64_t capacity = node->capacity * 2;
    capacity = capacity < 64 ? 64 : capacity;
    capacity = capacity < end ? end : capacity;
    capacity = capacity > RAMFS_FILE_MAX ? RAMFS_FILE_MAX : capacity;
    if (node->boot_pages != 0)
    {
        // The RAM disk's pages cannot grow in place: move to the heap.
        uint8_t* data = kmalloc(capacity);
        if (data == NULL)
        {
            return -ENOMEM;
        }
        memcpy(data, node->data, node->size);
        ramfs_node_free_data(node);
        node->data = data;
        node->capacity = capacity;
        return 0;
    }
    uint8_t* data = krealloc(node->data, capacity);
    if (data == NULL)
    {
        return -ENOMEM;
    }
    node->data = data;
    node->capacity = capacity;
    return 0;
}

// krealloc never moves a block to a smaller one, so shrinking is done here.
static void ramfs_node_shrink(ramfs_node_t* node, uint64_t length)
{
    if (length == 0)
    {
        ramfs_node_truncate(node);
        return;
    }
    if (length > node->capacity / 2)
    {
        return; // not worth a copy
    }
    uint8_t* data = kmalloc(length);
    if (data == NULL)
    {
        return; // keeping the bigger block is still correct
    }
    memcpy(data, node->data, length);
    ramfs_node_free_data(node);
    node->data = data;
    node->capacity = length;
}

int ramfs_node_resize(ramfs_node_t* node, uint64_t length)
{
    if (length > RAMFS_FILE_MAX)
    {
        return -EFBIG;
    }
    if (length <= node->size)
    {
        node->size = length;
        ramfs_node_shrink(node, length);
        return 0;
    }
    int result = ramfs_node_reserve(node, length);
    if (result < 0)
    {
        return result;
    }
    // Bytes past the size may hold what an earlier, longer file had.
    memset(node->data + node->size, 0, length - node->size);
    node->size = length;
    return 0;
}

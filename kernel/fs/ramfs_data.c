// A ramfs file's bytes, kept a page at a time (see ramfs_node.h).
//
// Why pages and not one block: a block that doubles as the file grows
// copies everything written so far on each doubling, and every page of
// the new block is mapped and zeroed before the copy overwrites it. Here
// a write takes a free page for each page it reaches that has none yet
// and copies its bytes in once; only the slot array (8 bytes a page)
// doubles. Pages a write covers whole are not zeroed first.
//
// Every function runs with the tree's lock held: alone for the ones that
// change the file, shared for ramfs_data_read.
#include "ramfs_node.h"

#include <kernel/mem/heap.h>
#include <kernel/mem/pmm.h>

#include <errno.h>
#include <string.h>

#define RAMFS_MIN_SLOTS 16

static uint64_t ramfs_min(uint64_t a, uint64_t b)
{
    return a < b ? a : b;
}

static void ramfs_page_free(uint8_t* page)
{
    if (page != NULL)
    {
        pmm_free(VIRT_TO_PHYS(page));
    }
}

int ramfs_data_adopt(ramfs_node_t* node, void* data, uint64_t size)
{
    if (data == NULL || size == 0)
    {
        return 0;
    }
    uint64_t count = PAGES(size);
    node->pages = kmalloc(count * sizeof(uint8_t*));
    if (node->pages == NULL)
    {
        return -ENOMEM;
    }
    // The run's tail past the size is zero (the bootloader cleared it),
    // as the invariant in ramfs_node.h wants.
    for (uint64_t i = 0; i < count; i++)
    {
        node->pages[i] = (uint8_t*)data + i * PAGE_SIZE;
    }
    node->page_slots = count;
    node->size = size;
    return 0;
}

void ramfs_data_free(ramfs_node_t* node)
{
    for (uint64_t i = 0; i < node->page_slots; i++)
    {
        ramfs_page_free(node->pages[i]);
    }
    kfree(node->pages);
    node->pages = NULL;
    node->page_slots = 0;
    node->size = 0;
}

size_t ramfs_data_read(const ramfs_node_t* node, uint64_t offset, void* buffer, size_t count)
{
    if (offset >= node->size)
    {
        return 0;
    }
    count = ramfs_min(count, node->size - offset);
    uint8_t* to = buffer;
    for (uint64_t at = offset; at < offset + count;)
    {
        uint64_t index = at / PAGE_SIZE;
        uint64_t within = at % PAGE_SIZE;
        uint64_t piece = ramfs_min(PAGE_SIZE - within, offset + count - at);
        uint8_t* page = index < node->page_slots ? node->pages[index] : NULL;
        if (page != NULL)
        {
            memcpy(to, page + within, piece);
        }
        else
        {
            memset(to, 0, piece); // never written: a hole
        }
        to += piece;
        at += piece;
    }
    return count;
}

// Room in the slot array for @p needed pages; it at least doubles, so a
// file written a piece at a time moves its slots O(log n) times.
static int ramfs_data_slots(ramfs_node_t* node, uint64_t needed)
{
    if (needed <= node->page_slots)
    {
        return 0;
    }
    uint64_t slots = node->page_slots * 2;
    slots = slots < RAMFS_MIN_SLOTS ? RAMFS_MIN_SLOTS : slots;
    slots = slots < needed ? needed : slots;
    slots = ramfs_min(slots, RAMFS_FILE_MAX / PAGE_SIZE);
    uint8_t** pages = krealloc(node->pages, slots * sizeof(uint8_t*));
    if (pages == NULL)
    {
        return -ENOMEM;
    }
    memset(pages + node->page_slots, 0, (slots - node->page_slots) * sizeof(uint8_t*));
    node->pages = pages;
    node->page_slots = slots;
    return 0;
}

// How many pages of [first, last) have none yet.
static uint64_t ramfs_data_missing(const ramfs_node_t* node, uint64_t first, uint64_t last)
{
    uint64_t missing = 0;
    for (uint64_t i = first; i < last; i++)
    {
        missing += node->pages[i] == NULL;
    }
    return missing;
}

ssize_t ramfs_data_write(ramfs_node_t* node, uint64_t offset, const void* buffer, size_t count)
{
    uint64_t end = offset + count;
    if (count == 0)
    {
        return 0;
    }
    int result = ramfs_data_slots(node, PAGES(end));
    if (result < 0)
    {
        return result;
    }
    // File pages are memory a user asked for, so they are promised
    // (pmm_commit) like mapped memory: a full ramfs stops before it eats
    // the kernel's reserve. One promise for the whole write.
    uint64_t missing = ramfs_data_missing(node, offset / PAGE_SIZE, PAGES(end));
    if (missing != 0 && !pmm_commit(missing))
    {
        return -ENOSPC;
    }
    const uint8_t* from = buffer;
    uint64_t at = offset;
    while (at < end)
    {
        uint64_t index = at / PAGE_SIZE;
        uint64_t within = at % PAGE_SIZE;
        uint64_t piece = ramfs_min(PAGE_SIZE - within, end - at);
        if (node->pages[index] == NULL)
        {
            uint64_t physical = pmm_alloc();
            if (physical == 0)
            {
                break; // a short write: what is done stays done
            }
            missing--;
            node->pages[index] = PHYS_TO_VIRT(physical);
            if (piece != PAGE_SIZE)
            {
                memset(node->pages[index], 0, PAGE_SIZE);
            }
        }
        memcpy(node->pages[index] + within, from, piece);
        from += piece;
        at += piece;
        // Page by page, so a write cut short leaves no page that holds
        // unwritten bytes below the size.
        node->size = at > node->size ? at : node->size;
    }
    if (missing != 0)
    {
        pmm_uncommit(missing); // pages not taken after all
    }
    if (at == offset)
    {
        return -ENOSPC;
    }
    return (ssize_t)(at - offset);
}

// A smaller slot array once the file has shrunk to a quarter of it or
// less; keeping the bigger one is still correct if there is no memory.
static void ramfs_data_shrink_slots(ramfs_node_t* node, uint64_t needed)
{
    if (needed == 0)
    {
        kfree(node->pages);
        node->pages = NULL;
        node->page_slots = 0;
        return;
    }
    if (needed > node->page_slots / 4 || node->page_slots <= RAMFS_MIN_SLOTS)
    {
        return;
    }
    uint8_t** pages = kmalloc(needed * sizeof(uint8_t*));
    if (pages == NULL)
    {
        return;
    }
    memcpy(pages, node->pages, needed * sizeof(uint8_t*));
    kfree(node->pages);
    node->pages = pages;
    node->page_slots = needed;
}

int ramfs_data_resize(ramfs_node_t* node, uint64_t length)
{
    if (length > RAMFS_FILE_MAX)
    {
        return -EFBIG;
    }
    if (length >= node->size)
    {
        // The bytes past the old size are zero already, or in no page.
        node->size = length;
        return 0;
    }
    uint64_t kept = PAGES(length);
    for (uint64_t i = kept; i < node->page_slots; i++)
    {
        ramfs_page_free(node->pages[i]);
        node->pages[i] = NULL;
    }
    // What the cut page held past the new end must read as zero if the
    // file grows again.
    uint64_t within = length % PAGE_SIZE;
    if (within != 0 && kept <= node->page_slots && node->pages[kept - 1] != NULL)
    {
        memset(node->pages[kept - 1] + within, 0, PAGE_SIZE - within);
    }
    node->size = length;
    ramfs_data_shrink_slots(node, ramfs_min(kept, node->page_slots));
    return 0;
}

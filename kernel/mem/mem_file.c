// sys:/stat/mem: memory statistics as "key value" lines.
//   total_pages, free_pages   the physical allocator's counts (after the
//                             heap has returned its empty slabs, so that
//                             the count reflects memory really in use)
//   committed_pages           promised to user memory, not yet allocated
//                             (lazy pages never touched; see pmm.h)
//   heap_slab_pages, heap_large_pages, heap_allocations
//   tlb_shootdowns, tlb_ipis  mappings removed that other CPUs may have
//                             cached, and the flush requests sent to them
#include "mem_file.h"

#include "heap.h"
#include "pmm.h"
#include "tlb.h"

#include <stdio.h>

static ssize_t mem_file_read(file_t* file, void* buffer, size_t count)
{
    heap_trim();
    pmm_stats_t pages = pmm_stats();
    heap_stats_t heap = heap_stats();
    tlb_stats_t tlb = tlb_stats();
    char text[320];
    int length = snprintf(text, sizeof(text),
        "total_pages %lu\nfree_pages %lu\ncommitted_pages %lu\nheap_slab_pages %lu\nheap_large_pages %lu\n"
        "heap_allocations %lu\ntlb_shootdowns %lu\ntlb_ipis %lu\n",
        (unsigned long)pages.total, (unsigned long)pages.free, (unsigned long)pages.committed,
        (unsigned long)heap.slab_pages, (unsigned long)heap.large_pages, (unsigned long)heap.allocations,
        (unsigned long)tlb.shootdowns, (unsigned long)tlb.ipis);
    return file_read_text(file, buffer, count, text, (size_t)length);
}

static const file_ops_t mem_file_ops = {.read = mem_file_read};

const sysdev_t mem_device = {.path = "stat/mem", .file = &mem_file_ops};

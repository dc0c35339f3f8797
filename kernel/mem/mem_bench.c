// Memory benchmarks (bench=memory): is the cost per page the same whatever
// the working set? Each round takes pages from the physical allocator,
// maps them one by one into a loaded user space, then unmaps the range,
// which frees the pages and the page tables again. Every working set does
// the same total number of pages.
//
// Under QEMU the host only provides a guest page when the guest first
// writes it (and may zero a whole 2 MiB huge page then), which would make
// larger working sets look slower for reasons a real machine does not
// have. So every free page is written once before anything is timed.
#include "heap.h"
#include "pmm.h"
#include "slab.h"
#include "space.h"
#include "vmm.h"

#include <kernel/arch/cpu.h>
#include <kernel/panic/panic.h>
#include <kernel/test/kbench.h>

#define BENCH_BASE 0x0000400000000000ULL
#define BENCH_TOTAL_PAGES (1ULL << 18) // 1 GiB worth of page operations per working set
#define MIB (1ULL << 20)

static uint64_t mem_bench_round_trip(space_t* space, uint64_t working_set)
{
    uint64_t pages = working_set / PAGE_SIZE;
    uint64_t rounds = BENCH_TOTAL_PAGES / pages;
    uint64_t start = cpu_cycles();
    for (uint64_t round = 0; round < rounds; round++)
    {
        for (uint64_t i = 0; i < pages; i++)
        {
            uint64_t page = pmm_alloc();
            if (page == 0 || vmm_map(space, BENCH_BASE + i * PAGE_SIZE, page, 1, VMM_WRITE | VMM_USER | VMM_OWNED, 0) != 0)
            {
                panic("bench: cannot map a %lu MiB working set", (unsigned long)(working_set / MIB));
            }
        }
        vmm_unmap(space, BENCH_BASE, pages);
    }
    return kbench_ns(cpu_cycles() - start) / (pages * rounds);
}

// Write one word into every free page, chaining them, then free them all.
static void mem_bench_touch_all(void)
{
    uint64_t chain = 0;
    for (uint64_t page = pmm_alloc(); page != 0; page = pmm_alloc())
    {
        *(uint64_t*)PHYS_TO_VIRT(page) = chain;
        chain = page;
    }
    while (chain != 0)
    {
        uint64_t next = *(uint64_t*)PHYS_TO_VIRT(chain);
        pmm_free(chain);
        chain = next;
    }
}

KBENCH(memory, map_per_page)
{
    mem_bench_touch_all();
    space_t* space = space_create();
    if (space == NULL)
    {
        panic("bench: out of memory");
    }
    space_load(space);
    // One round first, so that no set pays for first-touch effects alone.
    mem_bench_round_trip(space, 64 * MIB);
    uint64_t small = mem_bench_round_trip(space, 1 * MIB);
    uint64_t medium = mem_bench_round_trip(space, 64 * MIB);
    uint64_t large = mem_bench_round_trip(space, 512 * MIB);
    space_load(vmm_kernel_space());
    space_destroy(space);
    kbench_report("memory_alloc_map_unmap_free_ns_per_page_1MiB", small, "ns");
    kbench_report("memory_alloc_map_unmap_free_ns_per_page_64MiB", medium, "ns");
    kbench_report("memory_alloc_map_unmap_free_ns_per_page_512MiB", large, "ns");
    uint64_t fastest = small < medium ? (small < large ? small : large) : (medium < large ? medium : large);
    uint64_t slowest = small > medium ? (small > large ? small : large) : (medium > large ? medium : large);
    kbench_report_hundredths("memory_per_page_cost_ratio_largest_to_smallest", slowest * 100 / fastest, "ratio");
}

#define SLAB_BENCH_OBJECTS 4096
#define SLAB_BENCH_ROUNDS 64

KBENCH(memory, slab_alloc_free)
{
    static void* objects[SLAB_BENCH_OBJECTS];
    slab_cache_t cache;
    slab_cache_init(&cache, "bench-64", 64);
    uint64_t start = cpu_cycles();
    for (int round = 0; round < SLAB_BENCH_ROUNDS; round++)
    {
        for (int i = 0; i < SLAB_BENCH_OBJECTS; i++)
        {
            objects[i] = slab_alloc(&cache);
        }
        for (int i = 0; i < SLAB_BENCH_OBJECTS; i++)
        {
            slab_free(&cache, objects[i]);
        }
    }
    uint64_t ns = kbench_ns(cpu_cycles() - start);
    slab_trim(&cache);
    kbench_report("memory_slab_alloc_free_ns_per_object", ns / (SLAB_BENCH_OBJECTS * SLAB_BENCH_ROUNDS), "ns");
}

KBENCH(memory, kmalloc_kfree)
{
    static void* blocks[SLAB_BENCH_OBJECTS];
    uint64_t start = cpu_cycles();
    for (int round = 0; round < SLAB_BENCH_ROUNDS; round++)
    {
        for (int i = 0; i < SLAB_BENCH_OBJECTS; i++)
        {
            blocks[i] = kmalloc(16 + (i % 8) * 24);
        }
        for (int i = 0; i < SLAB_BENCH_OBJECTS; i++)
        {
            kfree(blocks[i]);
        }
    }
    uint64_t ns = kbench_ns(cpu_cycles() - start);
    kbench_report("memory_kmalloc_kfree_ns_per_block", ns / (SLAB_BENCH_OBJECTS * SLAB_BENCH_ROUNDS), "ns");
}

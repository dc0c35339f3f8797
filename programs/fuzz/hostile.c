#include "hostile.h"

#include "fuzz.h"

#include <errno.h>
#include <sys/proc.h>
#include <sys/syscall.h>

#define SCRATCH_SIZE (SANDBOX_SCRATCH_PAGES * PAGE_SIZE)

// Two pages, the second unmapped: a buffer that starts in the first and
// runs on is valid up to the edge only.
static uint8_t* sandbox_new_edge(void)
{
    uint8_t* pair = mem_map(-1, NULL, 2 * PAGE_SIZE, PROT_READ | PROT_WRITE);
    if (pair != NULL && munmap(pair + PAGE_SIZE, PAGE_SIZE) != 0)
    {
        munmap(pair, 2 * PAGE_SIZE);
        return NULL;
    }
    return pair;
}

// A page that was mapped once and is not any more; 0 if none could be made.
static uint64_t sandbox_new_hole(void)
{
    uint8_t* gone = mem_map(-1, NULL, PAGE_SIZE, PROT_READ | PROT_WRITE);
    return gone != NULL && munmap(gone, PAGE_SIZE) == 0 ? (uint64_t)gone : 0;
}

bool sandbox_init(sandbox_t* sandbox)
{
    // Scratch is followed by a read-only page: a read longer than scratch
    // stops there (EFAULT), instead of filling whatever was mapped next. A
    // mapping of its own, never in the child's list of mappings, so no
    // operation unmaps it and placement can never put anything else there.
    sandbox->scratch = mem_map(-1, NULL, SCRATCH_SIZE + PAGE_SIZE, PROT_READ | PROT_WRITE);
    if (sandbox->scratch == NULL || mprotect(sandbox->scratch + SCRATCH_SIZE, PAGE_SIZE, PROT_READ) != 0)
    {
        return false;
    }
    sandbox->edge = sandbox_new_edge();
    sandbox->readonly = mem_map(-1, NULL, PAGE_SIZE, PROT_READ);
    sandbox->unmapped = sandbox_new_hole();
    return sandbox->edge != NULL && sandbox->readonly != NULL && sandbox->unmapped != 0;
}

bool sandbox_page_mapped(const void* address)
{
    volatile uint32_t* word = (volatile uint32_t*)((uint64_t)address & ~(PAGE_SIZE - 1));
    return futex(word, 0x5a5a5a5a, FUTEX_WAIT, 0) == 0 || errno != EFAULT;
}

bool sandbox_keep_holes(sandbox_t* sandbox)
{
    if (sandbox_page_mapped(sandbox->edge + PAGE_SIZE))
    {
        uint8_t* edge = sandbox_new_edge();
        if (edge == NULL)
        {
            return false;
        }
        munmap(sandbox->edge, PAGE_SIZE);
        sandbox->edge = edge;
    }
    if (sandbox_page_mapped((const void*)sandbox->unmapped))
    {
        uint64_t hole = sandbox_new_hole();
        if (hole == 0)
        {
            return false;
        }
        sandbox->unmapped = hole;
    }
    return true;
}

uint64_t hostile_bad_pointer(rng_t* rng, const sandbox_t* sandbox)
{
    switch (rng_below(rng, 14))
    {
    case 0:
        return 0;
    case 1:
        return rng_below(rng, 0x10000); // the unmapped bottom of user space
    case 2:
        return PATCHWORK_USER_BASE - rng_range(rng, 1, PAGE_SIZE);
    case 3:
        return 0xffff800000000000ULL + rng_below(rng, 1ULL << 40); // kernel half: direct map
    case 4:
        return 0xffffffff80000000ULL + rng_below(rng, 1ULL << 24); // kernel half: the kernel image
    case 5:
        return UINT64_MAX - rng_below(rng, 64);
    case 6:
        return 0x0000800000000000ULL + rng_below(rng, PAGE_SIZE); // first non-canonical address
    case 7:
        return 0x8000000000000000ULL | rng_next(rng); // non-canonical or kernel
    case 8:
        return 0x00007fffffffffffULL - rng_below(rng, 2 * PAGE_SIZE); // the unmappable last pages
    case 9:
        return PATCHWORK_USER_END - rng_below(rng, 8);
    case 10:
        return sandbox->unmapped + rng_below(rng, PAGE_SIZE);
    case 11:
        return (uint64_t)sandbox->edge + PAGE_SIZE + rng_below(rng, PAGE_SIZE); // the unmapped half
    case 12:
        return 0x0000100000000000ULL + rng_below(rng, 1ULL << 36) * PAGE_SIZE; // where mmap places: likely free
    default:
        return rng_next(rng); // anything at all
    }
}

uint64_t hostile_pointer(rng_t* rng, const sandbox_t* sandbox, uint64_t size)
{
    if (rng_chance(rng, 20))
    {
        return hostile_bad_pointer(rng, sandbox);
    }
    size = size < SCRATCH_SIZE ? size : SCRATCH_SIZE;
    uint64_t offset = rng_below(rng, SCRATCH_SIZE - size + 1);
    if (rng_chance(rng, 50))
    {
        offset &= ~(uint64_t)7; // aligned half of the time: unaligned is not the only case
    }
    return (uint64_t)sandbox->scratch + offset;
}

uint64_t hostile_length(rng_t* rng)
{
    static const uint64_t edges[] = {0, 1, 2, 7, 8, 63, 64, 255, 256, 4095, 4096, 4097, 8192, 65535, 65536, 65537,
        1 << 20, UINT32_MAX, 1ULL << 32, 1ULL << 47, 0x7fffffffffffffffULL, UINT64_MAX, UINT64_MAX - 4095};
    if (rng_chance(rng, 40))
    {
        return rng_below(rng, 512);
    }
    return edges[rng_below(rng, sizeof(edges) / sizeof(edges[0]))];
}

uint64_t hostile_integer(rng_t* rng)
{
    static const uint64_t edges[] = {0, 1, 2, 3, 4, 0x7f, 0x80, 0xff, 0x7fff, 0xffff, 0x7fffffff, 0x80000000,
        0xffffffff, 1ULL << 32, 0x7fffffffffffffffULL, 0x8000000000000000ULL, UINT64_MAX, UINT64_MAX - 1};
    switch (rng_below(rng, 4))
    {
    case 0:
        return rng_below(rng, 70); // small: descriptors, origins, operations
    case 1:
        return edges[rng_below(rng, sizeof(edges) / sizeof(edges[0]))];
    case 2:
        return 1ULL << rng_below(rng, 64);
    default:
        return rng_next(rng);
    }
}

uint64_t hostile_short_timeout(rng_t* rng)
{
    return rng_chance(rng, 30) ? 0 : rng_below(rng, NS_PER_MS);
}

uint64_t hostile_page_address(rng_t* rng, const sandbox_t* sandbox)
{
    switch (rng_below(rng, 6))
    {
    case 0:
        return (uint64_t)sandbox->scratch + rng_below(rng, SANDBOX_SCRATCH_PAGES) * PAGE_SIZE;
    case 1:
        return (uint64_t)sandbox->edge;
    case 2:
        return (uint64_t)sandbox->readonly;
    case 3:
        return sandbox->unmapped;
    default:
        return hostile_bad_pointer(rng, sandbox);
    }
}

hostile_buffer_t hostile_buffer(rng_t* rng, const sandbox_t* sandbox)
{
    hostile_buffer_t buffer;
    switch (rng_below(rng, 10))
    {
    case 0: // runs from the edge page into the unmapped one
        buffer.length = rng_range(rng, 2, 3 * PAGE_SIZE);
        buffer.address = (uint64_t)sandbox->edge + PAGE_SIZE - rng_range(rng, 1, buffer.length - 1);
        return buffer;
    case 1: // read-only: fine to read from, not to fill
        buffer.address = (uint64_t)sandbox->readonly + rng_below(rng, PAGE_SIZE);
        buffer.length = rng_range(rng, 1, PAGE_SIZE + 64);
        return buffer;
    case 2:
        buffer.address = hostile_bad_pointer(rng, sandbox);
        buffer.length = hostile_length(rng);
        return buffer;
    case 3: // a valid start, an absurd length
        buffer.address = (uint64_t)sandbox->scratch + rng_below(rng, SCRATCH_SIZE);
        buffer.length = hostile_length(rng);
        return buffer;
    default: // valid: the call gets as far as the file
        buffer.length = rng_chance(rng, 80) ? rng_range(rng, 0, 600) : rng_range(rng, 0, SCRATCH_SIZE);
        buffer.address = (uint64_t)sandbox->scratch + rng_below(rng, SCRATCH_SIZE - buffer.length + 1);
        return buffer;
    }
}

// Memory: mmap with hostile hints, lengths, protections and descriptors;
// munmap and mprotect of the child's own mappings, whole or in part, and
// of ranges that are not its own; ranges with holes; and (FAM_EXHAUST)
// asking for more memory than there is.
#include "ops.h"

#include <string.h>

void op_mem_map(child_t* child, rng_t* rng)
{
    fd_t fd = -1;
    if (rng_chance(rng, 25))
    {
        fd = rng_chance(rng, 50) ? fd_pick(child, rng, FD_SHM) : fd_hostile(child, rng);
    }
    uint64_t hint = rng_chance(rng, 50) ? 0 : hostile_page_address(rng, &child->sandbox);
    uint64_t length = ops_mem_length(child, rng);
    int protection = rng_chance(rng, 85) ? (int)rng_range(rng, 1, 7) : (int)hostile_integer(rng);
    uint8_t* address = mem_map(fd, (void*)hint, length, protection);
    if (address == NULL)
    {
        return;
    }
    uint64_t pages = (length + PAGE_SIZE - 1) / PAGE_SIZE;
    if (protection & PROT_WRITE)
    {
        // Touch it: fresh pages must be there and zeroed (shared ones hold anything).
        address[0] = 1;
        address[(pages - 1) * PAGE_SIZE + rng_below(rng, PAGE_SIZE)] = 2;
    }
    else if (rng_chance(rng, 50))
    {
        (void)*(volatile uint8_t*)(address + rng_below(rng, pages * PAGE_SIZE));
    }
    ops_mem_remember(child, (uint64_t)address, pages, protection);
}

void op_mem_unmap(child_t* child, rng_t* rng)
{
    uint64_t address, length;
    ops_mem_range(child, rng, &address, &length);
    if (munmap((void*)address, length) == 0)
    {
        ops_mem_changed(child, address, length, 0, true);
    }
}

void op_mem_protect(child_t* child, rng_t* rng)
{
    uint64_t address, length;
    ops_mem_range(child, rng, &address, &length);
    int protection = rng_chance(rng, 85) ? (int)rng_range(rng, 0, 7) : (int)hostile_integer(rng);
    if (mprotect((void*)address, length, protection) == 0)
    {
        ops_mem_changed(child, address, length, protection, false);
        // Use what the protection promises: reads always, writes if allowed.
        uint8_t* byte = (uint8_t*)address;
        (void)*(volatile uint8_t*)byte;
        if (protection & PROT_WRITE)
        {
            *byte = 3;
        }
    }
}

// Three pages, the middle one unmapped: a call on the whole range fails
// (EFAULT) and must leave the rest as it was.
void op_mem_holes(child_t* child, rng_t* rng)
{
    uint8_t* pages = mem_map(-1, NULL, 3 * PAGE_SIZE, PROT_READ | PROT_WRITE);
    if (pages == NULL)
    {
        return;
    }
    munmap(pages + PAGE_SIZE, PAGE_SIZE);
    switch (rng_below(rng, 5))
    {
    case 0:
        munmap(pages, 3 * PAGE_SIZE);
        break;
    case 1:
        mprotect(pages, 3 * PAGE_SIZE, PROT_READ);
        break;
    case 2:
        read(fd_hostile(child, rng), pages + PAGE_SIZE - rng_below(rng, 64), rng_range(rng, 1, 2 * PAGE_SIZE));
        break;
    case 3:
        write(fd_hostile(child, rng), pages + PAGE_SIZE - rng_below(rng, 64), rng_range(rng, 1, 2 * PAGE_SIZE));
        break;
    default:
        io_stat("sys:/stat/mem", (stat_t*)(pages + PAGE_SIZE - rng_range(rng, 1, sizeof(stat_t) - 1)));
        break;
    }
    // Both outer pages must still be there, with what we wrote.
    pages[0] = 1;
    pages[2 * PAGE_SIZE] = 2;
    munmap(pages, PAGE_SIZE);
    munmap(pages + 2 * PAGE_SIZE, PAGE_SIZE);
}

// More memory than the machine has, or nearly: the kernel must say ENOMEM
// (or succeed) and stay responsive, and all of it must come back.
void op_mem_exhaust(child_t* child, rng_t* rng)
{
    (void)child;
    if (!rng_chance(rng, 25))
    {
        return; // each one stalls the machine for a while: now and then is enough
    }
    uint64_t length = (rng_range(rng, 64, 2048)) << 20;
    uint8_t* address = mem_map(-1, NULL, length, PROT_READ | PROT_WRITE);
    if (address != NULL)
    {
        address[length - 1] = 1;
        munmap(address, length);
    }
}

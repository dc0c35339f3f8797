// The x86-64 half of <kernel/arch/paging.h>: four levels of tables of 512
// entries (PML4, PDPT, page directory, page table), and the software bits
// PatchworkOS keeps in their entries.
//
// Bits 9 and 52-59 are ignored by the CPU (52-59 only while protection keys
// are off, which the kernel never turns on), so the virtual memory manager
// stores its per-page metadata there: whether the kernel owns the physical
// page (and frees it on unmap), and the page's callback id (0 for none).
// Entries that point to tables carry a count of their table's entries.
// Keeping it in the entry itself is what makes map, unmap and lookup
// constant time per page: there is no other structure to search.
#ifndef KERNEL_ARCH_X86_64_PAGING_H
#define KERNEL_ARCH_X86_64_PAGING_H 1

#include "cpu.h"

#include <boot/paging_bits.h> // the hardware's bits, shared with the bootloader
#include <stdbool.h>
#include <stdint.h>

typedef uint64_t paging_entry_t;

#define PTE_OWNED (1ULL << 9) // software: free the physical page on unmap
// Software, in an entry that is not present: a lazy page, promised and
// zero-filled when first touched. The entry keeps the flags the page
// will be mapped with (its address bits stay 0). A leaf entry is in use
// when it is present or lazy, that is, when it is not 0.
#define PTE_LAZY (1ULL << 10)
#define PTE_CALLBACK_SHIFT 52 // software: 8-bit callback id
#define PTE_CALLBACK_MASK (0xFFULL << PTE_CALLBACK_SHIFT)

// In an entry that points to a table (not a page), bits 52-61 count the
// present entries of that table: when the count drops to zero the table
// is freed, without scanning its 512 entries.
#define PTE_COUNT_SHIFT 52
#define PTE_COUNT_MASK (0x3FFULL << PTE_COUNT_SHIFT)

#define PAGING_LEAF_ENTRIES PTE_ENTRIES

/** The entries on the way to an address: path[4] in the PML4, path[3] in the PDPT, path[2] in the page directory. */
typedef struct
{
    paging_entry_t* path[5];
} paging_walk_t;

/** The callback id stored in an entry. */
static inline uint8_t pte_callback(uint64_t entry)
{
    return (uint8_t)((entry & PTE_CALLBACK_MASK) >> PTE_CALLBACK_SHIFT);
}

/** The entry count kept in a table-pointing entry. */
static inline uint64_t pte_count(uint64_t entry)
{
    return (entry & PTE_COUNT_MASK) >> PTE_COUNT_SHIFT;
}

/** Add @p delta to the entry count kept in a table-pointing entry. */
static inline void pte_count_add(uint64_t* entry, int delta)
{
    uint64_t count = pte_count(*entry) + (uint64_t)(int64_t)delta;
    *entry = (*entry & ~PTE_COUNT_MASK) | (count << PTE_COUNT_SHIFT);
}

/** Index of @p virt in the table at @p level (4 = PML4 ... 1 = page table). */
static inline unsigned pte_index(uint64_t virt, int level)
{
    return (unsigned)((virt >> (12 + 9 * (level - 1))) & 0x1FF);
}

static inline unsigned paging_leaf_index(uint64_t virt)
{
    return pte_index(virt, 1);
}

/** The hardware and software bits for PAGING_* @p flags, present. */
static inline paging_entry_t paging_entry_bits(uint32_t flags)
{
    uint64_t entry = PTE_PRESENT;
    entry |= (flags & PAGING_WRITE) ? PTE_WRITE : 0;
    entry |= (flags & PAGING_USER) ? PTE_USER : 0;
    entry |= (flags & PAGING_EXEC) ? 0 : PTE_NO_EXECUTE;
    entry |= (flags & PAGING_OWNED) ? PTE_OWNED : 0;
    entry |= (flags & PAGING_UNCACHED) ? (PTE_CACHE_DISABLE | PTE_WRITE_THROUGH) : 0;
    return entry;
}

/** The PAGING_* flags of an entry. */
static inline uint32_t paging_entry_flags(paging_entry_t entry)
{
    uint32_t flags = 0;
    flags |= (entry & PTE_WRITE) ? PAGING_WRITE : 0;
    flags |= (entry & PTE_USER) ? PAGING_USER : 0;
    flags |= (entry & PTE_NO_EXECUTE) ? 0 : PAGING_EXEC;
    flags |= (entry & PTE_OWNED) ? PAGING_OWNED : 0;
    flags |= (entry & PTE_CACHE_DISABLE) ? PAGING_UNCACHED : 0;
    return flags;
}

static inline paging_entry_t paging_entry_make(uint64_t phys, uint32_t flags, uint8_t callback)
{
    return phys | paging_entry_bits(flags) | ((uint64_t)callback << PTE_CALLBACK_SHIFT);
}

static inline paging_entry_t paging_entry_make_lazy(uint32_t flags)
{
    return (paging_entry_bits(flags | PAGING_OWNED) & ~PTE_PRESENT) | PTE_LAZY;
}

static inline paging_entry_t paging_entry_with_phys(paging_entry_t entry, uint64_t phys)
{
    return entry | phys;
}

static inline paging_entry_t paging_entry_fill(paging_entry_t entry, uint64_t phys)
{
    return (entry & ~PTE_LAZY) | phys | PTE_PRESENT;
}

static inline paging_entry_t paging_entry_protect(paging_entry_t entry, uint32_t flags)
{
    uint64_t keep = PTE_ADDRESS | PTE_OWNED | PTE_CALLBACK_MASK | PTE_LAZY;
    uint64_t protection = paging_entry_bits(flags & (PAGING_WRITE | PAGING_EXEC | PAGING_USER | PAGING_UNCACHED));
    // A lazy page keeps its new flags for when it is faulted in.
    return (entry & keep) | (entry & PTE_LAZY ? protection & ~PTE_PRESENT : protection);
}

static inline bool paging_entry_present(paging_entry_t entry)
{
    return (entry & PTE_PRESENT) != 0;
}

static inline bool paging_entry_lazy(paging_entry_t entry)
{
    return (entry & PTE_LAZY) != 0;
}

static inline bool paging_entry_owned(paging_entry_t entry)
{
    return (entry & PTE_OWNED) != 0;
}

static inline uint64_t paging_entry_phys(paging_entry_t entry)
{
    return entry & PTE_ADDRESS;
}

static inline uint8_t paging_entry_callback(paging_entry_t entry)
{
    return pte_callback(entry);
}

static inline bool paging_entry_allows(paging_entry_t entry, bool write, bool exec)
{
    return (!write || (entry & PTE_WRITE)) && (!exec || !(entry & PTE_NO_EXECUTE));
}

static inline void paging_walk_count(paging_walk_t* walk, int delta)
{
    pte_count_add(walk->path[2], delta); // the page directory entry above the leaf table
}

/** Invalidate this CPU's TLB entry for one page. */
static inline void paging_flush_page(uint64_t virt)
{
    __asm__ volatile("invlpg (%0)" : : "r"(virt) : "memory");
}

/** Invalidate this CPU's whole TLB (but global pages). */
static inline void paging_flush_all(void)
{
    __asm__ volatile("mov %%cr3, %%rax; mov %%rax, %%cr3" ::: "rax", "memory");
}

static inline void paging_load(uint64_t root_phys)
{
    __asm__ volatile("mov %0, %%cr3" : : "r"(root_phys) : "memory");
}

#endif

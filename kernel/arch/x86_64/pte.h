// x86-64 page-table entries, and the software bits PatchworkOS keeps in them.
//
// Bits 9 and 52-59 are ignored by the CPU (52-59 only while protection keys
// are off, which the kernel never turns on), so the virtual memory manager
// stores its per-page metadata there: whether the kernel owns the physical
// page (and frees it on unmap), and the page's callback id (0 for none).
// Entries that point to tables carry a count of their table's entries.
// Keeping it in the entry itself is what makes map, unmap and lookup
// constant time per page: there is no other structure to search.
#ifndef KERNEL_ARCH_PTE_H
#define KERNEL_ARCH_PTE_H 1

#include <boot/paging_bits.h> // the hardware's bits, shared with the bootloader
#include <stdint.h>

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

/** Invalidate this CPU's TLB entry for one page. */
static inline void pte_flush(uint64_t virt)
{
    __asm__ volatile("invlpg (%0)" : : "r"(virt) : "memory");
}

#endif

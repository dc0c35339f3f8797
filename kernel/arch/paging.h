// Page tables, as the virtual memory manager (mem/vmm.c) and address
// spaces (mem/space.c) use them: every operation the VMM makes on a page
// is a walk to the page's leaf entry plus a read or write of that entry,
// constant time per page. The layout of the tables and of their entries
// is the architecture's; this header is what the portable code sees.
//
// A leaf entry maps one page (or promises one: "lazy", filled in on the
// first touch). Bits the MMU ignores hold the VMM's metadata for the
// page: whether the space owns the physical page (and frees it on unmap)
// and the page's callback id (0 for none; see mem/space.h). The entries
// that lead to a leaf table count how many of its entries are in use, so
// an emptied table is freed without scanning it. None of this needs any
// structure besides the tables themselves.
//
// The architecture's half, <kernel/arch/current/paging.h>, defines
// inline:
//
//   paging_entry_t          a table entry; 0 is an unused one
//   PAGE_SIZE, KERNEL_HALF  the page size, and where the kernel's half of
//                           every address space begins (the tables of the
//                           upper half are shared by all spaces)
//   PAGING_LEAF_ENTRIES     entries per leaf table
//   paging_leaf_index(virt) the index of virt's entry in its leaf table
//                           (consecutive pages share a table until the
//                           index wraps to 0)
//   paging_entry_make(phys, flags, callback)
//                           a present entry for the page at phys, with
//                           PAGING_* flags and a callback id
//   paging_entry_make_lazy(flags)
//                           an entry promising a page, to be owned and
//                           mapped with flags once touched
//   paging_entry_with_phys(entry, phys)
//                           @p entry (made for physical address 0)
//                           pointing at phys
//   paging_entry_fill(entry, phys)
//                           a lazy entry made present, with its page
//   paging_entry_protect(entry, flags)
//                           new protection (PAGING_WRITE, _EXEC, _USER,
//                           _UNCACHED), keeping the page, its ownership,
//                           its callback and its laziness
//   paging_entry_present(entry), paging_entry_lazy(entry),
//   paging_entry_owned(entry), paging_entry_phys(entry),
//   paging_entry_callback(entry)
//   paging_entry_allows(entry, write, exec)
//                           may such an access go through the entry?
//   paging_walk_t           the entries a walk went through, for
//                           paging_walk_count and paging_prune
//   paging_walk_count(walk, delta)
//                           the leaf table of a walk gained (or lost)
//                           entries in use
//   paging_flush_page(virt), paging_flush_all()
//                           forget this CPU's cached translations
//   paging_load(root_phys)  switch this CPU to the tables whose root is
//                           at physical root_phys
#ifndef KERNEL_ARCH_PAGING_H
#define KERNEL_ARCH_PAGING_H 1

#include <stdbool.h>
#include <stdint.h>

/** Mapping flags (a mapping is always readable); mem/vmm.h names them VMM_*. */
#define PAGING_WRITE (1u << 0)
#define PAGING_EXEC (1u << 1)
#define PAGING_USER (1u << 2)
#define PAGING_OWNED (1u << 3)    /**< the space owns the physical page: unmap frees it */
#define PAGING_UNCACHED (1u << 4) /**< device memory */

#include <kernel/arch/current/paging.h>

/**
 * Walk @p root's tables to the leaf table covering @p virt, creating the
 * missing tables when @p create is set, and record the way in @p walk.
 * Returns the leaf table (index it with paging_leaf_index), or NULL if a
 * table is missing (or cannot be allocated), or a large page covers the
 * address. When a table is missing and @p skip is given, *skip receives
 * how many pages from @p virt on are certainly unmapped. A failed creation
 * leaves no empty table behind.
 */
paging_entry_t* paging_walk(paging_entry_t* root, uint64_t virt, bool create, paging_walk_t* walk, uint64_t* skip);

/**
 * After entries of the leaf table of @p walk (for @p virt) were cleared:
 * free every table on the walk that is now empty. The tables of the
 * kernel's half stay: every space shares them.
 */
void paging_prune(uint64_t virt, paging_walk_t* walk);

/**
 * The physical address and PAGING_* flags of the page mapped at @p virt
 * (large pages too); false if nothing is mapped there (a lazy page is
 * not mapped yet).
 */
bool paging_lookup(const paging_entry_t* root, uint64_t virt, uint64_t* phys, uint32_t* flags);

/**
 * Build the kernel's root table: the kernel half's tables, all made now so
 * that every space can share them, and the direct map of physical memory
 * below @p phys_end (mem/pmm.h's PHYS_TO_VIRT). Panics when out of
 * memory: nothing works without it.
 */
paging_entry_t* paging_kernel_init(uint64_t phys_end);

/**
 * Make the protection bits bind (x86-64: no-execute, and read-only pages
 * for the kernel too). Once, before the kernel's tables are loaded.
 */
void paging_kernel_protect(void);

/** A new space's root table at @p root: an empty user half, the kernel's half shared. */
void paging_root_init(paging_entry_t* root, const paging_entry_t* kernel_root);

/**
 * Free the tables of @p root's user half, calling @p leaf with each leaf
 * entry in use (present or lazy) first. The root table itself stays.
 */
void paging_free_user(paging_entry_t* root, void (*leaf)(void* context, paging_entry_t entry), void* context);

#endif

// The virtual memory manager: mapping pages into address spaces.
//
// Every operation is constant time per page: it walks the page tables to
// the page's entry and reads or writes it, and the entry itself carries
// the page's metadata (see kernel/arch/paging.h), so nothing else is
// searched. Tables are created on demand and freed with their address
// space.
//
// Kernel virtual memory layout (the upper half, shared by every space):
//   0xFFFF800000000000  direct map of physical memory (HHDM, 2 MiB pages)
//   0xFFFFA00000000000  kernel heap: large allocations, mapped page by page
//   0xFFFFFFFF80000000  the kernel image (text RX, rodata R, data RW)
// User space is the lower half.
#ifndef KERNEL_MEM_VMM_H
#define KERNEL_MEM_VMM_H 1

#include <boot/boot_info.h>
#include <kernel/arch/paging.h>
#include <stdbool.h>
#include <stdint.h>

/** Mapping flags. A mapping is always readable. */
#define VMM_WRITE PAGING_WRITE
#define VMM_EXEC PAGING_EXEC
#define VMM_USER PAGING_USER
#define VMM_OWNED PAGING_OWNED       /**< the space owns the physical page: unmap frees it */
#define VMM_UNCACHED PAGING_UNCACHED /**< device memory */
/**
 * vmm_alloc in a user space: only promise the pages (pmm_commit); each is
 * allocated and zeroed when first touched (vmm_fault_lazy). Until then it
 * counts as mapped for placement, unmapping and protection, but
 * vmm_lookup does not see it.
 */
#define VMM_LAZY (1u << 5)

#define VMM_HEAP_START 0xFFFFA00000000000ULL
#define VMM_HEAP_END 0xFFFFA08000000000ULL
#define VMM_USER_ALLOC_START 0x0000100000000000ULL /**< where next-fit placement begins in user spaces */
#define VMM_USER_END 0x00007FFFFFFFF000ULL
/**
 * The clock page (kernel/time/clock_page.h): the one page past
 * VMM_USER_END, so every check of a user range (munmap, mprotect, mmap
 * hints, system-call buffers) already refuses it; only the kernel maps it.
 */
#define VMM_CLOCK_PAGE VMM_USER_END

typedef struct space space_t;

/**
 * Build the kernel's own page tables (direct map, kernel image with
 * per-section permissions, the heap region) and switch to them. After this
 * the bootloader's page tables are no longer used.
 */
void vmm_init(const boot_info_t* info);

/** The kernel's address space: the upper half, as every space sees it. */
space_t* vmm_kernel_space(void);

/**
 * Map @p pages pages at @p virt to the physical pages from @p phys. With a
 * @p callback id (from space_callback_new, 0 for none) each page counts
 * towards it. Fails with -EINVAL for unaligned or out-of-range addresses,
 * -EEXIST if a page is already mapped, -ENOMEM if a table cannot be
 * allocated; on failure nothing stays mapped.
 */
int vmm_map(space_t* space, uint64_t virt, uint64_t phys, uint64_t pages, uint32_t flags, uint8_t callback);

/**
 * Unmap @p pages pages from @p virt; pages that are not mapped are skipped.
 * Owned pages are freed, callback counts drop, and a callback whose count
 * reaches zero is called before this returns. -EINVAL for a bad range.
 */
int vmm_unmap(space_t* space, uint64_t virt, uint64_t pages);

/**
 * Change the protection of mapped pages (VMM_WRITE, VMM_EXEC, VMM_USER,
 * VMM_UNCACHED; ownership and callbacks stay). -ENOENT if any page in the
 * range is not mapped, in which case nothing changes.
 */
int vmm_protect(space_t* space, uint64_t virt, uint64_t pages, uint32_t flags);

/** The physical address and flags of the page at @p virt; false if unmapped. */
bool vmm_lookup(space_t* space, uint64_t virt, uint64_t* phys, uint32_t* flags);

/**
 * A free range of @p pages pages, by next fit: the search starts where the
 * previous one ended and wraps around once. 0 if there is none.
 */
uint64_t vmm_find_free(space_t* space, uint64_t pages);

/**
 * Allocate @p pages zeroed, owned pages and map them at @p virt, or
 * anywhere (next fit) if @p virt is 0. Returns the address, or 0 when out
 * of memory or address space (nothing is left allocated then). In a user
 * space the pages are committed first (pmm_commit), so user memory never
 * eats the kernel's reserve; with VMM_LAZY they are only committed.
 */
uint64_t vmm_alloc(space_t* space, uint64_t virt, uint64_t pages, uint32_t flags);

/** True if every page of the range is mapped or lazy (see VMM_LAZY). */
bool vmm_range_in_use(space_t* space, uint64_t virt, uint64_t pages);

/**
 * Reserve @p pages pages from @p virt in a user space for something that
 * grows into them (a main thread's stack): nothing is mapped or promised
 * now; a page there is committed, allocated, zeroed and mapped with
 * @p flags when first touched (vmm_fault_lazy), so only the pages used
 * cost memory. Unlike VMM_LAZY the pages are not promised up front (8 MiB
 * per process would use up the commitments after a few dozen processes):
 * a touch that finds no memory is a fault. Placement (next fit) stays
 * below the range and the page under it, which is left unmapped as a
 * guard. One reserve per space; -EINVAL for a bad range or a second one.
 */
int vmm_reserve(space_t* space, uint64_t virt, uint64_t pages, uint32_t flags);

/**
 * A page fault at @p address in @p space's user half: if the page is lazy
 * (or unmapped in the space's reserve, see vmm_reserve) and the access
 * (@p write, @p exec) is one its flags allow, give it a zeroed page and
 * return true (the access can be retried). False for anything else,
 * including no memory being left for it: a real fault.
 */
bool vmm_fault_lazy(space_t* space, uint64_t address, bool write, bool exec);

/**
 * Map @p size bytes of device registers at physical @p phys into the
 * kernel's heap region, uncached. Returns the address of @p phys, or 0.
 */
void* vmm_map_device(uint64_t phys, uint64_t size);

/**
 * Like vmm_alloc with placement, but with one page left unmapped just
 * below the block, so running off its bottom faults (kernel stacks).
 */
uint64_t vmm_alloc_guarded(space_t* space, uint64_t pages, uint32_t flags);

/** Install the handler for page faults in kernel mode (see fault.c). */
void vmm_page_fault_init(void);

#endif

// x86-64 paging as the hardware defines it: the page size and the bits of a
// page-table entry that the CPU reads. Shared by the bootloader, which
// builds the kernel's first page tables, and the kernel, whose
// kernel/arch/x86_64/paging.h adds the software bits it keeps in entries.
#ifndef BOOT_PAGING_BITS_H
#define BOOT_PAGING_BITS_H 1

#include <bits/page_size.h> // PAGE_SIZE, shared with user space

#define PTE_PRESENT (1ULL << 0)
#define PTE_WRITE (1ULL << 1)
#define PTE_USER (1ULL << 2)
#define PTE_WRITE_THROUGH (1ULL << 3)
#define PTE_CACHE_DISABLE (1ULL << 4)
#define PTE_HUGE (1ULL << 7) // in a PDPT or PD entry: a 1 GiB or 2 MiB page
#define PTE_GLOBAL (1ULL << 8)
#define PTE_NO_EXECUTE (1ULL << 63)
#define PTE_ADDRESS 0x000FFFFFFFFFF000ULL

#define PTE_ENTRIES 512

// The start of the upper (kernel) half of every address space; the direct
// map of physical memory begins there.
#define KERNEL_HALF 0xFFFF800000000000ULL

#endif

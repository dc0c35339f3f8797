#include "paging.h"

#include "efi.h"

#include <boot/paging_bits.h>

#define GIB (1ULL << 30)
#define MIB2 (1ULL << 21)
#define KIB4 (1ULL << 12)

static uint64_t* paging_new_table(void)
{
    return (uint64_t*)efi_alloc_pages(1, (EFI_MEMORY_TYPE)BOOT_MEMORY_PAGE_TABLES);
}

// The table an entry points to, created if the entry is empty.
static uint64_t* paging_next(uint64_t* table, unsigned index)
{
    if (!(table[index] & PTE_PRESENT))
    {
        uint64_t* next = paging_new_table();
        if (next == NULL)
        {
            return NULL;
        }
        table[index] = (uint64_t)next | PTE_PRESENT | PTE_WRITE;
    }
    return (uint64_t*)(table[index] & PTE_ADDRESS);
}

static int paging_map_4k(uint64_t* pml4, uint64_t virt, uint64_t phys)
{
    uint64_t* pdpt = paging_next(pml4, (virt >> 39) & 0x1FF);
    uint64_t* pd = pdpt ? paging_next(pdpt, (virt >> 30) & 0x1FF) : NULL;
    uint64_t* pt = pd ? paging_next(pd, (virt >> 21) & 0x1FF) : NULL;
    if (pt == NULL)
    {
        return 0;
    }
    pt[(virt >> 12) & 0x1FF] = phys | PTE_PRESENT | PTE_WRITE;
    return 1;
}

uint64_t paging_build(uint64_t phys_end, const kernel_image_t* image)
{
    uint64_t* pml4 = paging_new_table();
    if (pml4 == NULL)
    {
        return 0;
    }

    // Both maps cover the same physical range the same way, so the lower
    // half (identity) and the higher half (HHDM) share their PDPTs.
    uint64_t gibs = (phys_end + GIB - 1) / GIB;
    for (uint64_t gib = 0; gib < gibs; gib++)
    {
        unsigned pml4_index = (unsigned)(gib / 512);
        uint64_t* pdpt = paging_next(pml4, pml4_index);
        uint64_t* pd = pdpt ? paging_next(pdpt, gib % 512) : NULL;
        if (pd == NULL)
        {
            return 0;
        }
        for (unsigned i = 0; i < 512; i++)
        {
            pd[i] = (gib * GIB + i * MIB2) | PTE_PRESENT | PTE_WRITE | PTE_HUGE;
        }
        pml4[256 + pml4_index] = pml4[pml4_index];
    }

    for (uint64_t offset = 0; offset < image->kernel.size; offset += KIB4)
    {
        if (!paging_map_4k(pml4, image->kernel.virt_base + offset, image->kernel.phys_base + offset))
        {
            return 0;
        }
    }
    return (uint64_t)pml4;
}

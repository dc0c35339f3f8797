// Walking the x86-64 page tables (kernel/arch/paging.h): creating and
// pruning tables on the way to a page, looking pages up, the kernel's
// own tables with the direct map, and freeing a space's user half.
#include "cpu.h"

#include <boot/boot_info.h>
#include <kernel/arch/paging.h>
#include <kernel/mem/pmm.h>
#include <kernel/panic/panic.h>

#include <stddef.h>
#include <string.h>

#define HUGE_2M (2ULL << 20)


static paging_entry_t* paging_new_table(void)
{
    uint64_t page = pmm_alloc();
    if (page == 0)
    {
        return NULL;
    }
    memset(PHYS_TO_VIRT(page), 0, PAGE_SIZE);
    return PHYS_TO_VIRT(page);
}

paging_entry_t* paging_walk(paging_entry_t* root, uint64_t virt, bool create, paging_walk_t* walk, uint64_t* skip)
{
    paging_entry_t** path = walk->path;
    paging_entry_t* table = root;
    // Intermediate entries are always writable; in the lower half they are
    // also user-accessible. The leaf entry alone decides the protection.
    uint64_t intermediate = PTE_PRESENT | PTE_WRITE | (virt < KERNEL_HALF ? PTE_USER : 0);
    int created_above = 0; // the highest level whose table this walk created (0: none)
    for (int level = 4; level > 1; level--)
    {
        paging_entry_t* entry = &table[pte_index(virt, level)];
        path[level] = entry;
        if (*entry & PTE_HUGE)
        {
            return NULL;
        }
        if (!(*entry & PTE_PRESENT))
        {
            if (!create)
            {
                if (skip != NULL)
                {
                    uint64_t span = 1ULL << (12 + 9 * (level - 1)); // bytes the missing table covers
                    *skip = ((virt & ~(span - 1)) + span - virt) / PAGE_SIZE;
                }
                return NULL;
            }
            paging_entry_t* next = paging_new_table();
            if (next == NULL)
            {
                // Out of memory: the tables made above on this walk are
                // empty; take them away again.
                for (int made = level + 1; made <= 4 && made <= created_above; made++)
                {
                    pmm_free(*path[made] & PTE_ADDRESS);
                    *path[made] = 0;
                    if (made < 4)
                    {
                        pte_count_add(path[made + 1], -1);
                    }
                }
                return NULL;
            }
            *entry = VIRT_TO_PHYS(next) | intermediate;
            if (level < 4)
            {
                pte_count_add(path[level + 1], 1); // the table holding this entry gained one
            }
            if (created_above == 0)
            {
                created_above = level;
            }
        }
        table = PHYS_TO_VIRT(*entry & PTE_ADDRESS);
    }
    return table;
}

void paging_prune(uint64_t virt, paging_walk_t* walk)
{
    paging_entry_t** path = walk->path;
    for (int level = 2; level <= 4; level++)
    {
        if (pte_count(*path[level]) != 0 || (level == 4 && virt >= KERNEL_HALF))
        {
            return;
        }
        pmm_free(*path[level] & PTE_ADDRESS);
        *path[level] = 0;
        if (level < 4)
        {
            pte_count_add(path[level + 1], -1);
        }
    }
}

bool paging_lookup(const paging_entry_t* root, uint64_t virt, uint64_t* phys, uint32_t* flags)
{
    const paging_entry_t* table = root;
    for (int level = 4; level >= 1; level--)
    {
        paging_entry_t entry = table[pte_index(virt, level)];
        if (!(entry & PTE_PRESENT))
        {
            return false;
        }
        if (level == 1 || (entry & PTE_HUGE))
        {
            uint64_t span = 1ULL << (12 + 9 * (level - 1));
            if (phys != NULL)
            {
                *phys = (entry & PTE_ADDRESS & ~(span - 1)) + (virt & (span - 1) & ~(PAGE_SIZE - 1));
            }
            if (flags != NULL)
            {
                *flags = paging_entry_flags(entry);
            }
            return true;
        }
        table = PHYS_TO_VIRT(entry & PTE_ADDRESS);
    }
    return false;
}

// The direct map: every physical address below @p phys_end, 2 MiB pages.
static void paging_map_hhdm(paging_entry_t* root, uint64_t phys_end)
{
    for (uint64_t phys = 0; phys < phys_end; phys += HUGE_2M)
    {
        uint64_t virt = BOOT_HHDM_BASE + phys;
        paging_entry_t* pdpt = PHYS_TO_VIRT(root[pte_index(virt, 4)] & PTE_ADDRESS);
        paging_entry_t* pdpt_entry = &pdpt[pte_index(virt, 3)];
        if (!(*pdpt_entry & PTE_PRESENT))
        {
            paging_entry_t* pd = paging_new_table();
            if (pd == NULL)
            {
                panic("vmm: out of memory building the direct map");
            }
            *pdpt_entry = VIRT_TO_PHYS(pd) | PTE_PRESENT | PTE_WRITE;
        }
        paging_entry_t* pd = PHYS_TO_VIRT(*pdpt_entry & PTE_ADDRESS);
        pd[pte_index(virt, 2)] = phys | PTE_PRESENT | PTE_WRITE | PTE_HUGE | PTE_NO_EXECUTE;
    }
}

paging_entry_t* paging_kernel_init(uint64_t phys_end)
{
    paging_entry_t* root = paging_new_table();
    if (root == NULL)
    {
        panic("vmm: out of memory");
    }
    // Every upper-half PML4 entry gets its table now and never changes, so
    // new spaces can copy them once and still see all later kernel mappings.
    for (unsigned i = PTE_ENTRIES / 2; i < PTE_ENTRIES; i++)
    {
        paging_entry_t* pdpt = paging_new_table();
        if (pdpt == NULL)
        {
            panic("vmm: out of memory");
        }
        root[i] = VIRT_TO_PHYS(pdpt) | PTE_PRESENT | PTE_WRITE;
    }
    paging_map_hhdm(root, phys_end);
    return root;
}

void paging_kernel_protect(void)
{
    // No-execute bits mean something only with EFER.NXE, and read-only
    // pages bind the kernel too only with CR0.WP.
    cpu_write_msr(MSR_EFER, cpu_read_msr(MSR_EFER) | EFER_NXE);
    cpu_write_cr0(cpu_read_cr0() | CR0_WP);
}

void paging_root_init(paging_entry_t* root, const paging_entry_t* kernel_root)
{
    // The upper half's tables are shared; paging_kernel_init made them all up front.
    memset(root, 0, PAGE_SIZE / 2);
    memcpy(root + PTE_ENTRIES / 2, kernel_root + PTE_ENTRIES / 2, PAGE_SIZE / 2);
}

// Free a table and every table below it, showing each leaf entry in use
// to @p leaf first.
static void paging_free_table(paging_entry_t* table, int level, void (*leaf)(void*, paging_entry_t), void* context)
{
    for (unsigned i = 0; i < PTE_ENTRIES; i++)
    {
        paging_entry_t entry = table[i];
        if (level == 1 && (entry & (PTE_PRESENT | PTE_LAZY)))
        {
            leaf(context, entry);
        }
        else if (level > 1 && (entry & PTE_PRESENT))
        {
            paging_free_table(PHYS_TO_VIRT(entry & PTE_ADDRESS), level - 1, leaf, context);
        }
    }
    pmm_free(VIRT_TO_PHYS(table));
}

void paging_free_user(paging_entry_t* root, void (*leaf)(void* context, paging_entry_t entry), void* context)
{
    for (unsigned i = 0; i < PTE_ENTRIES / 2; i++)
    {
        if (root[i] & PTE_PRESENT)
        {
            paging_free_table(PHYS_TO_VIRT(root[i] & PTE_ADDRESS), 3, leaf, context);
        }
    }
}

// The ELF harness's checks and shims, built with the kernel's and the
// bootloader's headers. The same file goes to the kernel's program loader
// (kernel/proc/load.c) and to the bootloader's kernel checks and loader
// (boot/src/kernel_load.c). What either accepts must have its program
// headers and segments inside the file, the kernel's programs in the user
// half below VMM_USER_ALLOC_START and the bootloader's kernel in the top
// 2 GiB; and what they load must be the file's bytes.
#include "boot/src/kernel_load.h"
#include "kernel/mem/heap.h"
#include "kernel/mem/pmm.h"
#include "kernel/mem/vmm.h"
#include "kernel/proc/load.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/elf.h>
#include <sys/syscall.h>

void fuzz_elf(const void* file, size_t size);
_Noreturn void fuzz_fail(const char* why);

#define CHECK(condition, why) ((condition) ? (void)0 : fuzz_fail(why))

// ---- the kernel's page tables, for load.c: a few pages of this program ----

#define SHIM_PAGES 64

static struct
{
    uint64_t virt;
    uint32_t flags;
    _Alignas(4096) uint8_t memory[4096];
} shim_pages[SHIM_PAGES];
static size_t shim_count;

static int shim_find(uint64_t virt)
{
    for (size_t i = 0; i < shim_count; i++)
    {
        if (shim_pages[i].virt == (virt & ~(PAGE_SIZE - 1)))
        {
            return (int)i;
        }
    }
    return -1;
}

bool vmm_lookup(space_t* space, uint64_t virt, uint64_t* phys, uint32_t* flags)
{
    (void)space;
    int i = shim_find(virt);
    if (i < 0)
    {
        return false;
    }
    if (phys != NULL)
    {
        // load_write reaches the page through PHYS_TO_VIRT.
        *phys = (uint64_t)(uintptr_t)shim_pages[i].memory - BOOT_HHDM_BASE;
    }
    if (flags != NULL)
    {
        *flags = shim_pages[i].flags;
    }
    return true;
}

uint64_t vmm_alloc(space_t* space, uint64_t virt, uint64_t pages, uint32_t flags)
{
    (void)space;
    CHECK((virt & (PAGE_SIZE - 1)) == 0, "vmm_alloc of an unaligned address");
    CHECK(virt < VMM_USER_ALLOC_START && virt + pages * PAGE_SIZE <= VMM_USER_ALLOC_START,
        "a program segment mapped outside the program's part of user space");
    for (uint64_t p = 0; p < pages; p++)
    {
        CHECK(shim_find(virt + p * PAGE_SIZE) < 0, "vmm_alloc over a mapped page");
        if (shim_count == SHIM_PAGES)
        {
            return 0; // out of memory, as far as the loader knows
        }
        shim_pages[shim_count].virt = virt + p * PAGE_SIZE;
        shim_pages[shim_count].flags = flags;
        memset(shim_pages[shim_count].memory, 0, PAGE_SIZE);
        shim_count++;
    }
    return virt;
}

// load_stack's, never called here (only load_elf is fuzzed): linked only.
int vmm_reserve(space_t* space, uint64_t virt, uint64_t pages, uint32_t flags)
{
    (void)space, (void)virt, (void)pages, (void)flags;
    return -EINVAL;
}

void* kmalloc(size_t size)
{
    return malloc(size);
}

void kfree(void* pointer)
{
    free(pointer);
}

int vmm_protect(space_t* space, uint64_t virt, uint64_t pages, uint32_t flags)
{
    (void)space;
    for (uint64_t p = 0; p < pages; p++)
    {
        int i = shim_find(virt + p * PAGE_SIZE);
        CHECK(i >= 0, "vmm_protect of an unmapped page");
        shim_pages[i].flags = flags;
    }
    return 0;
}

// ---- the firmware, for kernel_load.c ----

static void* efi_block;

// boot/src/efi.h's efi_alloc_pages in plain types (UINTN and
// EFI_PHYSICAL_ADDRESS are 64 bits, EFI_MEMORY_TYPE an enum), as gnu-efi's
// headers do not mix with the kernel's.
uint64_t efi_alloc_pages(uint64_t pages, int type);

uint64_t efi_alloc_pages(uint64_t pages, int type)
{
    (void)type;
    if (pages == 0 || pages > 256)
    {
        return 0;
    }
    efi_block = calloc(pages, PAGE_SIZE);
    return (uint64_t)(uintptr_t)efi_block;
}

// ---- the checks ----

static const Elf64_Phdr* segment_at(const void* file, size_t i)
{
    const Elf64_Ehdr* header = file;
    return (const Elf64_Phdr*)((const uint8_t*)file + header->e_phoff) + i;
}

// What both loaders must have made sure of before using the table.
static void check_table(const void* file, size_t size)
{
    const Elf64_Ehdr* header = file;
    CHECK(size >= sizeof(Elf64_Ehdr) && header->e_phentsize == sizeof(Elf64_Phdr), "an odd ELF header accepted");
    CHECK(header->e_phoff <= size && header->e_phnum <= (size - header->e_phoff) / sizeof(Elf64_Phdr),
        "a program header table outside the file accepted");
    CHECK(header->e_phoff % _Alignof(Elf64_Phdr) == 0, "a misaligned program header table accepted");
}

static void check_kernel_loader(const void* file, size_t size)
{
    shim_count = 0;
    load_info_t info = {0};
    int result = load_elf(NULL, file, size, &info);
    uint64_t entry = info.entry;
    CHECK(result == 0 || result == -ENOEXEC || result == -ENOMEM, "load_elf: an unexpected error");
    if (result != 0)
    {
        return;
    }
    check_table(file, size);
    const Elf64_Ehdr* header = file;
    const Elf64_Phdr* last = NULL;
    for (size_t i = 0; i < header->e_phnum; i++)
    {
        const Elf64_Phdr* segment = segment_at(file, i);
        if (segment->p_type != PT_LOAD || segment->p_memsz == 0)
        {
            continue;
        }
        CHECK(segment->p_offset <= size && segment->p_filesz <= size - segment->p_offset,
            "load_elf accepted a segment outside the file");
        CHECK(segment->p_vaddr >= PATCHWORK_USER_BASE && segment->p_memsz <= VMM_USER_ALLOC_START &&
                  segment->p_vaddr <= VMM_USER_ALLOC_START - segment->p_memsz,
            "load_elf accepted a segment outside the program's part of user space");
        last = segment;
    }
    uint32_t flags = 0;
    CHECK(vmm_lookup(NULL, entry, NULL, &flags) && (flags & VMM_EXEC), "the entry point is not executable");
    // The stack is executable only if the first PT_GNU_STACK says PF_X.
    bool exec_stack = false;
    for (size_t i = 0; i < header->e_phnum; i++)
    {
        if (segment_at(file, i)->p_type == PT_GNU_STACK)
        {
            exec_stack = (segment_at(file, i)->p_flags & PF_X) != 0;
            break;
        }
    }
    CHECK(info.exec_stack == exec_stack, "load_elf misread PT_GNU_STACK");
    // Nothing is written after the last segment: it must be the file's.
    for (uint64_t at = 0; last != NULL && at < last->p_filesz; at++)
    {
        int page = shim_find(last->p_vaddr + at);
        CHECK(page >= 0, "a loaded byte is not mapped");
        CHECK(shim_pages[page].memory[(last->p_vaddr + at) & (PAGE_SIZE - 1)] ==
                  ((const uint8_t*)file)[last->p_offset + at],
            "a loaded byte is not the file's");
    }
}

static void check_boot_loader(const void* file, size_t size)
{
    char reason[160];
    memset(reason, 'x', sizeof(reason));
    if (!kernel_validate(file, size, reason, sizeof(reason)))
    {
        CHECK(memchr(reason, '\0', sizeof(reason)) != NULL && reason[0] != '\0', "a refusal without a reason");
        return;
    }
    check_table(file, size);
    const Elf64_Ehdr* header = file;
    uint64_t low = UINT64_MAX;
    const Elf64_Phdr* last = NULL;
    for (size_t i = 0; i < header->e_phnum; i++)
    {
        const Elf64_Phdr* segment = segment_at(file, i);
        if (segment->p_type != PT_LOAD)
        {
            continue;
        }
        CHECK(segment->p_offset <= size && segment->p_filesz <= size - segment->p_offset,
            "kernel_validate accepted a segment outside the file");
        CHECK(segment->p_filesz <= segment->p_memsz && segment->p_vaddr >= BOOT_KERNEL_MIN_ADDRESS &&
                  segment->p_vaddr + segment->p_memsz >= segment->p_vaddr,
            "kernel_validate accepted a segment outside the top 2 GiB");
        low = segment->p_vaddr < low ? segment->p_vaddr : low;
        last = segment;
    }
    kernel_image_t image;
    efi_block = NULL;
    if (!kernel_load(file, size, &image))
    {
        return;
    }
    CHECK(image.kernel.phys_base == (uint64_t)(uintptr_t)efi_block && image.kernel.virt_base == (low & ~0xFFFULL),
        "kernel_load describes another block");
    const uint8_t* loaded = (const uint8_t*)efi_block + (last->p_vaddr - image.kernel.virt_base);
    CHECK(last->p_vaddr - image.kernel.virt_base + last->p_memsz <= image.kernel.size,
        "a segment does not fit in the kernel's block");
    CHECK(memcmp(loaded, (const uint8_t*)file + last->p_offset, last->p_filesz) == 0,
        "the loaded kernel is not the file's bytes");
    free(efi_block);
}

void fuzz_elf(const void* file, size_t size)
{
    check_kernel_loader(file, size);
    check_boot_loader(file, size);
}

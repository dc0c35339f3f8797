#include "load.h"

#include <kernel/mem/pmm.h>
#include <kernel/mem/vmm.h>

#include <errno.h>
#include <string.h>
#include <sys/elf.h>
#include <sys/syscall.h>

#define PAGE_MASK (PAGE_SIZE - 1)

void load_write(space_t* space, uint64_t virt, const void* source, size_t length)
{
    const uint8_t* from = source;
    while (length > 0)
    {
        uint64_t phys = 0;
        vmm_lookup(space, virt & ~PAGE_MASK, &phys, NULL);
        size_t chunk = PAGE_SIZE - (virt & PAGE_MASK);
        chunk = chunk < length ? chunk : length;
        memcpy((uint8_t*)PHYS_TO_VIRT(phys) + (virt & PAGE_MASK), from, chunk);
        from += chunk;
        virt += chunk;
        length -= chunk;
    }
}

static bool load_header_ok(const Elf64_Ehdr* header, size_t size)
{
    if (size < sizeof(Elf64_Ehdr) || header->e_ident[EI_MAG0] != ELFMAG0 || header->e_ident[EI_MAG1] != ELFMAG1 ||
        header->e_ident[EI_MAG2] != ELFMAG2 || header->e_ident[EI_MAG3] != ELFMAG3 ||
        header->e_ident[EI_CLASS] != ELFCLASS64 || header->e_ident[EI_DATA] != ELFDATA2LSB ||
        header->e_type != ET_EXEC || header->e_machine != EM_X86_64 || header->e_phentsize != sizeof(Elf64_Phdr))
    {
        return false;
    }
    // The program headers lie inside the file (computed so nothing
    // overflows), aligned so they can be read in place.
    return header->e_phoff <= size && header->e_phnum <= (size - header->e_phoff) / sizeof(Elf64_Phdr) &&
           header->e_phoff % _Alignof(Elf64_Phdr) == 0;
}

static bool load_segment_ok(const Elf64_Phdr* segment, size_t size)
{
    return segment->p_filesz <= segment->p_memsz && segment->p_offset <= size &&
           segment->p_filesz <= size - segment->p_offset && segment->p_vaddr >= PATCHWORK_USER_BASE &&
           segment->p_vaddr < VMM_USER_ALLOC_START && segment->p_memsz <= VMM_USER_ALLOC_START - segment->p_vaddr;
}

// Map every page of the segment; a page shared with the previous segment
// gets the union of both protections.
static int load_map_segment(space_t* space, const Elf64_Phdr* segment)
{
    uint32_t flags = VMM_USER | (segment->p_flags & PF_W ? VMM_WRITE : 0) | (segment->p_flags & PF_X ? VMM_EXEC : 0);
    uint64_t start = segment->p_vaddr & ~PAGE_MASK;
    uint64_t end = (segment->p_vaddr + segment->p_memsz + PAGE_MASK) & ~PAGE_MASK;
    for (uint64_t page = start; page < end; page += PAGE_SIZE)
    {
        uint32_t old_flags = 0;
        if (vmm_lookup(space, page, NULL, &old_flags))
        {
            if (vmm_protect(space, page, 1, (old_flags | flags) & (VMM_USER | VMM_WRITE | VMM_EXEC)) != 0)
            {
                return -ENOMEM;
            }
        }
        else if (vmm_alloc(space, page, 1, flags) == 0)
        {
            return -ENOMEM;
        }
    }
    return 0;
}

int load_elf(space_t* space, const void* image, size_t size, uint64_t* entry)
{
    const Elf64_Ehdr* header = image;
    if (!load_header_ok(header, size))
    {
        return -ENOEXEC;
    }
    const Elf64_Phdr* segments = (const Elf64_Phdr*)((const uint8_t*)image + header->e_phoff);
    bool loaded = false;
    for (uint16_t i = 0; i < header->e_phnum; i++)
    {
        const Elf64_Phdr* segment = &segments[i];
        if (segment->p_type != PT_LOAD || segment->p_memsz == 0)
        {
            continue;
        }
        if (!load_segment_ok(segment, size))
        {
            return -ENOEXEC;
        }
        int result = load_map_segment(space, segment);
        if (result != 0)
        {
            return result;
        }
        load_write(space, segment->p_vaddr, (const uint8_t*)image + segment->p_offset, segment->p_filesz);
        loaded = true;
    }
    uint32_t entry_flags = 0;
    if (!loaded || !vmm_lookup(space, header->e_entry & ~PAGE_MASK, NULL, &entry_flags) || !(entry_flags & VMM_EXEC))
    {
        return -ENOEXEC;
    }
    *entry = header->e_entry;
    return 0;
}

int load_stack(space_t* space, char* const* argv, int argc, uint64_t* rsp, uint64_t* user_argv)
{
    uint64_t bottom = LOAD_STACK_TOP - LOAD_STACK_PAGES * PAGE_SIZE;
    if (vmm_alloc(space, bottom, LOAD_STACK_PAGES, VMM_USER | VMM_WRITE) == 0)
    {
        return -ENOMEM;
    }
    // From the top: the strings, then the argv array (16-byte aligned),
    // and the stack proper below it. A quarter of the stack at most.
    uint64_t limit = LOAD_STACK_TOP - LOAD_STACK_PAGES * PAGE_SIZE / 4;
    uint64_t top = LOAD_STACK_TOP;
    uint64_t pointers[argc + 1];
    for (int i = argc - 1; i >= 0; i--)
    {
        size_t length = strlen(argv[i]) + 1;
        if (top - limit < length)
        {
            return -E2BIG;
        }
        top -= length;
        load_write(space, top, argv[i], length);
        pointers[i] = top;
    }
    pointers[argc] = 0;
    top = (top - sizeof(uint64_t) * (argc + 1)) & ~0xFULL;
    if (top < limit)
    {
        return -E2BIG;
    }
    load_write(space, top, pointers, sizeof(uint64_t) * (argc + 1));
    *user_argv = top;
    *rsp = top;
    return 0;
}

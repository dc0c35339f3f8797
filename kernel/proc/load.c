#include "load.h"

#include <kernel/mem/heap.h>
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
    return elf_check_executable(header, size) == ELF_CHECK_OK;
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

// PT_GNU_STACK's PF_X: the program wants to run code on its stack (GCC's
// trampolines for nested functions). Without the header, it does not.
static bool load_wants_exec_stack(const Elf64_Phdr* segments, uint16_t count)
{
    for (uint16_t i = 0; i < count; i++)
    {
        if (segments[i].p_type == PT_GNU_STACK)
        {
            return (segments[i].p_flags & PF_X) != 0;
        }
    }
    return false;
}

int load_elf(space_t* space, const void* image, size_t size, load_info_t* info)
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
    info->entry = header->e_entry;
    info->exec_stack = load_wants_exec_stack(segments, header->e_phnum);
    return 0;
}

// Copy @p count strings downwards from *@p top, their addresses to @p pointers.
static void load_strings(space_t* space, char* const* strings, int count, uint64_t* top, uint64_t* pointers)
{
    for (int i = count - 1; i >= 0; i--)
    {
        size_t length = strlen(strings[i]) + 1;
        *top -= length;
        load_write(space, *top, strings[i], length);
        pointers[i] = *top;
    }
}

int load_stack(space_t* space, char* const* argv, int argc, char* const* envp, int envc, load_info_t* info)
{
    // Measured first, so nothing is mapped for arguments that cannot fit.
    uint64_t bytes = (uint64_t)(argc + 1 + envc + 1) * sizeof(uint64_t) + 16;
    for (int i = 0; i < argc; i++)
    {
        bytes += strlen(argv[i]) + 1;
    }
    for (int i = 0; i < envc; i++)
    {
        bytes += strlen(envp[i]) + 1;
    }
    if (bytes > LOAD_ARGS_MAX)
    {
        return -E2BIG;
    }
    // The pages the arguments take are mapped now (they are written
    // through the direct map); the rest of the stack is only reserved.
    uint32_t flags = VMM_USER | VMM_WRITE | (info->exec_stack ? VMM_EXEC : 0);
    uint64_t used_pages = (bytes + PAGE_MASK) / PAGE_SIZE;
    uint64_t bottom = LOAD_STACK_TOP - LOAD_STACK_SIZE;
    if (vmm_alloc(space, LOAD_STACK_TOP - used_pages * PAGE_SIZE, used_pages, flags) == 0)
    {
        return -ENOMEM;
    }
    int result = vmm_reserve(space, bottom, LOAD_STACK_SIZE / PAGE_SIZE - used_pages, flags);
    if (result != 0)
    {
        return result;
    }
    uint64_t* pointers = kmalloc((size_t)(argc + 1 + envc + 1) * sizeof(uint64_t));
    if (pointers == NULL)
    {
        return -ENOMEM;
    }
    // From the top: the environment's strings, the arguments' strings, then
    // argv's pointers and NULL followed by envp's (16-byte aligned).
    uint64_t top = LOAD_STACK_TOP;
    load_strings(space, envp, envc, &top, pointers + argc + 1);
    load_strings(space, argv, argc, &top, pointers);
    pointers[argc] = 0;
    pointers[argc + 1 + envc] = 0;
    size_t array_bytes = (size_t)(argc + 1 + envc + 1) * sizeof(uint64_t);
    top = (top - array_bytes) & ~0xFULL;
    load_write(space, top, pointers, array_bytes);
    kfree(pointers);
    info->rsp = top;
    info->argv = top;
    info->envp = top + (uint64_t)(argc + 1) * sizeof(uint64_t);
    return 0;
}

#include "kernel_load.h"

#include "efi.h"

#include <stdio.h>
#include <string.h>
#include <sys/elf.h>

#include <boot/paging_bits.h>

#define PAGE_DOWN(x) ((x) & ~(PAGE_SIZE - 1))
#define PAGE_UP(x) (((x) + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1))

static const Elf64_Phdr* kernel_phdr(const void* file, int index)
{
    const Elf64_Ehdr* header = file;
    return (const Elf64_Phdr*)((const uint8_t*)file + header->e_phoff + (uint64_t)index * header->e_phentsize);
}

int kernel_validate(const void* file, uint64_t size, char* reason, size_t reason_size)
{
    const Elf64_Ehdr* header = file;
    elf_check_t check = elf_check_executable(file, size);
    if (check == ELF_CHECK_OK && header->e_phnum == 0)
    {
        check = ELF_CHECK_PHDRS; // nothing to load
    }
    switch (check)
    {
    case ELF_CHECK_OK:
        break;
    case ELF_CHECK_TRUNCATED:
        snprintf(reason, reason_size, "the kernel file is truncated: %lu bytes, not even an ELF header",
            (unsigned long)size);
        return 0;
    case ELF_CHECK_MAGIC:
        snprintf(reason, reason_size, "the kernel file is not an ELF file (wrong magic number)");
        return 0;
    case ELF_CHECK_CLASS:
        snprintf(reason, reason_size, "the kernel is not a 64-bit little-endian ELF file");
        return 0;
    case ELF_CHECK_MACHINE:
        snprintf(reason, reason_size, "the kernel is built for machine %u, not x86-64 (%u)", header->e_machine,
            EM_X86_64);
        return 0;
    case ELF_CHECK_TYPE:
        snprintf(reason, reason_size, "the kernel is not an executable (ELF type %u)", header->e_type);
        return 0;
    case ELF_CHECK_PHDRS:
        snprintf(reason, reason_size, "the kernel file is truncated or damaged: bad program header table");
        return 0;
    }
    int loadable = 0;
    int entry_found = 0;
    for (int i = 0; i < header->e_phnum; i++)
    {
        const Elf64_Phdr* phdr = kernel_phdr(file, i);
        if (phdr->p_type != PT_LOAD)
        {
            continue;
        }
        loadable++;
        if (phdr->p_offset > size || phdr->p_filesz > size - phdr->p_offset)
        {
            snprintf(reason, reason_size,
                "the kernel file is truncated: segment %d needs bytes up to %lu, the file has %lu", i,
                (unsigned long)(phdr->p_offset + phdr->p_filesz), (unsigned long)size);
            return 0;
        }
        if (phdr->p_filesz > phdr->p_memsz || phdr->p_vaddr < BOOT_KERNEL_MIN_ADDRESS ||
            phdr->p_vaddr + phdr->p_memsz < phdr->p_vaddr)
        {
            snprintf(reason, reason_size, "kernel segment %d is not in the top 2 GiB or has bad sizes", i);
            return 0;
        }
        if (header->e_entry >= phdr->p_vaddr && header->e_entry < phdr->p_vaddr + phdr->p_memsz &&
            (phdr->p_flags & PF_X))
        {
            entry_found = 1;
        }
    }
    if (loadable == 0)
    {
        snprintf(reason, reason_size, "the kernel has no loadable segments");
        return 0;
    }
    if (!entry_found)
    {
        snprintf(reason, reason_size, "the kernel's entry point 0x%lx is not in an executable segment",
            (unsigned long)header->e_entry);
        return 0;
    }
    return 1;
}

int kernel_load(const void* file, uint64_t size, kernel_image_t* image)
{
    const Elf64_Ehdr* header = file;
    uint64_t low = UINT64_MAX;
    uint64_t high = 0;
    for (int i = 0; i < header->e_phnum; i++)
    {
        const Elf64_Phdr* phdr = kernel_phdr(file, i);
        if (phdr->p_type == PT_LOAD)
        {
            low = phdr->p_vaddr < low ? phdr->p_vaddr : low;
            high = phdr->p_vaddr + phdr->p_memsz > high ? phdr->p_vaddr + phdr->p_memsz : high;
        }
    }
    low = PAGE_DOWN(low);
    high = PAGE_UP(high);

    // One contiguous block keeps the kernel's virtual-to-physical offset
    // constant, which its early code can rely on.
    uint64_t pages = (high - low) / PAGE_SIZE;
    EFI_PHYSICAL_ADDRESS phys = efi_alloc_pages(pages, (EFI_MEMORY_TYPE)BOOT_MEMORY_KERNEL);
    if (phys == 0)
    {
        return 0;
    }
    for (int i = 0; i < header->e_phnum; i++)
    {
        const Elf64_Phdr* phdr = kernel_phdr(file, i);
        if (phdr->p_type == PT_LOAD)
        {
            memcpy((uint8_t*)phys + (phdr->p_vaddr - low), (const uint8_t*)file + phdr->p_offset, phdr->p_filesz);
        }
    }
    image->kernel.phys_base = phys;
    image->kernel.virt_base = low;
    image->kernel.size = high - low;
    image->kernel.elf = file;
    image->kernel.elf_size = size;
    image->entry = header->e_entry;
    return 1;
}

// Corrupted programs: a copy of home:/bin/true with its ELF header,
// program headers, sizes or entry point damaged, or bytes flipped, cut
// short or padded, written to the child's directory and spawned. The
// kernel must refuse it (ENOEXEC) or start it; a started one may fault,
// loop or exit, and is ended and reaped within a bound like any other.
#include "ops.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/elf.h>
#include <sys/syscall.h>

#define ELF_EXTRA 4096 // room to pad the file
#define EXHAUST_SEGMENT (16ULL << 20)

static uint64_t elf_address(rng_t* rng, uint64_t near)
{
    static const uint64_t addresses[] = {0, 0x1000, PATCHWORK_USER_BASE - 1, 0x0000100000000000ULL - 0x1000,
        0x0000100000000000ULL, PATCHWORK_USER_END, 0x0000800000000000ULL, 0xffff800000000000ULL, UINT64_MAX};
    switch (rng_below(rng, 3))
    {
    case 0:
        return near + rng_below(rng, 0x4000) - 0x2000;
    case 1:
        return addresses[rng_below(rng, sizeof(addresses) / sizeof(addresses[0]))];
    default:
        return rng_next(rng);
    }
}

static uint64_t elf_size_value(child_t* child, rng_t* rng, uint64_t old, size_t file_size)
{
    uint64_t value;
    switch (rng_below(rng, 5))
    {
    case 0:
        value = old + rng_below(rng, 0x3000);
        break;
    case 1:
        value = old - rng_below(rng, old + 1);
        break;
    case 2:
        value = file_size + rng_below(rng, 16) - 8;
        break;
    case 3:
        value = hostile_integer(rng);
        break;
    default:
        value = old * 2 + rng_below(rng, 2);
        break;
    }
    if (value > old + EXHAUST_SEGMENT && value < (1ULL << 44) && !child_allows(child, FAM_EXHAUST))
    {
        value = UINT64_MAX - rng_below(rng, 4096); // refused outright, memory or not
    }
    return value;
}

static void elf_damage_header(child_t* child, rng_t* rng, Elf64_Ehdr* header, size_t size)
{
    switch (rng_below(rng, 9))
    {
    case 0:
        header->e_ident[rng_below(rng, EI_NIDENT)] ^= (uint8_t)rng_range(rng, 1, 255);
        break;
    case 1:
        header->e_type = rng_chance(rng, 50) ? ET_DYN : (uint16_t)rng_next(rng);
        break;
    case 2:
        header->e_machine = (uint16_t)rng_next(rng);
        break;
    case 3:
    case 4:
        header->e_entry = elf_address(rng, header->e_entry);
        break;
    case 5:
        header->e_phoff = elf_size_value(child, rng, header->e_phoff, size);
        break;
    case 6:
        header->e_phentsize = rng_chance(rng, 50) ? (uint16_t)(sizeof(Elf64_Phdr) + rng_below(rng, 3) - 1) : (uint16_t)rng_next(rng);
        break;
    case 7:
        header->e_phnum = rng_chance(rng, 50) ? (uint16_t)(header->e_phnum + rng_below(rng, 5) - 2) : (uint16_t)rng_next(rng);
        break;
    default:
        header->e_version = (uint32_t)rng_next(rng);
        header->e_ehsize = (uint16_t)rng_next(rng);
        break;
    }
}

static void elf_damage_segment(child_t* child, rng_t* rng, Elf64_Phdr* segment, size_t size)
{
    switch (rng_below(rng, 8))
    {
    case 0:
        segment->p_type = rng_chance(rng, 50) ? PT_LOAD : (uint32_t)rng_next(rng);
        break;
    case 1:
        segment->p_flags = (uint32_t)rng_below(rng, 8);
        break;
    case 2:
        segment->p_offset = elf_size_value(child, rng, segment->p_offset, size);
        break;
    case 3:
        segment->p_vaddr = elf_address(rng, segment->p_vaddr);
        break;
    case 4:
        segment->p_filesz = elf_size_value(child, rng, segment->p_filesz, size);
        break;
    case 5:
    case 6:
        segment->p_memsz = elf_size_value(child, rng, segment->p_memsz, size);
        break;
    default:
        segment->p_align = hostile_integer(rng);
        break;
    }
}

// Damage a copy of the program; returns its new size.
static size_t elf_damage(child_t* child, rng_t* rng, uint8_t* image, size_t size)
{
    Elf64_Ehdr* header = (Elf64_Ehdr*)image;
    for (int i = (int)rng_range(rng, 1, 4); i > 0; i--)
    {
        unsigned what = (unsigned)rng_below(rng, 10);
        uint64_t phoff = header->e_phoff;
        uint16_t phnum = header->e_phnum;
        if (what < 3)
        {
            elf_damage_header(child, rng, header, size);
        }
        else if (what < 7 && phnum > 0 && phoff < size && (size - phoff) / sizeof(Elf64_Phdr) > 0)
        {
            uint64_t room = (size - phoff) / sizeof(Elf64_Phdr);
            uint64_t index = rng_below(rng, phnum < room ? phnum : room);
            elf_damage_segment(child, rng, (Elf64_Phdr*)(image + phoff) + index, size);
        }
        else if (what < 8)
        {
            for (int flips = (int)rng_range(rng, 1, 16); flips > 0; flips--)
            {
                image[rng_below(rng, size)] ^= (uint8_t)(1 << rng_below(rng, 8));
            }
        }
        else if (what < 9)
        {
            size = rng_chance(rng, 60) ? rng_below(rng, 512) : rng_below(rng, size); // cut short, often in the headers
        }
        else
        {
            size_t extra = rng_below(rng, ELF_EXTRA);
            rng_fill(rng, image + size, extra);
            size += extra;
        }
    }
    return size;
}

void op_elf_spawn(child_t* child, rng_t* rng)
{
    if (child->elf_image == NULL || child->elf_size < sizeof(Elf64_Ehdr))
    {
        return;
    }
    uint8_t* image = malloc(child->elf_size + ELF_EXTRA * 4);
    if (image == NULL)
    {
        return;
    }
    memcpy(image, child->elf_image, child->elf_size);
    size_t size = elf_damage(child, rng, image, child->elf_size);
    char name[48], program[MAX_PATH];
    child_unique_name(child, "elf-", name, sizeof(name));
    bool written = false;
    if (snprintf(program, sizeof(program), "%s/%s", child->dir, name) < (int)sizeof(program))
    {
        fd_t fd = io_openf("%s?create&trunc", program);
        written = fd != -1 && write(fd, image, size) == (ssize_t)size;
        if (fd != -1)
        {
            close(fd);
        }
    }
    free(image);
    if (written)
    {
        const char* argv[] = {program, rng_chance(rng, 20) ? "-x" : NULL, NULL};
        spawn_fd_t none[] = {SPAWN_FD_END}; // whatever it prints goes nowhere
        pid_t pid = spawn(argv, none, NULL, PRIORITY_INHERIT);
        if (pid > 0 && child_proc_add(child, pid))
        {
            child_proc_end(child, pid, rng_range(rng, 0, 100 * NS_PER_MS));
        }
    }
    remove(program);
}

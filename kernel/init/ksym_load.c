// The kernel's symbol table, taken over from the bootloader's memory for
// stack traces (panic/ksym.h).
#include "ksym_load.h"

#include <kernel/mem/heap.h>
#include <kernel/panic/ksym.h>

#include <stddef.h>
#include <string.h>
#include <sys/elf.h>

bool ksym_load(const void* elf, uint64_t size)
{
    const Elf64_Ehdr* header = elf;
    if (elf == NULL || size < sizeof(Elf64_Ehdr) || header->e_shentsize != sizeof(Elf64_Shdr) ||
        header->e_shoff > size || (uint64_t)header->e_shnum * sizeof(Elf64_Shdr) > size - header->e_shoff)
    {
        return false;
    }
    const Elf64_Shdr* sections = (const Elf64_Shdr*)((const uint8_t*)elf + header->e_shoff);
    for (uint16_t i = 0; i < header->e_shnum; i++)
    {
        const Elf64_Shdr* table = &sections[i];
        if (table->sh_type != SHT_SYMTAB || table->sh_link >= header->e_shnum)
        {
            continue;
        }
        const Elf64_Shdr* names = &sections[table->sh_link];
        if (table->sh_offset > size || table->sh_size > size - table->sh_offset || names->sh_offset > size ||
            names->sh_size > size - names->sh_offset)
        {
            return false;
        }
        // Copies: the file itself is in bootloader memory, which is reclaimed.
        Elf64_Sym* symbol_copy = kmalloc(table->sh_size);
        char* string_copy = kmalloc(names->sh_size);
        if (symbol_copy == NULL || string_copy == NULL)
        {
            kfree(symbol_copy);
            kfree(string_copy);
            return false;
        }
        memcpy(symbol_copy, (const uint8_t*)elf + table->sh_offset, table->sh_size);
        memcpy(string_copy, (const char*)elf + names->sh_offset, names->sh_size);
        ksym_set(symbol_copy, table->sh_size / sizeof(Elf64_Sym), string_copy, names->sh_size);
        return true;
    }
    return false;
}

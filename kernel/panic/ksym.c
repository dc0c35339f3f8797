#include "ksym.h"

#include <kernel/mem/heap.h>

#include <stddef.h>
#include <string.h>
#include <sys/elf.h>

static const Elf64_Sym* symbols;
static uint64_t symbol_count;
static const char* strings;
static uint64_t strings_size;

bool ksym_init(const void* elf, uint64_t size)
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
        symbols = symbol_copy;
        symbol_count = table->sh_size / sizeof(Elf64_Sym);
        strings = string_copy;
        strings_size = names->sh_size;
        return true;
    }
    return false;
}

static const char* ksym_name(const Elf64_Sym* symbol)
{
    return symbol->st_name < strings_size ? strings + symbol->st_name : "?";
}

const char* ksym_lookup(uint64_t address, uint64_t* offset)
{
    // A linear scan: only panics and tests look symbols up.
    for (uint64_t i = 0; i < symbol_count; i++)
    {
        const Elf64_Sym* symbol = &symbols[i];
        if (ELF64_ST_TYPE(symbol->st_info) == STT_FUNC && symbol->st_value <= address &&
            address - symbol->st_value < symbol->st_size)
        {
            *offset = address - symbol->st_value;
            return ksym_name(symbol);
        }
    }
    return NULL;
}

uint64_t ksym_address(const char* name)
{
    for (uint64_t i = 0; i < symbol_count; i++)
    {
        if (ELF64_ST_TYPE(symbols[i].st_info) == STT_FUNC && strcmp(ksym_name(&symbols[i]), name) == 0)
        {
            return symbols[i].st_value;
        }
    }
    return 0;
}

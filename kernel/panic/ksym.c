#include "ksym.h"

#include <stddef.h>
#include <string.h>
#include <sys/elf.h>

static const Elf64_Sym* symbols;
static uint64_t symbol_count;
static const char* strings;
static uint64_t strings_size;

void ksym_set(const Elf64_Sym* table, uint64_t count, const char* names, uint64_t names_size)
{
    symbols = table;
    symbol_count = count;
    strings = names;
    strings_size = names_size;
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

// Kernel symbol names for stack traces, from the kernel's own ELF file,
// which the bootloader passes along (boot_info_t.kernel.elf); start-up
// copies its tables out of the bootloader's memory (init/ksym_load.c) and
// hands them over here.
#ifndef KERNEL_PANIC_KSYM_H
#define KERNEL_PANIC_KSYM_H 1

#include <stdbool.h>
#include <stdint.h>
#include <sys/elf.h>

/** Look symbols up in @p count entries of @p table, their names in @p names (@p names_size bytes). */
void ksym_set(const Elf64_Sym* table, uint64_t count, const char* names, uint64_t names_size);

/**
 * The function containing @p address and the offset into it, or NULL if no
 * function symbol covers it.
 */
const char* ksym_lookup(uint64_t address, uint64_t* offset);

/** The address of the function named @p name, or 0. */
uint64_t ksym_address(const char* name);

#endif

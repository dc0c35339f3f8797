// Kernel symbol names for stack traces, read from the kernel's own ELF
// file, which the bootloader passes along (boot_info_t.kernel.elf).
#ifndef KERNEL_PANIC_KSYM_H
#define KERNEL_PANIC_KSYM_H 1

#include <stdbool.h>
#include <stdint.h>

/** Copy the symbol and string tables out of the ELF file (into the heap); false if absent. */
bool ksym_init(const void* elf, uint64_t size);

/**
 * The function containing @p address and the offset into it, or NULL if no
 * function symbol covers it.
 */
const char* ksym_lookup(uint64_t address, uint64_t* offset);

/** The address of the function named @p name, or 0. */
uint64_t ksym_address(const char* name);

#endif

// Taking the kernel's symbol table over from the bootloader (see
// panic/ksym.h, which looks symbols up in it).
#ifndef KERNEL_INIT_KSYM_LOAD_H
#define KERNEL_INIT_KSYM_LOAD_H 1

#include <stdbool.h>
#include <stdint.h>

/**
 * Copy the symbol and string tables out of the kernel's ELF file @p elf
 * (@p size bytes, in bootloader memory) into the heap and hand them to
 * ksym; false if it has none or is malformed.
 */
bool ksym_load(const void* elf, uint64_t size);

#endif

// ELF loading: the kernel's program loader and the bootloader's kernel
// checks (kernel/proc/load.c, boot/src/kernel_load.c). The input is an
// ELF file; the checks and the page-table and firmware shims are in
// unit_elf.c.
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void pw_fuzz_elf(const void* file, size_t size);

FUZZ_FAIL_DEFINITION

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // Both loaders get files read into allocated memory: aligned, and
    // exactly sized here so a read past the end is caught.
    void* file = malloc(size != 0 ? size : 1);
    memcpy(file, data, size);
    pw_fuzz_elf(file, size);
    free(file);
    return 0;
}

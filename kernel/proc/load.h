// Loading a program into a new address space: the ELF image and the main
// thread's stack with its arguments.
#ifndef KERNEL_PROC_LOAD_H
#define KERNEL_PROC_LOAD_H 1

#include <kernel/mem/space.h>

#include <stddef.h>
#include <stdint.h>

/** Where the main thread's stack ends, and its size. */
#define LOAD_STACK_TOP (0x00007FFFFFFFE000ULL)
#define LOAD_STACK_PAGES 64

/** Copy @p length bytes into @p space's mapped pages at @p virt (through the direct map). */
void load_write(space_t* space, uint64_t virt, const void* source, size_t length);

/**
 * Map and fill the PT_LOAD segments of the static ELF executable @p image
 * (@p size bytes, kernel memory) into @p space; the entry point goes to
 * @p entry. -ENOEXEC for anything that is not a well-formed x86-64
 * executable for user space, -ENOMEM when out of memory.
 */
int load_elf(space_t* space, const void* image, size_t size, uint64_t* entry);

/**
 * Map the main thread's stack and copy @p argv (argc strings) to its top.
 * @p rsp gets the initial stack pointer (16-byte aligned), @p user_argv
 * the argv array's user address. -E2BIG if the arguments do not fit,
 * -ENOMEM.
 */
int load_stack(space_t* space, char* const* argv, int argc, uint64_t* rsp, uint64_t* user_argv);

#endif

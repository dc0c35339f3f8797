// Loading a program into a new address space: the ELF image and the main
// thread's stack with its arguments.
#ifndef KERNEL_PROC_LOAD_H
#define KERNEL_PROC_LOAD_H 1

#include <kernel/mem/space.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/**
 * The main thread's stack: LOAD_STACK_SIZE bytes ending at LOAD_STACK_TOP,
 * reserved (vmm_reserve) so that only the pages it touches cost memory,
 * with an unmapped guard page below it. The arguments and the environment
 * take its top, at most LOAD_ARGS_MAX bytes of it.
 */
#define LOAD_STACK_TOP (0x00007FFFFFFFE000ULL)
#define LOAD_STACK_SIZE (8ULL << 20)
#define LOAD_ARGS_MAX (256ULL << 10)

/** What loading a program found out: filled by load_elf, then load_stack. */
typedef struct
{
    uint64_t entry;  /**< the ELF entry point */
    bool exec_stack; /**< PT_GNU_STACK asked for an executable stack (PF_X) */
    uint64_t rsp;    /**< the main thread's first stack pointer (16-byte aligned) */
    uint64_t argv;   /**< the user address of the argv array */
    uint64_t envp;   /**< the user address of the envp array (right after argv's NULL) */
} load_info_t;

/** Copy @p length bytes into @p space's mapped pages at @p virt (through the direct map). */
void load_write(space_t* space, uint64_t virt, const void* source, size_t length);

/**
 * Map and fill the PT_LOAD segments of the static ELF executable @p image
 * (@p size bytes, kernel memory) into @p space; the entry point and the
 * stack's executability (PT_GNU_STACK with PF_X; no such header: not
 * executable) go to @p info. -ENOEXEC for anything that is not a
 * well-formed x86-64 executable for user space, -ENOMEM when out of memory.
 */
int load_elf(space_t* space, const void* image, size_t size, load_info_t* info);

/**
 * Reserve the main thread's stack (executable if @p info says so) and copy
 * @p argv (argc strings) and @p envp (envc strings) to its top, each array
 * ending in NULL, the envp array right after the argv one. Fills @p info's
 * rsp, argv and envp. -E2BIG if they take more than LOAD_ARGS_MAX,
 * -ENOMEM.
 */
int load_stack(space_t* space, char* const* argv, int argc, char* const* envp, int envc, load_info_t* info);

#endif

// The Global Descriptor Table and the Task State Segment.
//
// Selector layout (fixed by syscall/sysret, which derive the user selectors
// from STAR): kernel code, kernel data, user data, user code, TSS.
#ifndef KERNEL_ARCH_GDT_H
#define KERNEL_ARCH_GDT_H 1

#include <stdint.h>

#define GDT_KERNEL_CODE 0x08
#define GDT_KERNEL_DATA 0x10
#define GDT_USER_DATA (0x18 | 3)
#define GDT_USER_CODE (0x20 | 3)
#define GDT_TSS 0x28

/** Interrupt stack table slot used for double faults (a fresh stack). */
#define GDT_IST_DOUBLE_FAULT 1

/** Load the GDT and the TSS on this CPU. */
void gdt_init(void);

/** The stack the CPU switches to when an interrupt arrives in ring 3. */
void gdt_set_kernel_stack(uint64_t top);

/** The descriptor-table register values, for the tests. */
typedef struct __attribute__((packed))
{
    uint16_t limit;
    uint64_t base;
} gdt_pointer_t;

#endif

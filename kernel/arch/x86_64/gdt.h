// The Global Descriptor Table and the Task State Segment.
//
// Selector layout (fixed by syscall/sysret, which derive the user selectors
// from STAR): kernel code, kernel data, user data, user code, TSS.
#ifndef KERNEL_ARCH_X86_64_GDT_H
#define KERNEL_ARCH_X86_64_GDT_H 1

#include <stdint.h>

#define GDT_KERNEL_CODE 0x08
#define GDT_KERNEL_DATA 0x10
#define GDT_USER_DATA (0x18 | 3)
#define GDT_USER_CODE (0x20 | 3)
#define GDT_TSS 0x28

/** Interrupt stack table slots: fresh stacks for faults that mean the stack may be broken. */
#define GDT_IST_DOUBLE_FAULT 1
#define GDT_IST_NMI 2

/** 64-bit TSS: only the stack pointers matter in long mode. */
typedef struct __attribute__((packed))
{
    uint32_t reserved0;
    uint64_t rsp[3];
    uint64_t reserved1;
    uint64_t ist[7];
    uint64_t reserved2;
    uint16_t reserved3;
    uint16_t io_bitmap_offset;
} tss_t;

/** One CPU's descriptor tables: each CPU needs a TSS of its own. */
typedef struct
{
    uint64_t entries[7];
    tss_t tss;
} gdt_cpu_t;

/**
 * Fill and load @p gdt on this CPU; @p double_fault_stack and @p nmi_stack
 * are the tops of the stacks the CPU switches to for those two.
 */
void gdt_init(gdt_cpu_t* gdt, uint64_t double_fault_stack, uint64_t nmi_stack);

/** The stack this CPU switches to when an interrupt arrives in ring 3. */
void gdt_set_kernel_stack(gdt_cpu_t* gdt, uint64_t top);

/** The descriptor-table register values, for the tests. */
typedef struct __attribute__((packed))
{
    uint16_t limit;
    uint64_t base;
} gdt_pointer_t;

#endif

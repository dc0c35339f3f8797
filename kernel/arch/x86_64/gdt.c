#include "gdt.h"

#include <stddef.h>
#include <string.h>

// Access byte and flags of a code or data descriptor.
#define GDT_PRESENT 0x80
#define GDT_USER 0x60 // descriptor privilege level 3
#define GDT_SEGMENT 0x10
#define GDT_EXECUTABLE 0x08
#define GDT_READ_WRITE 0x02
#define GDT_LONG_MODE 0x20 // in the flags nibble
#define GDT_TSS_AVAILABLE 0x09

extern void gdt_load(const gdt_pointer_t* pointer, uint16_t code, uint16_t data, uint16_t tss);

void gdt_set_kernel_stack(gdt_cpu_t* gdt, uint64_t top)
{
    gdt->tss.rsp[0] = top;
}

static uint64_t gdt_segment(uint8_t access, uint8_t flags)
{
    // Base and limit are ignored in long mode for code and data.
    return ((uint64_t)access << 40) | ((uint64_t)flags << 52);
}

void gdt_init(gdt_cpu_t* gdt, uint64_t double_fault_stack, uint64_t nmi_stack)
{
    tss_t* tss = &gdt->tss;
    memset(tss, 0, sizeof(*tss));
    tss->ist[GDT_IST_DOUBLE_FAULT - 1] = double_fault_stack;
    tss->ist[GDT_IST_NMI - 1] = nmi_stack;
    tss->io_bitmap_offset = sizeof(*tss); // no I/O permission bitmap

    uint64_t* entries = gdt->entries;
    entries[0] = 0;
    entries[1] = gdt_segment(GDT_PRESENT | GDT_SEGMENT | GDT_EXECUTABLE | GDT_READ_WRITE, GDT_LONG_MODE >> 4);
    entries[2] = gdt_segment(GDT_PRESENT | GDT_SEGMENT | GDT_READ_WRITE, 0);
    entries[3] = gdt_segment(GDT_PRESENT | GDT_USER | GDT_SEGMENT | GDT_READ_WRITE, 0);
    entries[4] =
        gdt_segment(GDT_PRESENT | GDT_USER | GDT_SEGMENT | GDT_EXECUTABLE | GDT_READ_WRITE, GDT_LONG_MODE >> 4);

    // A system descriptor takes two slots in long mode.
    uint64_t base = (uint64_t)tss;
    uint64_t limit = sizeof(*tss) - 1;
    entries[5] = (limit & 0xFFFF) | ((base & 0xFFFFFF) << 16) |
        ((uint64_t)(GDT_PRESENT | GDT_TSS_AVAILABLE) << 40) | (((limit >> 16) & 0xF) << 48) |
        (((base >> 24) & 0xFF) << 56);
    entries[6] = base >> 32;

    gdt_pointer_t pointer = {.limit = sizeof(gdt->entries) - 1, .base = (uint64_t)entries};
    gdt_load(&pointer, GDT_KERNEL_CODE, GDT_KERNEL_DATA, GDT_TSS);
}

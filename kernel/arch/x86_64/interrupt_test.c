#include "gdt.h"

#include <kernel/arch/interrupt.h>
#include <kernel/test/ktest.h>

static volatile int breakpoints;
static volatile uint64_t breakpoint_vector;

static void interrupt_test_breakpoint(interrupt_frame_t* frame)
{
    breakpoints++;
    breakpoint_vector = frame->vector;
}

KTEST(interrupt, breakpoint_is_dispatched_and_returns)
{
    interrupt_handler_t previous = interrupt_set_handler(VECTOR_BREAKPOINT, interrupt_test_breakpoint);
    breakpoints = 0;
    __asm__ volatile("int3");
    __asm__ volatile("int3");
    interrupt_set_handler(VECTOR_BREAKPOINT, previous);
    KTEST_ASSERT_EQ(breakpoints, 2);
    KTEST_ASSERT_EQ(breakpoint_vector, VECTOR_BREAKPOINT);
}

static volatile uint64_t saved_rbx;

static void interrupt_test_read_rbx(interrupt_frame_t* frame)
{
    saved_rbx = frame->rbx;
    frame->rbx = 0x5678; // the interrupted code must see the change
}

KTEST(interrupt, frame_holds_and_restores_registers)
{
    interrupt_handler_t previous = interrupt_set_handler(VECTOR_BREAKPOINT, interrupt_test_read_rbx);
    uint64_t rbx = 0x1234;
    __asm__ volatile("int3" : "+b"(rbx));
    interrupt_set_handler(VECTOR_BREAKPOINT, previous);
    KTEST_ASSERT_EQ(saved_rbx, 0x1234);
    KTEST_ASSERT_EQ(rbx, 0x5678);
}

KTEST(interrupt, idt_is_loaded)
{
    gdt_pointer_t idtr;
    __asm__ volatile("sidt %0" : "=m"(idtr));
    KTEST_ASSERT_EQ(idtr.limit, 256 * 16 - 1);
    KTEST_ASSERT(idtr.base >= 0xFFFFFFFF80000000ULL);
}

KTEST(interrupt, gdt_and_tss_are_loaded)
{
    gdt_pointer_t gdtr;
    uint16_t tr;
    uint16_t cs;
    __asm__ volatile("sgdt %0" : "=m"(gdtr));
    __asm__ volatile("str %0" : "=r"(tr));
    __asm__ volatile("mov %%cs, %0" : "=r"(cs));
    KTEST_ASSERT(gdtr.base >= 0xFFFFFFFF80000000ULL);
    KTEST_ASSERT_EQ(tr, GDT_TSS);
    KTEST_ASSERT_EQ(cs, GDT_KERNEL_CODE);
}

KTEST(interrupt, vector_names)
{
    KTEST_ASSERT(interrupt_vector_name(VECTOR_PAGE_FAULT)[1] == 'P');
    KTEST_ASSERT(interrupt_vector_name(200)[0] == 'i');
}

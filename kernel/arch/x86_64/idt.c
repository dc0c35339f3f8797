// The IDT and the common C path of every interrupt and exception. What
// it cannot handle itself it passes up only through the upcalls of
// kernel/cpu/upcall.h: user faults, the scheduler's say at the end of an
// interrupt, and the way back to user mode.
#include "idt.h"

#include "cpu.h"
#include "gdt.h"
#include "lapic.h"

#include <kernel/cpu/upcall.h>
#include <kernel/log/log.h>
#include <kernel/panic/panic.h>

#include <stddef.h>

typedef struct __attribute__((packed))
{
    uint16_t offset_low;
    uint16_t selector;
    uint8_t ist;
    uint8_t type; // present, privilege, gate type
    uint16_t offset_middle;
    uint32_t offset_high;
    uint32_t reserved;
} idt_gate_t;

#define IDT_INTERRUPT_GATE 0x8E // present, ring 0, interrupts off on entry

extern const uint64_t interrupt_vector_stubs[256];

static idt_gate_t idt[256];
static interrupt_handler_t handlers[256];

static const char* const exception_names[VECTOR_EXCEPTION_COUNT] = {
    "#DE divide error",
    "#DB debug",
    "NMI",
    "#BP breakpoint",
    "#OF overflow",
    "#BR bound range exceeded",
    "#UD invalid opcode",
    "#NM device not available",
    "#DF double fault",
    "coprocessor segment overrun",
    "#TS invalid TSS",
    "#NP segment not present",
    "#SS stack-segment fault",
    "#GP general protection fault",
    "#PF page fault",
    "reserved exception 15",
    "#MF x87 floating-point error",
    "#AC alignment check",
    "#MC machine check",
    "#XM SIMD floating-point error",
    "#VE virtualization exception",
    "#CP control protection",
    "reserved exception 22",
    "reserved exception 23",
    "reserved exception 24",
    "reserved exception 25",
    "reserved exception 26",
    "reserved exception 27",
    "#HV hypervisor injection",
    "#VC VMM communication",
    "#SX security exception",
    "reserved exception 31",
};

const char* interrupt_vector_name(uint64_t vector)
{
    return vector < VECTOR_EXCEPTION_COUNT ? exception_names[vector] : "interrupt";
}

void idt_init(void)
{
    for (int v = 0; v < 256; v++)
    {
        uint64_t stub = interrupt_vector_stubs[v];
        idt[v] = (idt_gate_t){
            .offset_low = stub & 0xFFFF,
            .selector = GDT_KERNEL_CODE,
            // A double fault often means a broken stack: give it a fresh one.
            .ist = v == VECTOR_DOUBLE_FAULT ? GDT_IST_DOUBLE_FAULT : v == VECTOR_NMI ? GDT_IST_NMI : 0,
            .type = IDT_INTERRUPT_GATE,
            .offset_middle = (stub >> 16) & 0xFFFF,
            .offset_high = stub >> 32,
            .reserved = 0,
        };
    }
    idt_load();
}

void idt_load(void)
{
    gdt_pointer_t pointer = {.limit = sizeof(idt) - 1, .base = (uint64_t)idt};
    __asm__ volatile("lidt %0" : : "m"(pointer));
}

interrupt_handler_t interrupt_set_handler(uint8_t vector, interrupt_handler_t handler)
{
    interrupt_handler_t previous = handlers[vector];
    handlers[vector] = handler;
    return previous;
}

// A device's interrupt, an IPI, or an exception in the kernel.
static void interrupt_handle(interrupt_frame_t* frame)
{
    uint64_t vector = frame->vector;
    interrupt_handler_t handler = handlers[vector];
    if (handler != NULL)
    {
        handler(frame);
    }
    else if (vector < VECTOR_EXCEPTION_COUNT)
    {
        panic_frame(frame, "unhandled %s", interrupt_vector_name(vector));
    }
    else
    {
        log_warn("interrupt: unexpected vector %lu", (unsigned long)vector);
    }
    if (vector >= VECTOR_EXCEPTION_COUNT)
    {
        lapic_eoi(); // before a possible switch, so the next interrupt can come
    }
}

void interrupt_dispatch(interrupt_frame_t* frame)
{
    uint64_t vector = frame->vector;
    if (vector == VECTOR_NMI && panic_active())
    {
        cpu_halt_forever(); // another CPU panicked and stops everyone
    }
    // Spurious interrupts (the APIC's, and the masked PICs') need no reply.
    if (vector == VECTOR_SPURIOUS || (vector >= VECTOR_PIC_BASE && vector < VECTOR_PIC_BASE + 16))
    {
        return;
    }
    bool from_user = (frame->cs & 3) != 0;
    if (vector < VECTOR_EXCEPTION_COUNT && vector != VECTOR_NMI && from_user)
    {
        trap_user_fault(frame); // the space's owner decides (mem/fault.c)
    }
    else
    {
        interrupt_handle(frame);
    }
    trap_interrupt_exit(frame);
    if (from_user)
    {
        trap_return_to_user(frame); // the frame is restored in full here anyway
    }
}

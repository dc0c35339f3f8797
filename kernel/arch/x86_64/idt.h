// The Interrupt Descriptor Table and the common interrupt path (idt.c,
// vectors.asm): private to kernel/arch/x86_64.
#ifndef KERNEL_ARCH_X86_64_IDT_H
#define KERNEL_ARCH_X86_64_IDT_H 1

#include <kernel/arch/interrupt.h>

/** Build the IDT (once) and load it on this CPU. */
void idt_init(void);

/** Load the already built IDT on this CPU. */
void idt_load(void);

/** Called by vectors.asm for every interrupt. */
void interrupt_dispatch(interrupt_frame_t* frame);

/** vectors.asm: restore the frame at rsp and return from the interrupt. */
extern _Noreturn void interrupt_return(void);

#endif

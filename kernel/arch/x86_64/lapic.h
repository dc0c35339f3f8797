// The local APIC of each CPU (xAPIC, memory-mapped): its timer, used
// one-shot only (the kernel is tickless), end-of-interrupt, and
// inter-processor interrupts. The timer and the IPIs are the x86-64
// implementation of <kernel/arch/timer.h> and <kernel/arch/ipi.h>; this
// header has the rest, for kernel/arch/x86_64 alone.
#ifndef KERNEL_ARCH_X86_64_LAPIC_H
#define KERNEL_ARCH_X86_64_LAPIC_H 1

#include <kernel/arch/interrupt.h>

#include <stdbool.h>
#include <stdint.h>

/** Map the local APIC's registers (same physical address on every CPU). */
void lapic_map(uint64_t phys);

/** Enable this CPU's local APIC; on the first call, measure its timer against the clock. */
void lapic_init_cpu(void);

/** This CPU's local APIC id. */
uint32_t lapic_id(void);

/** Signal the end of the interrupt being handled. */
void lapic_eoi(void);

/** The INIT and STARTUP messages that wake an application processor. */
void lapic_send_init(uint32_t apic_id);
void lapic_send_startup(uint32_t apic_id, uint8_t page);

#endif

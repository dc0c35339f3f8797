// The local APIC of each CPU (xAPIC, memory-mapped): its timer, used
// one-shot only (the kernel is tickless), end-of-interrupt, and
// inter-processor interrupts.
#ifndef KERNEL_ARCH_LAPIC_H
#define KERNEL_ARCH_LAPIC_H 1

#include <stdbool.h>
#include <stdint.h>

/** Interrupt vectors the kernel assigns. */
#define VECTOR_TIMER 0x20     // the local APIC timer
#define VECTOR_IRQ_BASE 0x30  // device IRQs routed through the I/O APIC
#define VECTOR_PIC_BASE 0xE0  // the legacy PICs, remapped and masked
#define VECTOR_RESCHEDULE 0xF0 // IPI: run the scheduler
#define VECTOR_TLB 0xF1        // IPI: flush TLB entries
#define VECTOR_SPURIOUS 0xFF

/** Map the local APIC's registers (same physical address on every CPU). */
void lapic_map(uint64_t phys);

/** Enable this CPU's local APIC; on the first call, measure its timer against the clock. */
void lapic_init_cpu(void);

/** This CPU's local APIC id. */
uint32_t lapic_id(void);

/** Signal the end of the interrupt being handled. */
void lapic_eoi(void);

/** Raise the timer interrupt once, @p ns nanoseconds from now (at least one tick). */
void lapic_timer_oneshot(uint64_t ns);

/** Stop the timer: no interrupt until the next lapic_timer_oneshot. */
void lapic_timer_stop(void);

/** The longest delay one timer shot can cover. */
uint64_t lapic_timer_max_ns(void);

/** Send interrupt @p vector to the CPU with local APIC id @p apic_id. */
void lapic_send_ipi(uint32_t apic_id, uint8_t vector);

/** Send a non-maskable interrupt to every other CPU. */
void lapic_send_nmi_others(void);

/** The INIT and STARTUP messages that wake an application processor. */
void lapic_send_init(uint32_t apic_id);
void lapic_send_startup(uint32_t apic_id, uint8_t page);

#endif

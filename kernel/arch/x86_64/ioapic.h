// The I/O APIC(s), which route device interrupts to CPUs, and the legacy
// 8259 PICs, which are remapped out of the way and masked.
#ifndef KERNEL_ARCH_X86_64_IOAPIC_H
#define KERNEL_ARCH_X86_64_IOAPIC_H 1

#include <stdbool.h>
#include <stdint.h>

struct madt_info;

/** Mask the legacy PICs and every I/O APIC input. */
void ioapic_init(const struct madt_info* madt);

/**
 * Deliver legacy ISA IRQ @p irq (0-15, after the MADT's overrides) as
 * @p vector to the CPU with local APIC id @p apic_id. False if no I/O APIC
 * serves it.
 */
bool ioapic_route_irq(uint8_t irq, uint8_t vector, uint32_t apic_id);

/** Mask ISA IRQ @p irq again. */
void ioapic_mask_irq(uint8_t irq);

#endif

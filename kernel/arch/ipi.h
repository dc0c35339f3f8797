// Inter-processor interrupts: how one CPU gets another's attention.
//
// CPUs are named by their hardware id (cpu_t.hw_id; x86-64: the local
// APIC id). The vectors the kernel sends are VECTOR_RESCHEDULE (run the
// scheduler) and VECTOR_TLB (answer a shootdown), see interrupt.h.
#ifndef KERNEL_ARCH_IPI_H
#define KERNEL_ARCH_IPI_H 1

#include <stdint.h>

/** Send interrupt @p vector to the CPU whose hardware id is @p hw_id. */
void ipi_send(uint32_t hw_id, uint8_t vector);

/**
 * Interrupt every other CPU in a way it cannot refuse (x86-64: an NMI),
 * for the panic path, which stops them all.
 */
void ipi_stop_others(void);

#endif

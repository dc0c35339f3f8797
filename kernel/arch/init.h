// Bringing up the machine: what start-up asks of the architecture, in
// the order it asks (init/main.c for the machine, cpu/cpu.c for each CPU).
#ifndef KERNEL_ARCH_INIT_H
#define KERNEL_ARCH_INIT_H 1

#include <stdint.h>

struct cpu;
struct madt_info;

/** Exceptions and interrupts can be taken (on the first CPU, before anything can fault). */
void arch_init_interrupts(void);

/**
 * This CPU's descriptor tables and the stacks for faults that mean its
 * stack is broken (x86-64: GDT, TSS, IDT). Before the heap exists for
 * the first CPU.
 */
void arch_init_cpu(struct cpu* cpu);

/**
 * The rest of this CPU's set-up, which needs the heap and the clock
 * (x86-64: user FS/GS bases, SIMD, the local APIC and its timer, the
 * system-call entry). Sets cpu->hw_id.
 */
void arch_init_cpu_late(struct cpu* cpu);

/** The interrupt controllers the ACPI tables describe (x86-64: local and I/O APICs). */
void arch_init_platform(const struct madt_info* madt);

/**
 * Start every other CPU the tables list, one at a time, each straight
 * into the scheduler. Returns how many started.
 */
uint32_t arch_start_cpus(const struct madt_info* madt);

#endif

// Bringing up each x86-64 CPU (kernel/arch/init.h): per-CPU records, the
// descriptor tables with their fault stacks, then what needs the heap
// and the clock.
#include "cpu.h"
#include "idt.h"
#include "ioapic.h"
#include "lapic.h"
#include "simd.h"
#include "syscall.h"

#include <kernel/acpi/acpi.h>
#include <kernel/arch/init.h>
#include <kernel/cpu/cpu.h>
#include <kernel/log/log.h>
#include <kernel/mem/heap.h>
#include <kernel/panic/panic.h>

#include <stddef.h>

#define FAULT_STACK_SIZE (16 * 1024)
#define CPUID_7_EBX_FSGSBASE (1u << 0)

// The bootstrap CPU sets up before the heap exists: its fault stacks are static.
static uint8_t boot_double_fault_stack[FAULT_STACK_SIZE] __attribute__((aligned(16)));
static uint8_t boot_nmi_stack[FAULT_STACK_SIZE] __attribute__((aligned(16)));

void cpu_local_attach(struct cpu* cpu)
{
    cpu_write_msr(MSR_GS_BASE, (uint64_t)cpu);
    cpu_write_msr(MSR_KERNEL_GS_BASE, (uint64_t)cpu);
}

void arch_init_interrupts(void)
{
    idt_init();
}

void arch_init_cpu(struct cpu* cpu)
{
    uint8_t* double_fault = boot_double_fault_stack;
    uint8_t* nmi = boot_nmi_stack;
    if (cpu->index != 0)
    {
        double_fault = kmalloc(FAULT_STACK_SIZE);
        nmi = kmalloc(FAULT_STACK_SIZE);
        if (double_fault == NULL || nmi == NULL)
        {
            panic("cpu: out of memory for CPU %u's fault stacks", cpu->index);
        }
    }
    gdt_init(&cpu->arch.gdt, (uint64_t)double_fault + FAULT_STACK_SIZE, (uint64_t)nmi + FAULT_STACK_SIZE);
    idt_load();
}

// Let user code set its own FS and GS bases (wrfsbase, wrgsbase): libstd
// points FS at each thread's control block without a system call. The
// kernel's GS is safe from it: every entry from ring 3 swaps GS.
static void cpu_enable_fsgsbase(void)
{
    if (cpu_cpuid(7, 0).ebx & CPUID_7_EBX_FSGSBASE)
    {
        cpu_write_cr4(cpu_read_cr4() | CR4_FSGSBASE);
    }
    else if (cpu_current()->index == 0)
    {
        log_warn("cpu: no FSGSBASE instructions; user programs cannot set up their threads");
    }
}

void arch_init_cpu_late(struct cpu* cpu)
{
    cpu_enable_fsgsbase();
    simd_init_cpu();
    lapic_init_cpu();
    syscall_init_cpu();
    cpu->hw_id = lapic_id();
}

void arch_init_platform(const struct madt_info* madt)
{
    lapic_map(madt->lapic_address);
    ioapic_init(madt);
}

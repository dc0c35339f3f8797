#include "cpu.h"

#include <kernel/arch/x86_64/cpu.h>
#include <kernel/arch/x86_64/interrupt.h>
#include <kernel/arch/x86_64/lapic.h>
#include <kernel/arch/x86_64/simd.h>
#include <kernel/mem/heap.h>
#include <kernel/log/log.h>
#include <kernel/panic/panic.h>
#include <kernel/syscall/syscall.h>

#include <stddef.h>

#define FAULT_STACK_SIZE (16 * 1024)
#define CPUID_7_EBX_FSGSBASE (1u << 0)
#define CR4_FSGSBASE (1ULL << 16)

cpu_t cpus[CPU_MAX];
static volatile uint32_t online_count;

// The bootstrap CPU sets up before the heap exists: its fault stacks are static.
static uint8_t boot_double_fault_stack[FAULT_STACK_SIZE] __attribute__((aligned(16)));
static uint8_t boot_nmi_stack[FAULT_STACK_SIZE] __attribute__((aligned(16)));

uint32_t cpu_online_count(void)
{
    return __atomic_load_n(&online_count, __ATOMIC_ACQUIRE);
}

void cpu_attach(uint32_t index, uint32_t apic_id)
{
    cpu_t* cpu = &cpus[index];
    cpu->self = cpu;
    cpu->index = index;
    cpu->apic_id = apic_id;
    cpu_write_msr(MSR_GS_BASE, (uint64_t)cpu);
    cpu_write_msr(MSR_KERNEL_GS_BASE, (uint64_t)cpu);
}

void cpu_set_kernel_stack(cpu_t* cpu, uint64_t top)
{
    gdt_set_kernel_stack(&cpu->gdt, top);
    cpu->syscall_stack = top;
}

void cpu_setup(cpu_t* cpu)
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
    gdt_init(&cpu->gdt, (uint64_t)double_fault + FAULT_STACK_SIZE, (uint64_t)nmi + FAULT_STACK_SIZE);
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

void cpu_setup_late(cpu_t* cpu)
{
    cpu_enable_fsgsbase();
    simd_init_cpu();
    lapic_init_cpu();
    syscall_init_cpu();
    cpu->apic_id = lapic_id();
    cpu->online = true;
    __atomic_fetch_add(&online_count, 1, __ATOMIC_RELEASE);
}

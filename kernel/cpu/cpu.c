#include "cpu.h"

#include <kernel/arch/init.h>

#include <stddef.h>

cpu_t cpus[CPU_MAX];
static volatile uint32_t online_count;

uint32_t cpu_online_count(void)
{
    return __atomic_load_n(&online_count, __ATOMIC_ACQUIRE);
}

void cpu_attach(uint32_t index, uint32_t hw_id)
{
    cpu_t* cpu = &cpus[index];
    cpu->self = cpu;
    cpu->index = index;
    cpu->hw_id = hw_id;
    cpu_local_attach(cpu);
}

void cpu_set_kernel_stack(cpu_t* cpu, uint64_t top)
{
    cpu_local_set_kernel_stack(&cpu->arch, top);
}

void cpu_setup(cpu_t* cpu)
{
    arch_init_cpu(cpu);
}

void cpu_setup_late(cpu_t* cpu)
{
    arch_init_cpu_late(cpu);
    cpu->online = true;
    __atomic_fetch_add(&online_count, 1, __ATOMIC_RELEASE);
}

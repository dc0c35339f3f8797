// The system-call entry on x86-64: programming the syscall instruction's
// MSRs (syscall_entry.asm is where it lands), and the per-CPU count the
// entry keeps.
#include "cpu.h"
#include "gdt.h"
#include "syscall.h"

#include <kernel/arch/syscall_entry.h>
#include <kernel/cpu/cpu.h>

#include <stddef.h>

// Every flag user code may have set that the kernel must not run with is
// cleared on entry (sysret gives the user's own back from r11):
// interrupts (until the stack is switched), direction (the C ABI), trap
// (no single-stepping into the kernel), alignment check, and nested task:
// popfq lets ring 3 set NT, and an iretq executed with NT set is a task
// return, which long mode refuses with #GP. IOPL, RF and ID go too, so the
// kernel's flags never depend on what user code did.
#define SYSCALL_FLAG_MASK                                                                                  \
    (CPU_RFLAGS_TF | CPU_RFLAGS_IF | CPU_RFLAGS_DF | CPU_RFLAGS_IOPL | CPU_RFLAGS_NT | CPU_RFLAGS_RF | \
        CPU_RFLAGS_AC | CPU_RFLAGS_ID)

// syscall_entry.asm reaches these through GS by offset.
_Static_assert(offsetof(cpu_t, arch.syscall_stack) == 8, "syscall_entry.asm reads gs:8");
_Static_assert(offsetof(cpu_t, arch.syscall_user_rsp) == 16, "syscall_entry.asm writes gs:16");
_Static_assert(offsetof(cpu_t, arch.syscalls) == 24, "syscall_entry.asm counts at gs:24");

extern void syscall_entry(void);

void syscall_init_cpu(void)
{
    cpu_write_msr(MSR_EFER, cpu_read_msr(MSR_EFER) | EFER_SCE);
    // syscall loads CS from bits 32-47 (SS is the next selector); sysret
    // loads CS from bits 48-63 plus 16 and SS from them plus 8, which is
    // why the GDT puts user data before user code.
    uint64_t star = ((uint64_t)GDT_KERNEL_CODE << 32) | ((uint64_t)(GDT_KERNEL_DATA | 3) << 48);
    cpu_write_msr(MSR_STAR, star);
    cpu_write_msr(MSR_LSTAR, (uint64_t)syscall_entry);
    cpu_write_msr(MSR_FMASK, SYSCALL_FLAG_MASK);
}

uint64_t syscall_count(int cpu)
{
    return __atomic_load_n(&cpus[cpu].arch.syscalls, __ATOMIC_RELAXED);
}

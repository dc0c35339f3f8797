#include "syscall.h"

#include "handlers.h"

#include <kernel/arch/x86_64/cpu.h>
#include <kernel/arch/x86_64/gdt.h>
#include <kernel/cpu/cpu.h>
#include <kernel/proc/note.h>
#include <kernel/proc/process.h>
#include <kernel/sched/sched.h>

#include <errno.h>
#include <sys/syscall.h>

#define EFER_SCE (1ULL << 0)

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

extern void syscall_entry(void);

// The table and the functions that unpack each call's arguments from the
// frame, generated from syscalls.list (tools/syscalls.py).
#include "syscalls/kernel_table.h"

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

bool syscall_dispatch(interrupt_frame_t* frame)
{
    thread_t* self = sched_current();
    self->syscall_frame = frame;
    self->frame_replaced = false;
    uint64_t number = frame->rax;
    int64_t result = -ENOSYS;
    if (number < SYS_COUNT && syscall_table[number] != NULL)
    {
        result = syscall_table[number](frame);
    }
    // After "noted" the frame is the interrupted code's, rax included.
    bool replaced = self->frame_replaced;
    if (!replaced)
    {
        frame->rax = (uint64_t)result;
    }
    self->syscall_frame = NULL;
    self->frame_replaced = false;
    // A process that is being ended stops here rather than in user mode.
    process_check_exit();
    bool noted = note_deliver(frame);
    process_check_exit();
    return replaced || noted;
}

uint64_t syscall_count(int cpu)
{
    return __atomic_load_n(&cpus[cpu].syscalls, __ATOMIC_RELAXED);
}

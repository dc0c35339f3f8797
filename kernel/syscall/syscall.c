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

static const syscall_handler_t syscall_table[SYS_COUNT] = {
    [SYS_PROCESS_EXIT] = sys_process_exit,
    [SYS_THREAD_EXIT] = sys_thread_exit,
    [SYS_SPAWN] = sys_spawn,
    [SYS_SLEEP] = sys_sleep,
    [SYS_PID] = sys_pid,
    [SYS_TID] = sys_tid,
    [SYS_UPTIME] = sys_uptime,
    [SYS_EPOCH] = sys_epoch,
    [SYS_OPEN] = sys_open,
    [SYS_OPEN2] = sys_open2,
    [SYS_CLOSE] = sys_close,
    [SYS_READ] = sys_read,
    [SYS_WRITE] = sys_write,
    [SYS_SEEK] = sys_seek,
    [SYS_CHDIR] = sys_chdir,
    [SYS_POLL] = sys_poll,
    [SYS_STAT] = sys_stat,
    [SYS_MMAP] = sys_mmap,
    [SYS_MUNMAP] = sys_munmap,
    [SYS_MPROTECT] = sys_mprotect,
    [SYS_DUP] = sys_dup,
    [SYS_DUP2] = sys_dup2,
    [SYS_FUTEX] = sys_futex,
    [SYS_YIELD] = sys_yield,
    [SYS_THREAD_CREATE] = sys_thread_create,
    [SYS_READDIR] = sys_readdir,
    [SYS_MKDIR] = sys_mkdir,
    [SYS_REMOVE] = sys_remove,
    [SYS_RENAME] = sys_rename,
    [SYS_FSTAT] = sys_fstat,
    [SYS_TRUNCATE] = sys_truncate,
    [SYS_FD_FLAGS] = sys_fd_flags,
};

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
        result = syscall_table[number](frame->rdi, frame->rsi, frame->rdx, frame->r10, frame->r8, frame->r9);
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

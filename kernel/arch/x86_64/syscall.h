// The system-call entry on x86-64 (syscall.c, syscall_entry.asm): private
// to kernel/arch/x86_64.
#ifndef KERNEL_ARCH_X86_64_SYSCALL_H
#define KERNEL_ARCH_X86_64_SYSCALL_H 1

/** Program this CPU's syscall MSRs (entry point, selectors, flag mask). */
void syscall_init_cpu(void);

#endif

// x86-64 register numbers and bits that both C and the AP trampoline
// (real-mode assembly) use, written once. Every value is a plain hex
// number on a "#define NAME VALUE" line, so that rules.mk can turn them
// into NASM %defines (registers.inc) for trampoline.asm.
#ifndef KERNEL_ARCH_X86_64_REGISTERS_H
#define KERNEL_ARCH_X86_64_REGISTERS_H 1

// Model-specific registers.
#define MSR_APIC_BASE 0x1B
#define MSR_EFER 0xC0000080
#define MSR_STAR 0xC0000081  // syscall/sysret segment selectors
#define MSR_LSTAR 0xC0000082 // syscall entry point
#define MSR_FMASK 0xC0000084 // RFLAGS bits syscall clears
#define MSR_FS_BASE 0xC0000100
#define MSR_GS_BASE 0xC0000101
#define MSR_KERNEL_GS_BASE 0xC0000102

// EFER bits.
#define EFER_SCE 0x1   // syscall and sysret
#define EFER_LME 0x100 // long mode
#define EFER_NXE 0x800 // page-table entries' no-execute bit

// Control register bits.
#define CR0_PE 0x1          // protected mode
#define CR0_WP 0x10000      // read-only pages bind the kernel too
#define CR0_PG 0x80000000   // paging
#define CR4_PAE 0x20        // physical address extension (needed for long mode)
#define CR4_FSGSBASE 0x10000 // user code may set its FS and GS bases

#endif

; Application-processor start-up code, assembled as a flat binary and
; copied by smp.c to a page below 1 MiB. A STARTUP IPI starts the CPU here
; in real mode at (page:0). The code climbs to protected mode, then to long
; mode on temporary page tables that map this page at its own address (and
; share the kernel's upper half), and jumps into the kernel.
;
; The image is assembled for address 0. Three fields hold addresses inside
; it (the GDT's base and the two far-jump targets); smp.c adds the page's
; address to them. The parameters block is filled in before each CPU starts.

%include "registers.inc"         ; MSR_EFER, EFER_ and CR bits, from registers.h

BITS 16
ORG 0

trampoline_start:
    jmp real_mode
    align 8

; Fields smp.c patches or fills (offsets are fixed, see smp.c).
gdt_pointer:                    ; 0x08: lgdt operand, base relocated
    dw gdt_end - gdt - 1
    dd gdt
    dw 0
protected_target:               ; 0x10: far pointer, offset relocated
    dd protected_mode
    dw 0x08
    dw 0
long_target:                    ; 0x18: far pointer, offset relocated
    dd long_mode
    dw 0x18
    dw 0
param_started: dq 0             ; 0x20: set to 1 by the CPU as it starts
param_cr3: dq 0                 ; 0x28: temporary PML4 (below 4 GiB)
param_stack: dq 0               ; 0x30: stack top for the kernel entry
param_argument: dq 0            ; 0x38: passed in rdi
param_entry: dq 0               ; 0x40: kernel entry point (upper half)

align 8
gdt:
    dq 0
    dq 0x00CF9A000000FFFF       ; 0x08: 32-bit code
    dq 0x00CF92000000FFFF       ; 0x10: 32-bit data
    dq 0x00209A0000000000       ; 0x18: 64-bit code
gdt_end:

real_mode:
    cli
    cld
    mov ax, cs
    mov ds, ax
    movzx ebx, ax
    shl ebx, 4                  ; ebx = this page's linear address, kept to the end
    mov byte [param_started], 1
    lgdt [gdt_pointer]
    mov eax, cr0
    or eax, CR0_PE
    mov cr0, eax
    o32 jmp far [protected_target]

BITS 32
protected_mode:
    mov ax, 0x10
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov eax, cr4
    or eax, CR4_PAE
    mov cr4, eax
    mov eax, [ebx + param_cr3]
    mov cr3, eax
    mov ecx, MSR_EFER           ; long mode, no-execute bits
    rdmsr
    or eax, EFER_LME | EFER_NXE
    wrmsr
    mov eax, cr0
    or eax, CR0_PG | CR0_WP
    mov cr0, eax
    jmp far [ebx + long_target]

BITS 64
long_mode:
    mov ebx, ebx                ; the upper half is undefined after the mode switch
    mov rsp, [rbx + param_stack]
    mov rdi, [rbx + param_argument]
    mov rax, [rbx + param_entry]
    xor ebp, ebp
    jmp rax

trampoline_end:

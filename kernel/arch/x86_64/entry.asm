; Kernel entry point. The bootloader jumps here with interrupts off,
; rdi = the boot_info_t (see boot/boot_info.h) and its own page tables.

global _start:function (_start.end - _start)
extern kmain

BOOT_STACK_SIZE equ 64 * 1024

section .text.entry progbits alloc exec nowrite align=16
_start:
    cli
    mov rsp, boot_stack_top     ; the firmware's stack is not ours to keep
    xor ebp, ebp                ; a zero frame pointer ends stack traces
    call kmain                  ; rdi is still the boot_info_t
.halt:
    cli
    hlt
    jmp .halt
.end:

section .bss
align 16
global boot_stack_bottom
global boot_stack_top
boot_stack_bottom:
    resb BOOT_STACK_SIZE
boot_stack_top:

section .note.GNU-stack noalloc noexec nowrite progbits

; Entry stubs for all 256 interrupt vectors. Each stub makes the stack look
; the same (an error code, real or zero, then the vector number) and jumps
; to interrupt_common, which saves the general registers into an
; interrupt_frame_t (see interrupt.h) and calls interrupt_dispatch.

extern interrupt_dispatch

section .text

; Vectors where the CPU pushes an error code itself.
%define HAS_ERROR_CODE(v) ((v) == 8 || ((v) >= 10 && (v) <= 14) || (v) == 17 || (v) == 21 || (v) == 29 || (v) == 30)

%macro VECTOR_STUB 1
align 16
vector_stub_%1:
%if !HAS_ERROR_CODE(%1)
    push 0
%endif
    push %1
    jmp interrupt_common
%endmacro

%assign v 0
%rep 256
    VECTOR_STUB v
%assign v v + 1
%endrep

interrupt_common:
    push rax
    push rbx
    push rcx
    push rdx
    push rsi
    push rdi
    push rbp
    push r8
    push r9
    push r10
    push r11
    push r12
    push r13
    push r14
    push r15
    cld                         ; the C ABI expects the direction flag clear
    mov rdi, rsp                ; interrupt_frame_t*
    call interrupt_dispatch
    pop r15
    pop r14
    pop r13
    pop r12
    pop r11
    pop r10
    pop r9
    pop r8
    pop rbp
    pop rdi
    pop rsi
    pop rdx
    pop rcx
    pop rbx
    pop rax
    add rsp, 16                 ; vector and error code
    iretq

; The stubs' addresses, for idt.c.
section .rodata
global interrupt_vector_stubs
interrupt_vector_stubs:
%assign v 0
%rep 256
    dq vector_stub_ %+ v
%assign v v + 1
%endrep

section .note.GNU-stack noalloc noexec nowrite progbits

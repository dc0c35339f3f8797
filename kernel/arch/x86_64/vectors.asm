; Entry stubs for all 256 interrupt vectors. Each stub makes the stack look
; the same (an error code, real or zero, then the vector number) and jumps
; to interrupt_common, which saves the general registers into an
; interrupt_frame_t (see interrupt.h) and calls interrupt_dispatch.
;
; GS: in the kernel, GS's base is this CPU's cpu_t; while user code runs
; it is the user's, and the kernel's waits in MSR_KERNEL_GS_BASE. So an
; interrupt that arrives from ring 3 swaps them on the way in and out.
; (An NMI between the syscall instruction and its swapgs would see the
; user's GS; NMIs only come from a panicking CPU, whose halt path does
; not use GS.)

%include "kernel/arch/x86_64/frame.inc"

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
    test qword [rsp + 24], 3    ; the saved CS: did we come from ring 3?
    jz .from_kernel
    swapgs
.from_kernel:
    FRAME_PUSH_REGISTERS
    cld                         ; the C ABI expects the direction flag clear
    mov rdi, rsp                ; interrupt_frame_t*
    call interrupt_dispatch

; Restore the interrupt_frame_t at rsp and return to it; new user threads
; also start here (context_enter_user, context.c).
global interrupt_return:function (interrupt_return.end - interrupt_return)
interrupt_return:
    FRAME_POP_REGISTERS
    add rsp, 16                 ; vector and error code
    test qword [rsp + 8], 3     ; the CS we return to
    jz .to_kernel
    swapgs
.to_kernel:
    iretq
.end:

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

; setjmp and longjmp (C17 7.13) for the System V x86-64 ABI, user space
; only (MXCSR and the x87 control word are state the kernel and the
; bootloader do not use).
;
; A jmp_buf (see <setjmp.h>) holds what a function may rely on across a
; call: the callee-saved registers rbx, rbp and r12-r15, the stack pointer
; and return address of setjmp's caller, and the floating-point control
; state the ABI also makes callee-saved: MXCSR's control bits and the x87
; control word. Layout, in bytes:
;   0 rbx, 8 rbp, 16 r12, 24 r13, 32 r14, 40 r15, 48 rsp, 56 rip,
;   64 MXCSR (4 bytes), 68 x87 control word (2 bytes)

MXCSR_FLAGS equ 0x3F        ; MXCSR's exception flags: status, not control

global setjmp
global longjmp
; POSIX's _setjmp and _longjmp are the same two functions: neither pair
; saves a signal mask here (there is none).
global _setjmp
global _longjmp

section .text

; int setjmp(jmp_buf env): env in rdi; returns 0 now, and longjmp's value
; when a longjmp comes back here.
_setjmp:
setjmp:
    mov [rdi], rbx
    mov [rdi + 8], rbp
    mov [rdi + 16], r12
    mov [rdi + 24], r13
    mov [rdi + 32], r14
    mov [rdi + 40], r15
    lea rdx, [rsp + 8]      ; the caller's rsp once this call has returned
    mov [rdi + 48], rdx
    mov rdx, [rsp]          ; where this call returns to
    mov [rdi + 56], rdx
    stmxcsr [rdi + 64]
    fnstcw [rdi + 68]
    xor eax, eax
    ret

; _Noreturn void longjmp(jmp_buf env, int value): env in rdi, value in esi.
; Returns from env's setjmp once more, with value (1 if value is 0).
_longjmp:
longjmp:
    mov eax, esi
    test eax, eax
    jnz .restore
    mov eax, 1
.restore:
    mov rbx, [rdi]
    mov rbp, [rdi + 8]
    mov r12, [rdi + 16]
    mov r13, [rdi + 24]
    mov r14, [rdi + 32]
    mov r15, [rdi + 40]
    ; MXCSR's control bits come back; its exception flags stay as they are
    ; now (C17 does not restore the status flags). The red zone below rsp
    ; serves as scratch space.
    stmxcsr [rsp - 8]
    mov edx, [rsp - 8]
    and edx, MXCSR_FLAGS
    mov ecx, [rdi + 64]
    and ecx, ~MXCSR_FLAGS
    or edx, ecx
    mov [rsp - 8], edx
    ldmxcsr [rsp - 8]
    fldcw [rdi + 68]
    mov rsp, [rdi + 48]
    jmp [rdi + 56]

section .note.GNU-stack noalloc noexec nowrite progbits

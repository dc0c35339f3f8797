; Where every thread made by thread_create_raw() begins (see
; thread_create_raw.c). The kernel starts it here with rdi = the argument
; and rsp 16 bytes below the thread's control block, the 8 bytes at rsp
; holding the entry function. The entry must not return into nothing: once
; it returns, the thread exits.

SYS_THREAD_EXIT equ 1        ; as in <sys/syscall.h> (numbers are never reused)

global _thread_start

section .text
_thread_start:
    mov rax, [rsp]          ; the entry function
    add rsp, 16             ; the control block, 16-byte aligned
    wrfsbase rsp            ; FS points at it (its self field is set)
    ; the stack grows down from just under the block
    xor ebp, ebp            ; a zero frame pointer ends stack traces here
    call rax                ; entry(argument): rdi is still the argument
    mov eax, SYS_THREAD_EXIT
    syscall
    ud2                     ; thread_exit does not return

section .note.GNU-stack noalloc noexec nowrite progbits

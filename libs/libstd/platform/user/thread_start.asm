; Where every thread made by thread_create_raw() begins (see
; thread_create_raw.c). The kernel starts it here with rdi = the argument
; and rsp = the stack top given minus 16, where the 8 bytes at rsp hold
; the entry function. The entry must not return into nothing: once it
; returns, the thread exits.

SYS_THREAD_EXIT equ 1        ; as in <sys/syscall.h> (numbers are never reused)

global _thread_start

section .text
_thread_start:
    mov rax, [rsp]          ; the entry function
    add rsp, 16             ; back to the 16-byte aligned top
    xor ebp, ebp            ; a zero frame pointer ends stack traces here
    call rax                ; entry(argument): rdi is still the argument
    mov eax, SYS_THREAD_EXIT
    syscall
    ud2                     ; thread_exit does not return

section .note.GNU-stack noalloc noexec nowrite progbits

; Where every thread made by thread_create_raw() begins (see
; thread_create_raw.c). The kernel starts it here with rdi = the argument
; and rsp at a 16-byte aligned slot holding the entry function and then
; the thread's control block, with the thread-local variables under the
; block. The entry must not return into nothing: once it returns, the
; thread exits.

%include "syscalls/numbers.inc" ; SYS_ numbers, generated from syscalls.list

global _thread_start

section .text
_thread_start:
    mov rax, [rsp]          ; the entry function
    mov rdx, [rsp + 8]      ; the control block (its self field is set)
    wrfsbase rdx
    ; the stack grows down from the slot, which is 16-byte aligned as a
    ; call needs (the return address goes just below it)
    xor ebp, ebp            ; a zero frame pointer ends stack traces here
    call rax                ; entry(argument): rdi is still the argument
    mov eax, SYS_THREAD_EXIT
    syscall
    ud2                     ; thread_exit does not return

section .note.GNU-stack noalloc noexec nowrite progbits

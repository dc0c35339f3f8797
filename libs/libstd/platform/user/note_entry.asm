; Where the kernel starts a note handler: rdi points at the note's text,
; rsp is as just after a call. We call the C handler libstd registered,
; then write "noted" to our ctl file, which resumes the interrupted code
; (the write does not return). If it does fail, the process ends.

%include "syscalls/numbers.inc" ; SYS_ numbers, generated from syscalls.list
%define EINTR 4

extern _note_user_handler
extern _note_ctl_fd
global _note_entry:function (_note_entry.end - _note_entry)

section .text
_note_entry:
    sub rsp, 8                          ; 16-byte aligned for the call
    call [rel _note_user_handler]
.noted:
    mov edi, [rel _note_ctl_fd]
    lea rsi, [rel noted]
    mov edx, noted.length
    mov eax, SYS_WRITE
    syscall
    ; Interrupted (another note came while the ctl file's lock was busy:
    ; other threads share the file): say it again.
    cmp rax, -EINTR
    je .noted
    mov edi, 1
    mov eax, SYS_PROCESS_EXIT
    syscall
    ud2
.end:

section .rodata
noted: db "noted"
.length: equ $ - noted

section .note.GNU-stack noalloc noexec nowrite progbits

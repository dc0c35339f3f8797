; Program entry point. The kernel starts every process here with
; rdi = argc, rsi = argv and rdx = envp (see <sys/syscall.h>), which are
; also _libstd_start's three arguments; the rest is C.

global _start
extern _libstd_start

section .text
_start:
    xor ebp, ebp            ; a zero frame pointer ends stack traces here
    and rsp, -16            ; the ABI wants rsp 16-byte aligned at a call
    call _libstd_start      ; does not return
    ud2

section .note.GNU-stack noalloc noexec nowrite progbits

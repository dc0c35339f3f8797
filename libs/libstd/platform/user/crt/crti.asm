; Opening halves of _init and _fini. The linker concatenates the .init
; (and .fini) sections of crti.o, crtbegin.o, crtend.o and crtn.o, in that
; order, into one function each; crtn.o holds the closing halves.

global _init
global _fini

section .init progbits alloc exec nowrite align=1
_init:
    push rbp                ; keeps rsp 16-byte aligned for the calls between
    mov rbp, rsp

section .fini progbits alloc exec nowrite align=1
_fini:
    push rbp
    mov rbp, rsp

section .note.GNU-stack noalloc noexec nowrite progbits

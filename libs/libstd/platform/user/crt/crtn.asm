; Closing halves of _init and _fini (see crti.asm).

section .init progbits alloc exec nowrite align=1
    pop rbp
    ret

section .fini progbits alloc exec nowrite align=1
    pop rbp
    ret

section .note.GNU-stack noalloc noexec nowrite progbits

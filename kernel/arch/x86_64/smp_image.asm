; The application-processor trampoline, assembled separately as a flat
; binary (see kernel/kernel.mk) and embedded here for smp.c to copy.

global trampoline_image
global trampoline_image_size

section .rodata
trampoline_image:
    incbin TRAMPOLINE_PATH
trampoline_image_end:

align 8
trampoline_image_size:
    dq trampoline_image_end - trampoline_image

section .note.GNU-stack noalloc noexec nowrite progbits

; The console font, a .grf file generated at build time from a Debian PSF
; console font (see kernel/kernel.mk); FONT_PATH is defined by the build.

global console_font_data
global console_font_size

section .rodata
console_font_data:
    incbin FONT_PATH
console_font_end:

align 8
console_font_size:
    dq console_font_end - console_font_data

section .note.GNU-stack noalloc noexec nowrite progbits

; void gdt_load(const gdt_pointer_t* pointer, uint16_t code, uint16_t data, uint16_t tss)
; Load the GDT, reload the code, data and stack segments and the task register.

global gdt_load

section .text
gdt_load:
    lgdt [rdi]
    mov ds, dx
    mov es, dx
    mov ss, dx
    ; FS and GS are left alone: loading any selector into them resets
    ; their base, and GS's base is this CPU's per-CPU data (set by MSR).
    ltr cx
    ; CS can only change through a far transfer: return to ourselves.
    pop rax
    push rsi
    push rax
    retfq

section .note.GNU-stack noalloc noexec nowrite progbits

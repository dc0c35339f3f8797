; void gdt_load(const gdt_pointer_t* pointer, uint16_t code, uint16_t data, uint16_t tss)
; Load the GDT, reload every segment register and the task register.

global gdt_load

section .text
gdt_load:
    lgdt [rdi]
    mov ds, dx
    mov es, dx
    mov ss, dx
    xor eax, eax
    mov fs, ax          ; fs/gs bases are set through MSRs, not selectors
    mov gs, ax
    ltr cx
    ; CS can only change through a far transfer: return to ourselves.
    pop rax
    push rsi
    push rax
    retfq

section .note.GNU-stack noalloc noexec nowrite progbits

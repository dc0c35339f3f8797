; int user_copy_raw(void* dest, const void* src, uint64_t count)
; Copy bytes where one side is user memory the caller has range-checked.
; Returns 0, or -EFAULT (-14) if a page is not there: the copy instructions
; are in the exception table, so a fault resumes at .fault (see mem/fault.c).
; Eight bytes per step, then the rest: an emulator (QEMU's TCG) runs each
; step of a rep string instruction on its own, so rep movsb alone cost
; eight times as many steps, and every read, write, pipe and socket
; transfer pays for this copy.

global user_copy_raw:function (user_copy_raw.end - user_copy_raw)

section .text
user_copy_raw:
    mov rcx, rdx
    shr rcx, 3
.copy_words:
    rep movsq
    mov ecx, edx
    and ecx, 7
.copy_bytes:
    rep movsb
    xor eax, eax
    ret
.fault:
    mov eax, -14
    ret
.end:

; int user_store_u32_raw(uint32_t* dest, uint32_t value)
; One aligned 4-byte store to range-checked user memory: other CPUs see
; the old word or the new one, never a mix (rep movsb may store byte by
; byte). 0, or -EFAULT with nothing stored.
global user_store_u32_raw:function (user_store_u32_raw.end - user_store_u32_raw)
user_store_u32_raw:
.store:
    mov [rdi], esi
    xor eax, eax
    ret
.fault:
    mov eax, -14
    ret
.end:

section .extable alloc noexec nowrite align=8
    dq user_copy_raw.copy_words, user_copy_raw.fault
    dq user_copy_raw.copy_bytes, user_copy_raw.fault
    dq user_store_u32_raw.store, user_store_u32_raw.fault

section .note.GNU-stack noalloc noexec nowrite progbits

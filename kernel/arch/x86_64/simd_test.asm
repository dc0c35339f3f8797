; Helpers for the SIMD-survives-preemption test (sched/sched_test.c): fill
; all sixteen vector registers with a pattern derived from a seed, and
; check later that they still hold it. The kernel's C code never touches
; these registers, so only a context switch could change them.
;
; void simd_test_fill(uint64_t seed, int avx)
; int simd_test_check(uint64_t seed, int avx)   -> 1 if every register matches

global simd_test_fill:function (simd_test_fill.end - simd_test_fill)
global simd_test_check:function (simd_test_check.end - simd_test_check)

section .text

; Write the 32-byte pattern of register %1 at [rsp]: seed + 4 * %1 + lane.
%macro PATTERN 1
    lea rax, [rdi + 4 * %1]
    mov [rsp], rax
    inc rax
    mov [rsp + 8], rax
    inc rax
    mov [rsp + 16], rax
    inc rax
    mov [rsp + 24], rax
%endmacro

; Load register %1 with its pattern (ymm with AVX, xmm without).
%macro FILL_ONE 1
    PATTERN %1
    test esi, esi
    jz %%sse
    vmovdqu ymm%1, [rsp]
    jmp %%done
%%sse:
    movdqu xmm%1, [rsp]
%%done:
%endmacro

; Compare register %1 with its pattern; jump to .mismatch if it differs.
%macro CHECK_ONE 1
    PATTERN %1
    test esi, esi
    jz %%sse
    vmovdqu [rsp + 32], ymm%1
    jmp %%compare
%%sse:
    movdqu [rsp + 32], xmm%1
    mov rax, [rsp + 16]         ; only the low 16 bytes exist: make the
    mov [rsp + 48], rax         ; upper lanes compare equal
    mov rax, [rsp + 24]
    mov [rsp + 56], rax
%%compare:
    mov rax, [rsp]
    cmp rax, [rsp + 32]
    jne .mismatch
    mov rax, [rsp + 8]
    cmp rax, [rsp + 40]
    jne .mismatch
    mov rax, [rsp + 16]
    cmp rax, [rsp + 48]
    jne .mismatch
    mov rax, [rsp + 24]
    cmp rax, [rsp + 56]
    jne .mismatch
%endmacro

simd_test_fill:
    sub rsp, 40
%assign r 0
%rep 16
    FILL_ONE r
%assign r r + 1
%endrep
    add rsp, 40
    ret
.end:

simd_test_check:
    sub rsp, 72
%assign r 0
%rep 16
    CHECK_ONE r
%assign r r + 1
%endrep
    mov eax, 1
    add rsp, 72
    ret
.mismatch:
    xor eax, eax
    add rsp, 72
    ret
.end:

section .note.GNU-stack noalloc noexec nowrite progbits

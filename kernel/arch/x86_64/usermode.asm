; Running a piece of code in ring 3 and coming back: what the kernel's
; tests use to check that user faults reach their owner, ahead of real
; processes. The context holds the callee-saved registers and the stack
; pointer of usermode_call, so that a fault handler can "return" from it.
;
; uint64_t usermode_call(uint64_t rip, uint64_t rsp, usermode_context_t* context)
;     Enter ring 3 at rip with stack rsp, interrupts off. Returns the value
;     a handler later passes to usermode_return.
; _Noreturn void usermode_return(usermode_context_t* context, uint64_t value)

%define GDT_KERNEL_DATA 0x10
%define GDT_USER_DATA (0x18 | 3)
%define GDT_USER_CODE (0x20 | 3)

global usermode_call:function (usermode_call.end - usermode_call)
global usermode_return:function (usermode_return.end - usermode_return)

section .text
usermode_call:
    mov [rdx + 0], rbx
    mov [rdx + 8], rbp
    mov [rdx + 16], r12
    mov [rdx + 24], r13
    mov [rdx + 32], r14
    mov [rdx + 40], r15
    mov [rdx + 48], rsp         ; points at our return address
    push GDT_USER_DATA          ; ss
    push rsi                    ; rsp
    push 0x2                    ; rflags: interrupts off (bit 1 is always set)
    push GDT_USER_CODE          ; cs
    push rdi                    ; rip
    ; Nothing of the kernel's leaks into user registers.
    xor eax, eax
    xor ebx, ebx
    xor ecx, ecx
    xor edx, edx
    xor esi, esi
    xor edi, edi
    xor ebp, ebp
    xor r8d, r8d
    xor r9d, r9d
    xor r10d, r10d
    xor r11d, r11d
    xor r12d, r12d
    xor r13d, r13d
    xor r14d, r14d
    xor r15d, r15d
    swapgs                      ; user GS in, the kernel's kept (see vectors.asm)
    iretq
.end:

usermode_return:
    mov rax, rsi
    mov rbx, [rdi + 0]
    mov rbp, [rdi + 8]
    mov r12, [rdi + 16]
    mov r13, [rdi + 24]
    mov r14, [rdi + 32]
    mov r15, [rdi + 40]
    mov rsp, [rdi + 48]
    ; Entering from ring 3 left a null SS; the kernel's data selectors go back.
    mov ecx, GDT_KERNEL_DATA
    mov ss, cx
    mov ds, cx
    mov es, cx
    ret
.end:

section .note.GNU-stack noalloc noexec nowrite progbits

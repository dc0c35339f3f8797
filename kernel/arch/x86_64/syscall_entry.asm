; The system-call entry: where the syscall instruction lands (MSR_LSTAR).
;
; The CPU has put the user's rip in rcx and rflags in r11, masked
; interrupts (MSR_FMASK) and left rsp alone. We swap GS to reach this
; CPU's cpu_t, move to the thread's kernel stack, and save the registers as
; an interrupt_frame_t, so the rest of the kernel sees a system call like
; any other entry from ring 3 (a fault handler, the scheduler and a new
; thread's first return to user mode all use that layout).

%define GDT_USER_DATA (0x18 | 3)
%define GDT_USER_CODE (0x20 | 3)
%define SYSCALL_FRAME_VECTOR 0x100      ; not a real vector: marks a system call (syscall_entry.h)
%define CPU_SYSCALL_STACK 8             ; offsetof(cpu_t, arch.syscall_stack), checked in syscall.c
%define CPU_SYSCALL_USER_RSP 16         ; offsetof(cpu_t, arch.syscall_user_rsp)
%define CPU_SYSCALLS 24                 ; offsetof(cpu_t, arch.syscalls)

%include "kernel/arch/x86_64/frame.inc"

extern syscall_dispatch
extern interrupt_return
global syscall_entry:function (syscall_entry.end - syscall_entry)

section .text
syscall_entry:
    swapgs
    ; Counted per CPU while interrupts are still off: a plain increment is
    ; enough, where a shared counter would cost every call a locked one.
    inc qword [gs:CPU_SYSCALLS]
    mov [gs:CPU_SYSCALL_USER_RSP], rsp
    mov rsp, [gs:CPU_SYSCALL_STACK]
    push GDT_USER_DATA                  ; ss
    push qword [gs:CPU_SYSCALL_USER_RSP] ; rsp
    push r11                            ; rflags
    push GDT_USER_CODE                  ; cs
    push rcx                            ; rip
    push 0                              ; error code
    push SYSCALL_FRAME_VECTOR
    FRAME_PUSH_REGISTERS
    xor ebp, ebp                        ; the end of the stack trace
    mov rdi, rsp                        ; interrupt_frame_t*
    sti                                 ; system calls are preemptible
    call syscall_dispatch               ; returns with interrupts off
    test al, al                         ; the frame changed beyond rax:
    jnz .full_return                    ; restore every register with iretq
    FRAME_POP_REGISTERS
    add rsp, 16                         ; vector and error code
    ; sysret takes rip from rcx and rflags from r11 (both clobbered by the
    ; ABI). The rip is the one syscall saved: canonical, in user space.
    mov rcx, [rsp]
    mov r11, [rsp + 16]
    mov rsp, [rsp + 24]
    swapgs
    o64 sysret
.full_return:
    jmp interrupt_return
.end:

section .note.GNU-stack noalloc noexec nowrite progbits

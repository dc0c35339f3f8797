; void context_switch(uint64_t* save_rsp, uint64_t load_rsp)
; Save the callee-saved registers and RFLAGS on the current stack, store
; the stack pointer in *save_rsp, switch to load_rsp and pop what was saved
; there; "ret" then continues wherever that thread stopped (or, for a new
; thread, at thread_entry: see context_stack_init in context.c).
;
; RFLAGS is per thread like the registers: whatever flags one thread had
; when it switched away (NT, AC, DF...) must not follow into the next,
; which may leave the kernel through iretq (an iretq with NT set faults).

global context_switch:function (context_switch.end - context_switch)
global thread_entry:function (thread_entry.end - thread_entry)
extern sched_thread_entry

section .text
context_switch:
    push rbp
    push rbx
    push r12
    push r13
    push r14
    push r15
    pushfq
    mov [rdi], rsp
    mov rsp, rsi
    popfq
    pop r15
    pop r14
    pop r13
    pop r12
    pop rbx
    pop rbp
    ret
.end:

; A new thread's first "return" lands here, with rsp 16-byte aligned.
thread_entry:
    xor ebp, ebp            ; the end of the frame-pointer chain
    call sched_thread_entry ; does not return
    ud2
.end:

section .note.GNU-stack noalloc noexec nowrite progbits

// A saved frame, printed for a panic report (interrupt_frame_dump,
// kernel/arch/interrupt.h): the exception, every register, and the
// control registers that explain a fault.
#include "cpu.h"

#include <kernel/arch/interrupt.h>
#include <kernel/log/log.h>

static void frame_page_fault_details(uint64_t error_code)
{
    // The error code's low bits say what kind of access failed.
    log_printf_raw("page fault: %s, %s access, %s mode%s\n",
        (error_code & PAGE_FAULT_PRESENT) ? "protection violation" : "page not present",
        (error_code & PAGE_FAULT_WRITE) ? "write" : "read", (error_code & PAGE_FAULT_USER) ? "user" : "kernel",
        (error_code & PAGE_FAULT_FETCH) ? ", instruction fetch" : "");
}

void interrupt_frame_dump(const interrupt_frame_t* frame)
{
    log_printf_raw("exception: vector %lu (%s), error code 0x%lx\n", (unsigned long)frame->vector,
        interrupt_vector_name(frame->vector), (unsigned long)frame->error_code);
    if (frame->vector == VECTOR_PAGE_FAULT)
    {
        frame_page_fault_details(frame->error_code);
    }
    log_printf_raw("rip=0x%016lx cs=0x%lx rflags=0x%lx\n", (unsigned long)frame->rip, (unsigned long)frame->cs,
        (unsigned long)frame->rflags);
    log_printf_raw("rsp=0x%016lx ss=0x%lx\n", (unsigned long)frame->rsp, (unsigned long)frame->ss);
    log_printf_raw("rax=0x%016lx rbx=0x%016lx rcx=0x%016lx\n", (unsigned long)frame->rax,
        (unsigned long)frame->rbx, (unsigned long)frame->rcx);
    log_printf_raw("rdx=0x%016lx rsi=0x%016lx rdi=0x%016lx\n", (unsigned long)frame->rdx,
        (unsigned long)frame->rsi, (unsigned long)frame->rdi);
    log_printf_raw("rbp=0x%016lx r8 =0x%016lx r9 =0x%016lx\n", (unsigned long)frame->rbp,
        (unsigned long)frame->r8, (unsigned long)frame->r9);
    log_printf_raw("r10=0x%016lx r11=0x%016lx r12=0x%016lx\n", (unsigned long)frame->r10,
        (unsigned long)frame->r11, (unsigned long)frame->r12);
    log_printf_raw("r13=0x%016lx r14=0x%016lx r15=0x%016lx\n", (unsigned long)frame->r13,
        (unsigned long)frame->r14, (unsigned long)frame->r15);
    log_printf_raw("cr0=0x%016lx cr2=0x%016lx cr3=0x%016lx cr4=0x%016lx\n", (unsigned long)cpu_read_cr0(),
        (unsigned long)cpu_read_cr2(), (unsigned long)cpu_read_cr3(), (unsigned long)cpu_read_cr4());
}

// The x86-64 half of <kernel/arch/interrupt.h> (included only through it):
// the frame vectors.asm and the system-call entry build, the vector
// numbers, and the frame's accessors.
#ifndef KERNEL_ARCH_X86_64_INTERRUPT_H
#define KERNEL_ARCH_X86_64_INTERRUPT_H 1

#include "cpu.h"

#include <stdbool.h>
#include <stdint.h>

/** Exception vectors the kernel refers to by name. */
#define VECTOR_DIVIDE_ERROR 0
#define VECTOR_NMI 2
#define VECTOR_BREAKPOINT 3
#define VECTOR_INVALID_OPCODE 6
#define VECTOR_DOUBLE_FAULT 8
#define VECTOR_GENERAL_PROTECTION 13
#define VECTOR_PAGE_FAULT 14
#define VECTOR_EXCEPTION_COUNT 32

/** Interrupt vectors the kernel assigns. */
#define VECTOR_TIMER 0x20      // the local APIC timer
#define VECTOR_IRQ_BASE 0x30   // device IRQs routed through the I/O APIC
#define VECTOR_PIC_BASE 0xE0   // the legacy PICs, remapped and masked
#define VECTOR_RESCHEDULE 0xF0 // IPI: run the scheduler
#define VECTOR_TLB 0xF1        // IPI: flush TLB entries
#define VECTOR_SPURIOUS 0xFF

// A page fault's error code.
#define PAGE_FAULT_PRESENT (1ULL << 0) /**< a protection violation, not a missing page */
#define PAGE_FAULT_WRITE (1ULL << 1)
#define PAGE_FAULT_USER (1ULL << 2)
#define PAGE_FAULT_FETCH (1ULL << 4) /**< an instruction fetch */

/**
 * The state saved on interrupt entry, lowest address first: what
 * vectors.asm pushes, then what the CPU pushed.
 */
typedef struct interrupt_frame
{
    uint64_t r15, r14, r13, r12, r11, r10, r9, r8;
    uint64_t rbp, rdi, rsi, rdx, rcx, rbx, rax;
    uint64_t vector;
    uint64_t error_code; /**< zero for vectors without one */
    uint64_t rip, cs, rflags, rsp, ss;
} interrupt_frame_t;

static inline uint64_t interrupt_frame_vector(const interrupt_frame_t* frame)
{
    return frame->vector;
}

static inline bool interrupt_frame_from_user(const interrupt_frame_t* frame)
{
    return (frame->cs & 3) != 0;
}

static inline bool interrupt_frame_interrupts_on(const interrupt_frame_t* frame)
{
    return (frame->rflags & CPU_RFLAGS_IF) != 0;
}

static inline uint64_t interrupt_frame_ip(const interrupt_frame_t* frame)
{
    return frame->rip;
}

static inline void interrupt_frame_set_ip(interrupt_frame_t* frame, uint64_t ip)
{
    frame->rip = ip;
}

static inline uint64_t interrupt_frame_sp(const interrupt_frame_t* frame)
{
    return frame->rsp;
}

static inline uint64_t interrupt_frame_fp(const interrupt_frame_t* frame)
{
    return frame->rbp;
}

/** Valid while handling a page fault: CR2 still holds its address. */
static inline page_fault_t interrupt_page_fault(const interrupt_frame_t* frame)
{
    return (page_fault_t){
        .address = cpu_read_cr2(),
        .missing = !(frame->error_code & PAGE_FAULT_PRESENT),
        .write = (frame->error_code & PAGE_FAULT_WRITE) != 0,
        .exec = (frame->error_code & PAGE_FAULT_FETCH) != 0,
    };
}

#endif

// Interrupt and exception entry: the saved state and handler registration.
#ifndef KERNEL_ARCH_INTERRUPT_H
#define KERNEL_ARCH_INTERRUPT_H 1

#include <stdint.h>

/** Exception vectors the kernel refers to by name. */
#define VECTOR_DIVIDE_ERROR 0
#define VECTOR_NMI 2
#define VECTOR_BREAKPOINT 3
#define VECTOR_INVALID_OPCODE 6
#define VECTOR_DOUBLE_FAULT 8
#define VECTOR_GENERAL_PROTECTION 13
#define VECTOR_PAGE_FAULT 14
// A page fault's error code.
#define PAGE_FAULT_PRESENT (1ULL << 0) /**< a protection violation, not a missing page */
#define PAGE_FAULT_WRITE (1ULL << 1)
#define PAGE_FAULT_USER (1ULL << 2)
#define PAGE_FAULT_FETCH (1ULL << 4) /**< an instruction fetch */
#define VECTOR_EXCEPTION_COUNT 32

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

/** A handler may change the frame; the interrupted code resumes with it. */
typedef void (*interrupt_handler_t)(interrupt_frame_t* frame);

/** Build the IDT (once) and load it on this CPU. */
void idt_init(void);

/** Load the already built IDT on this CPU. */
void idt_load(void);

/**
 * Route a vector to @p handler (NULL restores the default: a kernel panic
 * for exceptions and unexpected interrupts). Returns the previous handler.
 */
interrupt_handler_t interrupt_set_handler(uint8_t vector, interrupt_handler_t handler);

/** A short name for an exception vector ("#PF page fault"), or "interrupt". */
const char* interrupt_vector_name(uint64_t vector);

/** Called by vectors.asm for every interrupt. */
void interrupt_dispatch(interrupt_frame_t* frame);

#endif

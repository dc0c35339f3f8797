// Interrupts and exceptions as the portable kernel sees them: the state
// saved on entry, handlers by vector, and routing a device's interrupt.
//
// The architecture's half, <kernel/arch/current/interrupt.h>, defines:
//
//   interrupt_frame_t   the registers saved on entry; a handler may change
//                       them, and the interrupted code resumes with them
//   vector numbers      VECTOR_TIMER (the timer of timer.h),
//                       VECTOR_RESCHEDULE and VECTOR_TLB (the IPIs of
//                       ipi.h), VECTOR_IRQ_BASE (a device's ISA IRQ n
//                       arrives as VECTOR_IRQ_BASE + n once routed with
//                       interrupt_route_irq), VECTOR_PAGE_FAULT
//   inline accessors    interrupt_frame_vector(frame)
//                       interrupt_frame_from_user(frame): it interrupted
//                         user code
//                       interrupt_frame_interrupts_on(frame): the
//                         interrupted code had interrupts on
//                       interrupt_frame_ip(frame), interrupt_frame_set_ip
//                       interrupt_frame_sp(frame)
//                       interrupt_frame_fp(frame): the frame pointer, where
//                         a stack trace starts
//                       interrupt_page_fault(frame): what a page fault
//                         being handled was (page_fault_t, below)
//
// The architecture calls back into the portable kernel only through the
// entry points of kernel/cpu/upcall.h.
#ifndef KERNEL_ARCH_INTERRUPT_H
#define KERNEL_ARCH_INTERRUPT_H 1

#include <stdbool.h>
#include <stdint.h>

/** A page fault, decoded: the address and the kind of access. */
typedef struct
{
    uint64_t address;
    bool missing; /**< no page there (otherwise the access broke its protection) */
    bool write;
    bool exec; /**< an instruction fetch */
} page_fault_t;

#include <kernel/arch/current/interrupt.h>

/** A handler may change the frame; the interrupted code resumes with it. */
typedef void (*interrupt_handler_t)(interrupt_frame_t* frame);

/**
 * Route a vector to @p handler (NULL restores the default: a kernel panic
 * for exceptions and unexpected interrupts). Returns the previous handler.
 * Exceptions raised by user code never reach a handler: they go to
 * trap_user_fault (kernel/cpu/upcall.h).
 */
interrupt_handler_t interrupt_set_handler(uint8_t vector, interrupt_handler_t handler);

/** A short name for an exception vector ("#PF page fault"), or "interrupt". */
const char* interrupt_vector_name(uint64_t vector);

/**
 * Deliver legacy ISA IRQ @p irq (0-15) to this CPU as @p vector. False if
 * the machine cannot route it.
 */
bool interrupt_route_irq(uint8_t irq, uint8_t vector);

/**
 * Print everything @p frame holds, and the CPU state that explains it (a
 * page fault's access, control registers), with log_printf_raw: the body
 * of a panic report.
 */
void interrupt_frame_dump(const interrupt_frame_t* frame);

#endif

// Kernel panic: report what went wrong on every log output (serial and
// screen) and stop. Under test (the "test" command-line flag) QEMU is told
// to exit with QEMU_EXIT_PANIC so the harness sees a panic at once.
#ifndef KERNEL_PANIC_PANIC_H
#define KERNEL_PANIC_PANIC_H 1

#include <kernel/arch/interrupt.h>

#include <stdbool.h>

/** Panic with a message. */
_Noreturn void panic(const char* fmt, ...) __attribute__((format(printf, 1, 2)));

/**
 * Panic from an exception or interrupt: the report adds what the
 * architecture can say of the saved state (interrupt_frame_dump: on
 * x86-64 the vector, the error code, every register and the control
 * registers) and a stack trace from it.
 */
_Noreturn void panic_frame(const interrupt_frame_t* frame, const char* fmt, ...)
    __attribute__((format(printf, 2, 3)));

/** True once some CPU has started panicking (the others then stop). */
bool panic_active(void);

/** The first line of every panic report; the test harness looks for it. */
#define PANIC_BANNER "!!! KERNEL PANIC !!!"

#endif

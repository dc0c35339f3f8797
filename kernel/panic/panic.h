// Kernel panic: report what went wrong on every log output (serial and
// screen) and stop. Under test (the "test" command-line flag) QEMU is told
// to exit with QEMU_EXIT_PANIC so the harness sees a panic at once.
#ifndef KERNEL_PANIC_PANIC_H
#define KERNEL_PANIC_PANIC_H 1

#include <kernel/arch/x86_64/interrupt.h>

#include <stdbool.h>

/** Panic with a message. */
_Noreturn void panic(const char* fmt, ...) __attribute__((format(printf, 1, 2)));

/**
 * Panic from an exception or interrupt: the report adds the vector, the
 * error code, CR2, every register and a stack trace from the saved state.
 */
_Noreturn void panic_frame(const interrupt_frame_t* frame, const char* fmt, ...)
    __attribute__((format(printf, 2, 3)));

/** True once some CPU has started panicking (the others then stop). */
bool panic_active(void);

/** The first line of every panic report; the test harness looks for it. */
#define PANIC_BANNER "!!! KERNEL PANIC !!!"

#endif

// Ending a test run under QEMU with a status the test harness reads:
// QEMU exits with status (code << 1) | 1. Part of the architecture
// interface (x86-64: the isa-debug-exit device at port 0xF4, qemu.c).
#ifndef KERNEL_ARCH_QEMU_H
#define KERNEL_ARCH_QEMU_H 1

#include <stdbool.h>

/** Values written to the port; QEMU exits with 2 * value + 1. */
#define QEMU_EXIT_PASS 0x10   // status 33
#define QEMU_EXIT_FAIL 0x11   // status 35
#define QEMU_EXIT_PANIC 0x12  // status 37

/** Enable exiting through the port (the kernel runs under the test harness). */
void qemu_set_testing(bool testing);

/** Exit QEMU with @p code if testing; otherwise do nothing. */
void qemu_exit_if_testing(int code);

#endif

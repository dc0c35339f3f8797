// Ending a test run: QEMU's isa-debug-exit device (port 0xF4) makes QEMU
// exit with status (value << 1) | 1, which the test harness reads.
#ifndef KERNEL_ARCH_QEMU_H
#define KERNEL_ARCH_QEMU_H 1

#include <stdbool.h>

#define QEMU_EXIT_PORT 0xF4

/** Values written to the port; QEMU exits with 2 * value + 1. */
#define QEMU_EXIT_PASS 0x10   // status 33
#define QEMU_EXIT_FAIL 0x11   // status 35
#define QEMU_EXIT_PANIC 0x12  // status 37

/** Enable exiting through the port (the kernel runs under the test harness). */
void qemu_set_testing(bool testing);

/** Exit QEMU with @p code if testing; otherwise do nothing. */
void qemu_exit_if_testing(int code);

#endif

// The first serial port (COM1), the kernel's log output and, under test,
// the channel the QEMU harness reads.
#ifndef KERNEL_LOG_SERIAL_H
#define KERNEL_LOG_SERIAL_H 1

#include <stdbool.h>
#include <stddef.h>

/** Set COM1 to 115200 baud, 8 data bits, no parity, one stop bit. */
void serial_init(void);

/** Write bytes, turning "\n" into "\r\n" for terminals. */
void serial_write(const char* text, size_t length);

/** The next received byte, or -1 if none is waiting (or there is no port). */
int serial_read_byte(void);

/**
 * Have the port raise its interrupt (COM1 is ISA IRQ 4) when a byte
 * arrives; false if there is no port.
 */
bool serial_enable_receive_interrupt(void);

#endif

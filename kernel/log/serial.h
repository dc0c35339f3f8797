// The first serial port (COM1), the kernel's log output and, under test,
// the channel the QEMU harness reads.
#ifndef KERNEL_LOG_SERIAL_H
#define KERNEL_LOG_SERIAL_H 1

#include <stddef.h>

/** Set COM1 to 115200 baud, 8 data bits, no parity, one stop bit. */
void serial_init(void);

/** Write bytes, turning "\n" into "\r\n" for terminals. */
void serial_write(const char* text, size_t length);

#endif

// I/O ports, for the legacy PC devices the kernel drives outside
// kernel/arch (the serial port, the PS/2 controller). The architecture's
// half, <kernel/arch/current/io.h>, defines them inline:
//
//   io_out8(port, value), io_in8(port), io_out32(port, value)
//
// An architecture without I/O ports has none of those devices either: it
// leaves their drivers out and brings its own.
#ifndef KERNEL_ARCH_IO_H
#define KERNEL_ARCH_IO_H 1

#include <kernel/arch/current/io.h>

#endif

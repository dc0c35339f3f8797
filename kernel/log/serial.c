#include "serial.h"

#include <kernel/arch/io.h>

#define COM1 0x3F8
#define COM1_DATA (COM1 + 0)
#define COM1_INTERRUPTS (COM1 + 1)
#define COM1_FIFO (COM1 + 2)
#define COM1_LINE_CONTROL (COM1 + 3)
#define COM1_MODEM_CONTROL (COM1 + 4)
#define COM1_LINE_STATUS (COM1 + 5)

#define LINE_DLAB 0x80          // divisor latch access
#define LINE_8N1 0x03
#define LINE_STATUS_EMPTY 0x20  // transmit holding register empty
#define LINE_STATUS_DATA_READY 0x01
#define INTERRUPT_DATA_AVAILABLE 0x01
#define MODEM_IRQ_ENABLE 0x08   // OUT2: lets the UART's interrupt reach the PIC/APIC
#define BAUD_DIVISOR 1          // 115200 / 1

// A machine without a serial port reads back 0xFF; writing to it then
// would spin forever waiting for an empty transmitter.
static int serial_present;

void serial_init(void)
{
    io_out8(COM1_INTERRUPTS, 0x00);
    io_out8(COM1_LINE_CONTROL, LINE_DLAB);
    io_out8(COM1_DATA, BAUD_DIVISOR & 0xFF);
    io_out8(COM1_INTERRUPTS, BAUD_DIVISOR >> 8);
    io_out8(COM1_LINE_CONTROL, LINE_8N1);
    io_out8(COM1_FIFO, 0xC7);          // enable and clear FIFOs
    io_out8(COM1_MODEM_CONTROL, 0x03); // DTR, RTS
    serial_present = io_in8(COM1_LINE_STATUS) != 0xFF;
}

static void serial_put(char c)
{
    // Bounded wait: a stuck UART must not hang the kernel.
    for (int spins = 0; spins < 100000 && !(io_in8(COM1_LINE_STATUS) & LINE_STATUS_EMPTY); spins++)
    {
        __asm__ volatile("pause");
    }
    io_out8(COM1_DATA, (uint8_t)c);
}

void serial_write(const char* text, size_t length)
{
    if (!serial_present)
    {
        return;
    }
    for (size_t i = 0; i < length; i++)
    {
        if (text[i] == '\n')
        {
            serial_put('\r');
        }
        serial_put(text[i]);
    }
}

int serial_read_byte(void)
{
    if (!serial_present || !(io_in8(COM1_LINE_STATUS) & LINE_STATUS_DATA_READY))
    {
        return -1;
    }
    return io_in8(COM1_DATA);
}

bool serial_enable_receive_interrupt(void)
{
    if (!serial_present)
    {
        return false;
    }
    io_out8(COM1_MODEM_CONTROL, 0x03 | MODEM_IRQ_ENABLE);
    io_out8(COM1_INTERRUPTS, INTERRUPT_DATA_AVAILABLE);
    return true;
}

#include "clock.h"

#include <kernel/arch/x86_64/cpu.h>
#include <kernel/arch/x86_64/io.h>

#define PIT_HZ 1193182ULL
#define PIT_CHANNEL2 0x42
#define PIT_COMMAND 0x43
#define PIT_GATE 0x61 // bit 0: channel 2 gate, bit 5: channel 2 output

#define CALIBRATION_MS 20

static uint64_t tsc_hz;
static uint64_t tsc_start;

// Count TSC ticks over CALIBRATION_MS using PIT channel 2 in one-shot
// mode: its output goes high when the count reaches zero.
static uint64_t clock_measure_tsc_hz(void)
{
    uint16_t count = (uint16_t)(PIT_HZ * CALIBRATION_MS / 1000);
    uint8_t gate = io_in8(PIT_GATE);
    io_out8(PIT_GATE, (gate & ~0x02) | 0x01); // gate on, speaker off
    io_out8(PIT_COMMAND, 0xB0);              // channel 2, low+high byte, mode 0
    io_out8(PIT_CHANNEL2, count & 0xFF);
    io_out8(PIT_CHANNEL2, count >> 8);
    uint64_t start = cpu_read_tsc();
    while (!(io_in8(PIT_GATE) & 0x20))
    {
        __asm__ volatile("pause");
    }
    uint64_t end = cpu_read_tsc();
    io_out8(PIT_GATE, gate);
    return (end - start) * 1000 / CALIBRATION_MS;
}

void clock_init(void)
{
    tsc_start = cpu_read_tsc();
    tsc_hz = clock_measure_tsc_hz();
}

uint64_t clock_uptime_ns(void)
{
    if (tsc_hz == 0)
    {
        return 0;
    }
    uint64_t ticks = cpu_read_tsc() - tsc_start;
    // Split to avoid overflowing ticks * 1e9.
    return ticks / tsc_hz * CLOCK_NS_PER_SECOND + ticks % tsc_hz * CLOCK_NS_PER_SECOND / tsc_hz;
}

uint64_t clock_tsc_hz(void)
{
    return tsc_hz;
}

void clock_spin_ns(uint64_t ns)
{
    uint64_t end = clock_uptime_ns() + ns;
    while (clock_uptime_ns() < end)
    {
        __asm__ volatile("pause");
    }
}

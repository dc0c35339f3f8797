#include "clock.h"

#include <kernel/arch/x86_64/cpu.h>
#include <kernel/arch/x86_64/io.h>
#include <kernel/log/log.h>
#include <kernel/mem/vmm.h>

#define PIT_HZ 1193182ULL
#define PIT_CHANNEL2 0x42
#define PIT_COMMAND 0x43
#define PIT_GATE 0x61 // bit 0: channel 2 gate, bit 5: channel 2 output

#define CALIBRATION_MS 20

// HPET registers (IA-PC HPET specification).
#define HPET_CAPABILITIES 0x000 // bits 63-32: counter period in femtoseconds
#define HPET_CONFIG 0x010       // bit 0: counter enabled
#define HPET_COUNTER 0x0F0
#define HPET_COUNT_64BIT (1ULL << 13)
#define HPET_MAX_PERIOD_FS 100000000ULL // the specification's limit: 100 ns
#define FS_PER_NS 1000000ULL

static uint64_t tsc_hz;
static uint64_t tsc_start;
static volatile uint64_t* hpet;
static uint64_t hpet_period_fs;
static uint64_t hpet_offset_ns; // uptime when the HPET took over, minus its reading then

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
        cpu_pause();
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

static uint64_t clock_tsc_ns(void)
{
    uint64_t ticks = cpu_read_tsc() - tsc_start;
    // Split to avoid overflowing ticks * 1e9.
    return ticks / tsc_hz * CLOCK_NS_PER_SECOND + ticks % tsc_hz * CLOCK_NS_PER_SECOND / tsc_hz;
}

static uint64_t clock_hpet_ns(void)
{
    uint64_t count = hpet[HPET_COUNTER / 8];
    // count * period / 1e6 without overflowing for decades.
    return count / FS_PER_NS * hpet_period_fs + count % FS_PER_NS * hpet_period_fs / FS_PER_NS;
}

bool clock_use_hpet(uint64_t address)
{
    if (address == 0)
    {
        log_warn("clock: no HPET; the TSC stays the clock source");
        return false;
    }
    volatile uint64_t* registers = vmm_map_device(address, 1024);
    if (registers == NULL)
    {
        return false;
    }
    uint64_t capabilities = registers[HPET_CAPABILITIES / 8];
    uint64_t period = capabilities >> 32;
    if (period == 0 || period > HPET_MAX_PERIOD_FS || !(capabilities & HPET_COUNT_64BIT))
    {
        log_warn("clock: the HPET is unusable (period %lu fs, %s counter)", (unsigned long)period,
            (capabilities & HPET_COUNT_64BIT) ? "64-bit" : "32-bit");
        return false;
    }
    registers[HPET_CONFIG / 8] |= 1;
    uint64_t before = clock_uptime_ns();
    hpet_period_fs = period;
    hpet = registers;
    hpet_offset_ns = before - clock_hpet_ns();
    log_info("clock: HPET at 0x%lx is the clock source (%lu MHz)", (unsigned long)address,
        (unsigned long)(1000000000ULL / period));
    return true;
}

bool clock_is_hpet(void)
{
    return hpet != NULL;
}

uint64_t clock_uptime_ns(void)
{
    if (hpet != NULL)
    {
        return clock_hpet_ns() + hpet_offset_ns;
    }
    return tsc_hz == 0 ? 0 : clock_tsc_ns();
}

uint64_t clock_deadline_after(uint64_t ns)
{
    uint64_t now = clock_uptime_ns();
    return ns > UINT64_MAX - 1 - now ? UINT64_MAX - 1 : now + ns;
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
        cpu_pause();
    }
}

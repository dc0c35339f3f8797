#include "lapic.h"

#include "cpu.h"

#include <kernel/arch/clock.h>
#include <kernel/arch/ipi.h>
#include <kernel/arch/timer.h>
#include <kernel/mem/vmm.h>
#include <kernel/panic/panic.h>

#include <stddef.h>

// Register offsets (Intel SDM vol. 3, "Local APIC Register Address Map").
#define LAPIC_ID 0x020
#define LAPIC_TPR 0x080
#define LAPIC_EOI 0x0B0
#define LAPIC_SVR 0x0F0
#define LAPIC_ICR_LOW 0x300
#define LAPIC_ICR_HIGH 0x310
#define LAPIC_LVT_TIMER 0x320
#define LAPIC_TIMER_INITIAL 0x380
#define LAPIC_TIMER_CURRENT 0x390
#define LAPIC_TIMER_DIVIDE 0x3E0

#define SVR_ENABLE (1u << 8)
#define LVT_MASKED (1u << 16)
#define TIMER_DIVIDE_16 0x3
#define ICR_PENDING (1u << 12)
#define ICR_ASSERT (1u << 14)
#define ICR_FIXED 0x000
#define ICR_NMI 0x400
#define ICR_INIT 0x500
#define ICR_STARTUP 0x600
#define ICR_ALL_BUT_SELF (3u << 18)

#define CALIBRATION_NS (10 * CLOCK_NS_PER_MS)

static volatile uint32_t* registers;
static uint64_t ticks_per_ms; // timer ticks (after the divider) per millisecond

static uint32_t lapic_read(uint32_t offset)
{
    return registers[offset / 4];
}

static void lapic_write(uint32_t offset, uint32_t value)
{
    registers[offset / 4] = value;
}

void lapic_map(uint64_t phys)
{
    registers = vmm_map_device(phys, 4096);
    if (registers == NULL)
    {
        panic("lapic: cannot map the local APIC at 0x%lx", (unsigned long)phys);
    }
}

#define CALIBRATION_TRIES 8

// The timer's current count, read between two reads of the clock; *ns is
// the middle of the tightest such pair of CALIBRATION_TRIES.
static uint32_t lapic_count_bracketed(uint64_t* ns)
{
    uint64_t best_width = UINT64_MAX;
    uint32_t count = 0;
    for (int i = 0; i < CALIBRATION_TRIES; i++)
    {
        uint64_t before = clock_uptime_ns();
        uint32_t now = lapic_read(LAPIC_TIMER_CURRENT);
        uint64_t after = clock_uptime_ns();
        if (after - before < best_width)
        {
            best_width = after - before;
            count = now;
            *ns = before + best_width / 2;
        }
    }
    return count;
}

void lapic_init_cpu(void)
{
    // The global enable bit in the MSR, then the software enable bit.
    cpu_write_msr(MSR_APIC_BASE, cpu_read_msr(MSR_APIC_BASE) | (1ULL << 11));
    lapic_write(LAPIC_SVR, SVR_ENABLE | VECTOR_SPURIOUS);
    lapic_write(LAPIC_TPR, 0);
    lapic_write(LAPIC_TIMER_DIVIDE, TIMER_DIVIDE_16);
    lapic_write(LAPIC_LVT_TIMER, LVT_MASKED | VECTOR_TIMER);
    if (ticks_per_ms == 0)
    {
        // Let the timer count down from the top for a measured while. Its
        // count is read at each end between two clock reads (the tightest
        // of a few tries), so that a pause of the CPU between a clock read
        // and a count read, a virtual CPU the host stopped running, cannot
        // stretch the count against the time: one boot on a busy host had
        // its timer 3.3 times too slow, and every sleep that much too long.
        lapic_write(LAPIC_TIMER_INITIAL, 0xFFFFFFFF);
        uint64_t start_ns = 0;
        uint64_t end_ns = 0;
        uint32_t start = lapic_count_bracketed(&start_ns);
        clock_spin_ns(CALIBRATION_NS);
        uint32_t end = lapic_count_bracketed(&end_ns);
        lapic_write(LAPIC_TIMER_INITIAL, 0);
        ticks_per_ms = end_ns > start_ns ? (uint64_t)(start - end) * CLOCK_NS_PER_MS / (end_ns - start_ns) : 0;
        if (ticks_per_ms == 0)
        {
            panic("lapic: the timer does not count");
        }
    }
    // One-shot mode (bits 17-18 zero), unmasked.
    lapic_write(LAPIC_LVT_TIMER, VECTOR_TIMER);
}

uint32_t lapic_id(void)
{
    return lapic_read(LAPIC_ID) >> 24;
}

void lapic_eoi(void)
{
    lapic_write(LAPIC_EOI, 0);
}

uint64_t timer_max_ns(void)
{
    return 0xFFFFFFFFULL / ticks_per_ms * CLOCK_NS_PER_MS;
}

void timer_oneshot(uint64_t ns)
{
    uint64_t max = timer_max_ns();
    ns = ns > max ? max : ns;
    uint64_t ticks = ns * ticks_per_ms / CLOCK_NS_PER_MS;
    lapic_write(LAPIC_TIMER_INITIAL, ticks == 0 ? 1 : (uint32_t)ticks);
}

void timer_stop(void)
{
    lapic_write(LAPIC_TIMER_INITIAL, 0);
}

static void lapic_send(uint32_t apic_id, uint32_t command)
{
    while (lapic_read(LAPIC_ICR_LOW) & ICR_PENDING)
    {
        cpu_pause();
    }
    lapic_write(LAPIC_ICR_HIGH, apic_id << 24);
    lapic_write(LAPIC_ICR_LOW, command); // writing the low half sends it
}

void ipi_send(uint32_t hw_id, uint8_t vector)
{
    lapic_send(hw_id, ICR_FIXED | ICR_ASSERT | vector);
}

void ipi_stop_others(void)
{
    lapic_send(0, ICR_NMI | ICR_ASSERT | ICR_ALL_BUT_SELF);
}

void lapic_send_init(uint32_t apic_id)
{
    lapic_send(apic_id, ICR_INIT | ICR_ASSERT);
}

void lapic_send_startup(uint32_t apic_id, uint8_t page)
{
    lapic_send(apic_id, ICR_STARTUP | ICR_ASSERT | page);
}

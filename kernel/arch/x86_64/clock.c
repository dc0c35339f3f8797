#include "cpu.h"
#include "io.h"

#include <kernel/arch/clock.h>
#include <kernel/log/log.h>
#include <kernel/mem/vmm.h>
#include <kernel/time/clock_page.h>

#include <string.h>

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
static uint64_t hpet_start_tsc; // the TSC and the uptime when the HPET took over,
static uint64_t hpet_start_ns;  // to time the TSC against the HPET later

// The TSC as the clock source (clock_use_tsc): uptime = tsc_base_ns +
// (TSC - tsc_base) * tsc_mult / 2^32. Written once, before tsc_source is
// set (release); readers load tsc_source first (acquire).
static uint64_t tsc_base;
static uint64_t tsc_base_ns;
static uint64_t tsc_mult;
static bool tsc_source;

#define CPUID_1_ECX_HYPERVISOR (1u << 31)
#define CPUID_80000007_EDX_INVARIANT_TSC (1u << 8)

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

// The HPET's uptime and the TSC at one instant, as near as can be told:
// the HPET read bracketed by two TSC reads, the tightest of a few tries.
// Without the bracket, a virtual CPU descheduled between the two reads (a
// busy host) skews the TSC's timing by the time it lost: 0.1 % was seen.
#define CLOCK_PAIR_TRIES 8
static void clock_hpet_tsc_pair(uint64_t* ns, uint64_t* tsc)
{
    uint64_t tightest = UINT64_MAX;
    for (int i = 0; i < CLOCK_PAIR_TRIES; i++)
    {
        uint64_t before = cpu_read_tsc();
        uint64_t hpet_ns = clock_hpet_ns();
        uint64_t after = cpu_read_tsc();
        if (after - before < tightest)
        {
            tightest = after - before;
            *ns = hpet_ns + hpet_offset_ns;
            *tsc = before + (after - before) / 2;
        }
    }
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
    clock_hpet_tsc_pair(&hpet_start_ns, &hpet_start_tsc);
    log_info("clock: HPET at 0x%lx is the clock source (%lu MHz)", (unsigned long)address,
        (unsigned long)(1000000000ULL / period));
    return true;
}

bool clock_is_hpet(void)
{
    return hpet != NULL && !__atomic_load_n(&tsc_source, __ATOMIC_ACQUIRE);
}

// Whether the TSC ticks at one rate on every CPU, whatever their power
// states: the CPU says so (invariant TSC), or a hypervisor provides it
// (QEMU and KVM give every virtual CPU the host's TSC, plus one offset).
static bool clock_tsc_trusted(void)
{
    if (cpu_cpuid(1, 0).ecx & CPUID_1_ECX_HYPERVISOR)
    {
        return true;
    }
    return cpu_cpuid(0x80000000, 0).eax >= 0x80000007 &&
        (cpu_cpuid(0x80000007, 0).edx & CPUID_80000007_EDX_INVARIANT_TSC);
}

bool clock_use_tsc(const char* forced)
{
    if (hpet == NULL || __atomic_load_n(&tsc_source, __ATOMIC_ACQUIRE))
    {
        return false;
    }
    if (forced != NULL && strcmp(forced, "hpet") == 0)
    {
        log_info("clock: the HPET stays the clock source (clock=hpet)");
        return false;
    }
    if (forced != NULL && strcmp(forced, "tsc") != 0)
    {
        log_warn("clock: clock=%s is neither hpet nor tsc; ignored", forced);
        forced = NULL;
    }
    if (forced == NULL && !clock_tsc_trusted())
    {
        log_info("clock: the TSC may not tick evenly; the HPET stays the clock source");
        return false;
    }
    // Time the TSC against the HPET since the HPET took over (at least
    // CLOCK_TSC_TIMING_NS), then carry the uptime on from this instant.
    uint64_t now_ns = clock_hpet_ns() + hpet_offset_ns;
    while (now_ns - hpet_start_ns < CLOCK_TSC_TIMING_NS)
    {
        cpu_pause();
        now_ns = clock_hpet_ns() + hpet_offset_ns;
    }
    uint64_t now_tsc;
    clock_hpet_tsc_pair(&now_ns, &now_tsc);
    uint64_t ticks = now_tsc - hpet_start_tsc;
    uint64_t elapsed = now_ns - hpet_start_ns;
    // ticks * 1e9 / elapsed in 64 bits (the kernel has no 128-bit
    // division): the remainder's product stays below 2^64 while elapsed is
    // under 10 s, and halving both keeps the ratio.
    while (elapsed > 10 * CLOCK_NS_PER_SECOND)
    {
        elapsed >>= 1;
        ticks >>= 1;
    }
    uint64_t hz = ticks / elapsed * CLOCK_NS_PER_SECOND + ticks % elapsed * CLOCK_NS_PER_SECOND / elapsed;
    if (hz < 1000000)
    {
        return false;
    }
    tsc_hz = hz;
    tsc_mult = (CLOCK_NS_PER_SECOND << 32) / hz; // 1e9 * 2^32 < 2^64
    tsc_base = now_tsc;
    tsc_base_ns = now_ns;
    __atomic_store_n(&tsc_source, true, __ATOMIC_RELEASE);
    clock_page_publish_tsc(tsc_base, tsc_base_ns, tsc_mult);
    log_info("clock: the TSC is the clock source (%lu.%03lu MHz, timed against the HPET over %lu ms)",
        (unsigned long)(hz / 1000000), (unsigned long)(hz / 1000 % 1000),
        (unsigned long)((now_ns - hpet_start_ns) / CLOCK_NS_PER_MS));
    return true;
}

uint64_t clock_reference_ns(void)
{
    return hpet != NULL ? clock_hpet_ns() + hpet_offset_ns : clock_uptime_ns();
}

bool clock_is_tsc(void)
{
    return __atomic_load_n(&tsc_source, __ATOMIC_ACQUIRE);
}

uint64_t clock_uptime_ns(void)
{
    if (__atomic_load_n(&tsc_source, __ATOMIC_ACQUIRE))
    {
        // Another CPU's TSC may read a hair behind the base it was taken
        // on: never before the switch.
        int64_t ticks = (int64_t)(cpu_read_tsc() - tsc_base);
        ticks = ticks < 0 ? 0 : ticks;
        return tsc_base_ns + (uint64_t)(((unsigned __int128)ticks * tsc_mult) >> 32);
    }
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

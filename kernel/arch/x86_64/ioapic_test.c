#include "cpu.h"
#include <kernel/arch/interrupt.h>
#include "io.h"
#include "ioapic.h"
#include "lapic.h"

#include <kernel/arch/clock.h>
#include <kernel/test/ktest.h>
#include <stddef.h>

#define PIT_CHANNEL0 0x40
#define PIT_COMMAND 0x43
#define TEST_VECTOR (VECTOR_IRQ_BASE + 0)

static volatile int pit_interrupts;

static void ioapic_test_pit(interrupt_frame_t* frame)
{
    (void)frame;
    pit_interrupts++;
}

// The PIT's IRQ 0 is wired to another input on most machines (the MADT's
// override says which): routing it through the I/O APIC must still work.
KTEST(ioapic, legacy_irq_is_routed)
{
    interrupt_set_handler(TEST_VECTOR, ioapic_test_pit);
    pit_interrupts = 0;
    uint64_t flags = cpu_read_rflags();
    cpu_disable_interrupts();
    bool routed = ioapic_route_irq(0, TEST_VECTOR, lapic_id());
    // Channel 0, one-shot (mode 0): one interrupt after 1 ms.
    uint16_t count = 1193;
    io_out8(PIT_COMMAND, 0x30);
    io_out8(PIT_CHANNEL0, count & 0xFF);
    io_out8(PIT_CHANNEL0, count >> 8);
    cpu_enable_interrupts();
    uint64_t deadline = clock_uptime_ns() + 200 * CLOCK_NS_PER_MS;
    while (pit_interrupts == 0 && clock_uptime_ns() < deadline)
    {
        cpu_pause();
    }
    ioapic_mask_irq(0);
    if (!(flags & CPU_RFLAGS_IF))
    {
        cpu_disable_interrupts();
    }
    interrupt_set_handler(TEST_VECTOR, NULL);
    KTEST_ASSERT(routed);
    KTEST_ASSERT_EQ(pit_interrupts, 1);
}

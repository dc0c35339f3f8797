#include "ioapic.h"

#include "io.h"
#include "lapic.h"

#include <kernel/acpi/acpi.h>
#include <kernel/arch/interrupt.h>
#include <kernel/log/log.h>
#include <kernel/mem/vmm.h>

#include <stddef.h>

#define IOAPIC_REGSEL 0x00
#define IOAPIC_WINDOW 0x10
#define IOAPIC_VERSION 0x01
#define IOAPIC_REDIRECTION 0x10 // entry n: registers 0x10 + 2n (low) and + 1 (high)
#define REDIRECTION_MASKED (1u << 16)
#define REDIRECTION_LEVEL (1u << 15)
#define REDIRECTION_ACTIVE_LOW (1u << 13)

// Override flags (ACPI MADT): polarity in bits 0-1, trigger in bits 2-3.
#define OVERRIDE_ACTIVE_LOW 0x3
#define OVERRIDE_LEVEL 0xC

typedef struct
{
    volatile uint32_t* registers;
    uint32_t gsi_base;
    uint32_t inputs;
} ioapic_t;

static ioapic_t ioapics[ACPI_MAX_IOAPICS];
static uint32_t ioapic_count;
static const madt_info_t* madt_info;

static uint32_t ioapic_read(ioapic_t* ioapic, uint32_t reg)
{
    ioapic->registers[IOAPIC_REGSEL / 4] = reg;
    return ioapic->registers[IOAPIC_WINDOW / 4];
}

static void ioapic_write(ioapic_t* ioapic, uint32_t reg, uint32_t value)
{
    ioapic->registers[IOAPIC_REGSEL / 4] = reg;
    ioapic->registers[IOAPIC_WINDOW / 4] = value;
}

// Remap both PICs to VECTOR_PIC_BASE (so a stray interrupt cannot look
// like an exception) and mask every line.
static void pic_disable(void)
{
    io_out8(0x20, 0x11); // initialise, expect ICW4
    io_out8(0xA0, 0x11);
    io_out8(0x21, VECTOR_PIC_BASE);
    io_out8(0xA1, VECTOR_PIC_BASE + 8);
    io_out8(0x21, 0x04); // the slave sits on line 2
    io_out8(0xA1, 0x02);
    io_out8(0x21, 0x01); // 8086 mode
    io_out8(0xA1, 0x01);
    io_out8(0x21, 0xFF);
    io_out8(0xA1, 0xFF);
}

void ioapic_init(const madt_info_t* madt)
{
    madt_info = madt;
    pic_disable();
    for (uint32_t i = 0; i < madt->ioapic_count; i++)
    {
        ioapic_t* ioapic = &ioapics[ioapic_count];
        ioapic->registers = vmm_map_device(madt->ioapics[i].address, 4096);
        if (ioapic->registers == NULL)
        {
            continue;
        }
        ioapic->gsi_base = madt->ioapics[i].gsi_base;
        ioapic->inputs = ((ioapic_read(ioapic, IOAPIC_VERSION) >> 16) & 0xFF) + 1;
        for (uint32_t input = 0; input < ioapic->inputs; input++)
        {
            ioapic_write(ioapic, IOAPIC_REDIRECTION + 2 * input, REDIRECTION_MASKED);
        }
        ioapic_count++;
        log_info("ioapic: %u inputs from GSI %u", ioapic->inputs, ioapic->gsi_base);
    }
}

// The I/O APIC input for ISA IRQ @p irq, and its redirection flags.
static ioapic_t* ioapic_find(uint8_t irq, uint32_t* input, uint32_t* flags)
{
    uint32_t gsi = irq;
    *flags = 0;
    for (uint32_t i = 0; i < madt_info->override_count; i++)
    {
        if (madt_info->overrides[i].irq == irq)
        {
            gsi = madt_info->overrides[i].gsi;
            uint16_t override = madt_info->overrides[i].flags;
            *flags |= (override & OVERRIDE_ACTIVE_LOW) == OVERRIDE_ACTIVE_LOW ? REDIRECTION_ACTIVE_LOW : 0;
            *flags |= (override & OVERRIDE_LEVEL) == OVERRIDE_LEVEL ? REDIRECTION_LEVEL : 0;
        }
    }
    for (uint32_t i = 0; i < ioapic_count; i++)
    {
        if (gsi >= ioapics[i].gsi_base && gsi < ioapics[i].gsi_base + ioapics[i].inputs)
        {
            *input = gsi - ioapics[i].gsi_base;
            return &ioapics[i];
        }
    }
    return NULL;
}

bool ioapic_route_irq(uint8_t irq, uint8_t vector, uint32_t apic_id)
{
    uint32_t input;
    uint32_t flags;
    ioapic_t* ioapic = ioapic_find(irq, &input, &flags);
    if (ioapic == NULL)
    {
        return false;
    }
    ioapic_write(ioapic, IOAPIC_REDIRECTION + 2 * input + 1, apic_id << 24);
    ioapic_write(ioapic, IOAPIC_REDIRECTION + 2 * input, vector | flags);
    return true;
}

void ioapic_mask_irq(uint8_t irq)
{
    uint32_t input;
    uint32_t flags;
    ioapic_t* ioapic = ioapic_find(irq, &input, &flags);
    if (ioapic != NULL)
    {
        ioapic_write(ioapic, IOAPIC_REDIRECTION + 2 * input, REDIRECTION_MASKED);
    }
}

bool interrupt_route_irq(uint8_t irq, uint8_t vector)
{
    return ioapic_route_irq(irq, vector, lapic_id());
}

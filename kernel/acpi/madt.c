// The Multiple APIC Description Table ("APIC"): which processors exist,
// where the I/O APICs are, and how legacy IRQs are rewired.
#include "acpi.h"

#include <kernel/log/log.h>

#include <stddef.h>

#include <string.h>

typedef struct __attribute__((packed))
{
    acpi_header_t header;
    uint32_t lapic_address;
    uint32_t flags; // bit 0: the machine has 8259 PICs
} madt_t;

enum
{
    MADT_LOCAL_APIC = 0,
    MADT_IO_APIC = 1,
    MADT_OVERRIDE = 2,
    MADT_LAPIC_ADDRESS = 5,
};

#define MADT_CPU_ENABLED 1
#define MADT_CPU_ONLINE_CAPABLE 2

bool madt_parse(madt_info_t* info)
{
    memset(info, 0, sizeof(*info));
    const madt_t* madt = (const madt_t*)acpi_find("APIC");
    if (madt == NULL || madt->header.length < sizeof(madt_t))
    {
        log_error("acpi: no MADT");
        return false;
    }
    info->lapic_address = madt->lapic_address;
    info->legacy_pics = madt->flags & 1;
    const uint8_t* entry = (const uint8_t*)(madt + 1);
    const uint8_t* end = (const uint8_t*)madt + madt->header.length;
    while (entry + 2 <= end && entry[1] >= 2 && entry + entry[1] <= end)
    {
        switch (entry[0])
        {
        case MADT_LOCAL_APIC: // acpi processor id, apic id, flags
        {
            uint32_t flags;
            memcpy(&flags, entry + 4, 4);
            if ((flags & (MADT_CPU_ENABLED | MADT_CPU_ONLINE_CAPABLE)) && info->cpu_count < ACPI_MAX_CPUS)
            {
                info->cpu_apic_ids[info->cpu_count++] = entry[3];
            }
            break;
        }
        case MADT_IO_APIC: // id, reserved, address, gsi base
            if (info->ioapic_count < ACPI_MAX_IOAPICS)
            {
                uint32_t address;
                memcpy(&address, entry + 4, 4);
                info->ioapics[info->ioapic_count].id = entry[2];
                info->ioapics[info->ioapic_count].address = address;
                memcpy(&info->ioapics[info->ioapic_count].gsi_base, entry + 8, 4);
                info->ioapic_count++;
            }
            break;
        case MADT_OVERRIDE: // bus, source irq, gsi, flags
            if (info->override_count < ACPI_MAX_OVERRIDES)
            {
                info->overrides[info->override_count].irq = entry[3];
                memcpy(&info->overrides[info->override_count].gsi, entry + 4, 4);
                memcpy(&info->overrides[info->override_count].flags, entry + 8, 2);
                info->override_count++;
            }
            break;
        case MADT_LAPIC_ADDRESS: // reserved, 64-bit address
            memcpy(&info->lapic_address, entry + 4, 8);
            break;
        default:
            break;
        }
        entry += entry[1];
    }
    log_info("acpi: MADT: %u CPUs, %u I/O APICs, %u IRQ overrides", info->cpu_count, info->ioapic_count,
        info->override_count);
    return info->cpu_count > 0;
}

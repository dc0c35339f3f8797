#include "acpi.h"

#include <kernel/log/log.h>
#include <kernel/mem/pmm.h>

#include <stddef.h>
#include <string.h>

typedef struct __attribute__((packed))
{
    char signature[8]; // "RSD PTR "
    uint8_t checksum;  // over the first 20 bytes
    char oem_id[6];
    uint8_t revision; // 0: ACPI 1.0, 2: ACPI 2.0 and later
    uint32_t rsdt_address;
    uint32_t length; // from here on: ACPI 2.0 only
    uint64_t xsdt_address;
    uint8_t extended_checksum;
    uint8_t reserved[3];
} rsdp_t;

static const acpi_header_t* root; // the XSDT or the RSDT
static int root_entry_size;       // 8 (XSDT) or 4 (RSDT)

bool acpi_checksum_ok(const void* table, uint64_t length)
{
    uint8_t sum = 0;
    for (uint64_t i = 0; i < length; i++)
    {
        sum += ((const uint8_t*)table)[i];
    }
    return sum == 0;
}

bool acpi_init(const void* rsdp_pointer)
{
    const rsdp_t* rsdp = rsdp_pointer;
    if (rsdp == NULL || memcmp(rsdp->signature, "RSD PTR ", 8) != 0 || !acpi_checksum_ok(rsdp, 20))
    {
        log_error("acpi: no valid RSDP");
        return false;
    }
    if (rsdp->revision >= 2 && rsdp->xsdt_address != 0 && acpi_checksum_ok(rsdp, rsdp->length))
    {
        root = PHYS_TO_VIRT(rsdp->xsdt_address);
        root_entry_size = 8;
    }
    else
    {
        root = PHYS_TO_VIRT((uint64_t)rsdp->rsdt_address);
        root_entry_size = 4;
    }
    const char* expected = root_entry_size == 8 ? "XSDT" : "RSDT";
    if (memcmp(root->signature, expected, 4) != 0 || !acpi_checksum_ok(root, root->length))
    {
        log_error("acpi: the %s is damaged", expected);
        root = NULL;
        return false;
    }
    log_info("acpi: revision %u, %s with %lu tables", rsdp->revision, expected,
        (unsigned long)((root->length - sizeof(acpi_header_t)) / root_entry_size));
    return true;
}

const acpi_header_t* acpi_find(const char* signature)
{
    if (root == NULL)
    {
        return NULL;
    }
    uint64_t count = (root->length - sizeof(acpi_header_t)) / root_entry_size;
    const uint8_t* entries = (const uint8_t*)(root + 1);
    for (uint64_t i = 0; i < count; i++)
    {
        uint64_t address = 0;
        memcpy(&address, entries + i * root_entry_size, root_entry_size);
        const acpi_header_t* table = PHYS_TO_VIRT(address);
        if (memcmp(table->signature, signature, 4) == 0 && acpi_checksum_ok(table, table->length))
        {
            return table;
        }
    }
    return NULL;
}

typedef struct __attribute__((packed))
{
    acpi_header_t header;
    uint8_t hardware_rev_id;
    uint8_t comparators; // count - 1 (bits 0-4), 64-bit counter (bit 5)...
    uint16_t pci_vendor_id;
    uint8_t address_space; // generic address structure: 0 = memory
    uint8_t register_bit_width;
    uint8_t register_bit_offset;
    uint8_t access_size;
    uint64_t address;
    uint8_t hpet_number;
    uint16_t minimum_tick;
    uint8_t page_protection;
} hpet_table_t;

uint64_t acpi_hpet_address(void)
{
    const hpet_table_t* table = (const hpet_table_t*)acpi_find("HPET");
    if (table == NULL || table->header.length < sizeof(hpet_table_t) || table->address_space != 0)
    {
        return 0;
    }
    return table->address;
}

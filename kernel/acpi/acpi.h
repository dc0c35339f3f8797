// ACPI tables, as far as the kernel needs them: finding a table by its
// signature (through the XSDT, or the RSDT on ACPI 1.0 machines), the MADT
// (processors and interrupt controllers) and the HPET table.
#ifndef KERNEL_ACPI_ACPI_H
#define KERNEL_ACPI_ACPI_H 1

#include <stdbool.h>
#include <stdint.h>

/** The header every ACPI table starts with. */
typedef struct __attribute__((packed))
{
    char signature[4];
    uint32_t length; /**< the whole table, header included */
    uint8_t revision;
    uint8_t checksum; /**< all bytes of the table sum to zero */
    char oem_id[6];
    char oem_table_id[8];
    uint32_t oem_revision;
    uint32_t creator_id;
    uint32_t creator_revision;
} acpi_header_t;

/** Check the RSDP and its root table; false (reported) if they are broken. */
bool acpi_init(const void* rsdp);

/** The first table with @p signature whose checksum is right, or NULL. */
const acpi_header_t* acpi_find(const char* signature);

/** True if the @p length bytes at @p table sum to zero (mod 256). */
bool acpi_checksum_ok(const void* table, uint64_t length);

#define ACPI_MAX_CPUS 64
#define ACPI_MAX_IOAPICS 8
#define ACPI_MAX_OVERRIDES 16

/** What the MADT says about processors and interrupt controllers. */
typedef struct madt_info
{
    uint64_t lapic_address; /**< physical address of every CPU's local APIC */
    uint32_t cpu_count;
    uint8_t cpu_apic_ids[ACPI_MAX_CPUS]; /**< enabled processors' local APIC ids */
    uint32_t ioapic_count;
    struct
    {
        uint8_t id;
        uint64_t address;  /**< physical */
        uint32_t gsi_base; /**< first global system interrupt it serves */
    } ioapics[ACPI_MAX_IOAPICS];
    uint32_t override_count;
    struct
    {
        uint8_t irq;   /**< legacy ISA IRQ */
        uint32_t gsi;  /**< where it is really wired */
        uint16_t flags; /**< polarity (bits 0-1) and trigger mode (bits 2-3) */
    } overrides[ACPI_MAX_OVERRIDES];
    bool legacy_pics; /**< the machine also has 8259 PICs (they must be masked) */
} madt_info_t;

/** Read the MADT; false if there is none or it is malformed. */
bool madt_parse(madt_info_t* info);

/** The HPET's physical address from the HPET table; 0 if there is none. */
uint64_t acpi_hpet_address(void);

#endif

#include "rsdp.h"

#include "efi.h"

#include <string.h>

void* rsdp_find(void)
{
    EFI_GUID acpi20 = ACPI_20_TABLE_GUID;
    EFI_GUID acpi10 = ACPI_TABLE_GUID;
    void* found = NULL;
    for (UINTN i = 0; i < efi_system->NumberOfTableEntries; i++)
    {
        EFI_CONFIGURATION_TABLE* table = &efi_system->ConfigurationTable[i];
        if (memcmp(&table->VendorGuid, &acpi20, sizeof(EFI_GUID)) == 0)
        {
            return table->VendorTable;
        }
        if (memcmp(&table->VendorGuid, &acpi10, sizeof(EFI_GUID)) == 0)
        {
            found = table->VendorTable;
        }
    }
    return found;
}

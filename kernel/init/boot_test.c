#include "boot.h"

#include <kernel/test/ktest.h>

#include <string.h>

KTEST(boot, info_is_valid)
{
    KTEST_ASSERT(boot_info != NULL);
    KTEST_ASSERT_EQ(boot_info->magic, BOOT_INFO_MAGIC);
    KTEST_ASSERT((uint64_t)boot_info >= BOOT_HHDM_BASE);
}

KTEST(boot, memory_map_has_usable_memory)
{
    KTEST_ASSERT(boot_info->memory_map.count > 0);
    KTEST_ASSERT(boot_info->memory_map.descriptor_size >= sizeof(boot_memory_descriptor_t));
    // The test harness gives the machine at least 128 MiB.
    KTEST_ASSERT(boot_usable_memory(boot_info) >= 64ULL << 20);
}

KTEST(boot, kernel_is_where_it_says)
{
    const boot_kernel_t* kernel = &boot_info->kernel;
    KTEST_ASSERT(kernel->virt_base >= BOOT_KERNEL_MIN_ADDRESS);
    KTEST_ASSERT((uint64_t)&boot_check - kernel->virt_base < kernel->size);
    // The same bytes through the direct map and through the kernel mapping.
    const uint8_t* via_hhdm = (const uint8_t*)BOOT_PHYS_TO_HHDM(kernel->phys_base);
    KTEST_ASSERT(memcmp(via_hhdm + ((uint64_t)&boot_check - kernel->virt_base), (const void*)&boot_check, 16) == 0);
}

KTEST(boot, ramdisk_has_test_file)
{
    // root/test/ramdisk.txt in the source tree.
    const boot_file_t* file = boot_ramdisk_find(boot_info, "test/ramdisk.txt");
    KTEST_ASSERT(file != NULL);
    const char expected[] = "PatchworkOS RAM disk test file\n";
    KTEST_ASSERT_EQ(file->size, sizeof(expected) - 1);
    // Its bytes now belong to home: (ramfs/ramdisk_files_present reads
    // them there); the record only remembers the name and the size.
    KTEST_ASSERT(file->data == NULL);
    KTEST_ASSERT(boot_ramdisk_find(boot_info, "test/missing.txt") == NULL);
    KTEST_ASSERT(boot_ramdisk_find(boot_info, "nonexistent/ramdisk.txt") == NULL);
}

KTEST(boot, rsdp_is_valid)
{
    const uint8_t* rsdp = boot_info->rsdp;
    KTEST_ASSERT(rsdp != NULL);
    KTEST_ASSERT(memcmp(rsdp, "RSD PTR ", 8) == 0);
    // ACPI 1.0 part: its 20 bytes sum to zero.
    uint8_t sum = 0;
    for (int i = 0; i < 20; i++)
    {
        sum += rsdp[i];
    }
    KTEST_ASSERT_EQ(sum, 0);
}

KTEST(boot, framebuffer_is_consistent)
{
    const boot_framebuffer_t* fb = &boot_info->framebuffer;
    if (fb->base == NULL)
    {
        return; // a machine without a display is allowed
    }
    KTEST_ASSERT(fb->width > 0 && fb->height > 0 && fb->stride >= fb->width);
    KTEST_ASSERT((uint64_t)fb->stride * fb->height * 4 <= fb->size);
    KTEST_ASSERT_EQ((uint64_t)fb->base, BOOT_PHYS_TO_HHDM(fb->phys_base));
}

// Kernel initialisation: the order matters. Logging comes first so every
// later step can report; the descriptor tables come before anything can
// fault usefully; the screen comes once the clock can timestamp it.
#include <kernel/arch/x86_64/cpu.h>
#include <kernel/arch/x86_64/gdt.h>
#include <kernel/arch/x86_64/interrupt.h>
#include <kernel/arch/x86_64/qemu.h>
#include <kernel/console/fbcon.h>
#include <kernel/mem/slab.h>
#include <kernel/init/boot.h>
#include <kernel/init/cmdline.h>
#include <kernel/log/log.h>
#include <kernel/mem/heap.h>
#include <kernel/mem/pmm.h>
#include <kernel/mem/vmm.h>
#include <kernel/panic/ksym.h>
#include <kernel/test/crash.h>
#include <kernel/test/kbench.h>
#include <kernel/test/ktest.h>
#include <kernel/time/clock.h>

static void kmain_log_level(void)
{
    char name[16];
    if (!cmdline_get("log", name, sizeof(name)))
    {
        return;
    }
    log_level_t level;
    if (log_level_parse(name, &level))
    {
        log_set_level(level);
    }
    else
    {
        log_warn("cmdline: unknown log level '%s' (debug, info, warn, error)", name);
    }
}

static void kmain_summary(const boot_info_t* info)
{
    log_info("memory: %lu MiB usable, %lu map entries", (unsigned long)(boot_usable_memory(info) >> 20),
        (unsigned long)info->memory_map.count);
    log_info("kernel: %lu KiB at physical 0x%lx", (unsigned long)(info->kernel.size / 1024),
        (unsigned long)info->kernel.phys_base);
    log_info("acpi: RSDP %s", info->rsdp != NULL ? "found" : "missing");
}

_Noreturn void kmain(const boot_info_t* info)
{
    log_init();
    boot_check(info);
    cmdline_init(info->cmdline);
    qemu_set_testing(cmdline_has("test") || cmdline_has("bench"));
    log_info("kernel: entered, command line '%s'", cmdline_text());
    kmain_log_level();

    gdt_init();
    idt_init();
    clock_init();

    pmm_init(&info->memory_map);
    vmm_init(info);
    vmm_page_fault_init();
    heap_init();
    heap_set_debug(cmdline_has("heap_debug"));
    if (!ksym_init(info->kernel.elf, info->kernel.elf_size))
    {
        log_warn("ksym: no symbol table; stack traces will show addresses only");
    }
    console_init(&info->framebuffer);
    kmain_summary(info);
    // Everything still needed from the bootloader's memory is copied now.
    boot_take_over();
    pmm_reclaim_boot_memory(&boot_info->memory_map);
    log_info("kernel: init done in %lu us (TSC %lu MHz)", (unsigned long)(clock_uptime_ns() / 1000),
        (unsigned long)(clock_tsc_hz() / 1000000));

    crash_if_requested();

    char names[CMDLINE_MAX];
    if (cmdline_get("test", names, sizeof(names)))
    {
        ktest_summary_t summary = ktest_run(names);
        qemu_exit_if_testing(summary.failed == 0 ? QEMU_EXIT_PASS : QEMU_EXIT_FAIL);
    }
    if (cmdline_get("bench", names, sizeof(names)))
    {
        kbench_run(names);
        qemu_exit_if_testing(QEMU_EXIT_PASS);
    }

    log_info("kernel: nothing more to do yet; halting");
    cpu_halt_forever();
}

// Kernel initialisation: the order matters. Per-CPU data and logging come
// first so every later step can take locks and report; the descriptor
// tables come before anything can fault usefully; memory before anything
// allocates; ACPI (the HPET clock, the APICs) before the scheduler; the
// scheduler before the other CPUs, which start straight into it.
#include <kernel/acpi/acpi.h>
#include <kernel/arch/clock.h>
#include <kernel/arch/cpu.h>
#include <kernel/arch/init.h>
#include <kernel/arch/qemu.h>
#include <kernel/arch/rtc.h>
#include <kernel/console/console_input.h>
#include <kernel/console/fbcon.h>
#include <kernel/cpu/cpu.h>
#include <kernel/drivers/fb_file.h>
#include <kernel/drivers/ps2/ps2.h>
#include <kernel/fs/sysfs.h>
#include <kernel/fs/vfs.h>
#include <kernel/init/boot.h>
#include <kernel/init/cmdline.h>
#include <kernel/init/ksym_load.h>
#include <kernel/init/devices.h>
#include <kernel/init/userspace.h>
#include <kernel/log/log.h>
#include <kernel/mem/heap.h>
#include <kernel/mem/pmm.h>
#include <kernel/mem/slab.h>
#include <kernel/mem/tlb.h>
#include <kernel/mem/vmm.h>
#include <kernel/panic/panic.h>
#include <kernel/proc/process.h>
#include <kernel/sched/sched.h>
#include <kernel/sched/thread.h>
#include <kernel/test/crash.h>
#include <kernel/test/kbench.h>
#include <kernel/test/ktest.h>
#include <kernel/time/clock_page.h>

extern char boot_stack_bottom[];
extern char boot_stack_top[];

static madt_info_t madt;

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

static void kmain_memory(const boot_info_t* info)
{
    pmm_init(&info->memory_map);
    vmm_init(info);
    vmm_page_fault_init();
    heap_init();
    heap_set_debug(cmdline_has("heap_debug"));
    if (!ksym_load(info->kernel.elf, info->kernel.elf_size))
    {
        log_warn("ksym: no symbol table; stack traces will show addresses only");
    }
}

// ACPI, the HPET clock, the interrupt controllers, this CPU's APIC timer.
static void kmain_platform(void)
{
    if (!acpi_init(boot_info->rsdp) || !madt_parse(&madt))
    {
        panic("acpi: the machine's ACPI tables are unusable; PatchworkOS needs the MADT");
    }
    clock_use_hpet(acpi_hpet_address());
    rtc_init();
    arch_init_platform(&madt);
    cpu_setup_late(&cpus[0]);
    tlb_init();
    sched_interrupts_init();
}

// The devices behind sys: (the VFS is up), sys: itself, from the list of
// devices (devices.c), and the process table's reaper.
static void kmain_files(void)
{
    console_input_init();
    fb_file_init(&boot_info->framebuffer);
    ps2_init();
    int result = sysfs_mount("sys", &kernel_devices);
    if (result < 0)
    {
        panic("sysfs: cannot mount sys: (%d)", result);
    }
    log_info("vfs: mounted sys: with %lu devices", (unsigned long)kernel_devices.count);
    process_init();
}

// The TSC takes over as the clock once it has been timed against the HPET
// (clock_use_tsc): since the HPET took over, which under emulation is
// longer ago than the timing needs, so nothing waits. "clock=hpet" on
// the command line keeps the HPET. The clock page every process maps
// comes first, so the TSC's calibration is published in it.
static void kmain_clock(void)
{
    char choice[8];
    clock_page_init();
    clock_use_tsc(cmdline_get("clock", choice, sizeof(choice)) ? choice : NULL);
}

static void kmain_summary(const boot_info_t* info)
{
    log_info("memory: %lu MiB usable, %lu map entries", (unsigned long)(boot_usable_memory(info) >> 20),
        (unsigned long)info->memory_map.count);
    log_info("kernel: %lu KiB at physical 0x%lx", (unsigned long)(info->kernel.size / 1024),
        (unsigned long)info->kernel.phys_base);
}

_Noreturn void kmain(const boot_info_t* info)
{
    cpu_attach(0, 0); // the APIC id is read once the local APIC is mapped
    log_init();
    boot_check(info);
    cmdline_init(info->cmdline);
    qemu_set_testing(cmdline_has("test") || cmdline_has("bench") || cmdline_has("utest") || cmdline_has("ubench"));
    log_info("kernel: entered, command line '%s'", cmdline_text());
    kmain_log_level();

    arch_init_interrupts();
    cpu_setup(&cpus[0]);
    clock_init();
    kmain_memory(info);
    console_init(&info->framebuffer);
    kmain_summary(info);
    // Everything still needed from the bootloader's memory is copied now.
    boot_take_over();
    pmm_reclaim_boot_memory(&boot_info->memory_map);

    kmain_platform();
    sched_init((uint64_t)boot_stack_bottom, (uint64_t)boot_stack_top);
    cpu_enable_interrupts();
    if (!cmdline_has("nosmp"))
    {
        arch_start_cpus(&madt);
    }
    vfs_init(boot_info->ramdisk);
    kmain_files();
    kmain_clock();
    log_info("kernel: init done in %lu us, %u CPUs", (unsigned long)(clock_uptime_ns() / 1000),
        cpu_online_count());

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

    userspace_start();
    log_info("kernel: the boot thread's work is done; it exits");
    thread_exit();
}

#!/usr/bin/env python3
"""The table of bench/compare.sh: pairs each figure of PatchworkOS and Linux.

    compare_table.py WORK ROUNDS SETS

WORK holds one file per system and round, "patchwork.N" and "linux.N",
of "NAME VALUE" lines (the raw BENCH values and "timing" marks of that
round's runs). For each figure of the sets asked for (comma-separated:
user, boot, kernel) it prints the medians of both systems and the median
and spread of the per-round ratio (PatchworkOS / Linux, both from the
same round). Exits with 1 if a figure is missing from a run. A figure
that hands work between processes or CPUs comes twice: the mean of the
whole run, and (NAME_median...) its median batch, which a host that stops
a virtual CPU for a while moves far less (bench/user/compare.h).
"""
import statistics
import sys

# set, raw name, shown name, unit, divisor of the raw value, decimals, higher is better
FIGURES = [
    ("user", "syscall_null", "syscall_null_ns", "ns", 1, 0, False),
    ("user", "malloc_free_small", "malloc_free_small_ns", "ns", 1, 0, False),
    ("user", "pipe_64k", "pipe_64k_MBps", "MB/s", 1000, 1, True),
    ("user", "pipe_64k_median", "pipe_64k_median_batch_MBps", "MB/s", 1000, 1, True),
    ("user", "mmap_touch_unmap_64m", "mmap_touch_unmap_64m_us_per_page", "us", 1000, 2, False),
    ("user", "thread_pingpong", "thread_pingpong_us", "us", 1000, 1, False),
    ("user", "thread_pingpong_median", "thread_pingpong_median_batch_us", "us", 1000, 1, False),
    ("user", "pipe_pingpong", "pipe_pingpong_us", "us", 1000, 1, False),
    ("user", "pipe_pingpong_median", "pipe_pingpong_median_batch_us", "us", 1000, 1, False),
    ("user", "spawn_wait", "spawn_wait_ms", "ms", 1000000, 2, False),
    ("user", "spawn_wait_median", "spawn_wait_median_ms", "ms", 1000000, 2, False),
    ("user", "clock_read", "clock_read_ns", "ns", 1, 0, False),
    ("user", "open_close", "open_close_ns", "ns", 1, 0, False),
    ("user", "stat", "stat_ns", "ns", 1, 0, False),
    ("user", "readdir_entry", "readdir_per_entry_ns", "ns", 1, 0, False),
    ("user", "file_write_64k", "file_write_64k_MBps", "MB/s", 1000, 1, True),
    ("user", "file_read_64k", "file_read_64k_MBps", "MB/s", 1000, 1, True),
    ("user", "socket_64k", "socket_64k_MBps", "MB/s", 1000, 1, True),
    ("user", "socket_64k_median", "socket_64k_median_batch_MBps", "MB/s", 1000, 1, True),
    ("user", "socket_pingpong", "socket_pingpong_us", "us", 1000, 1, False),
    ("user", "socket_pingpong_median", "socket_pingpong_median_batch_us", "us", 1000, 1, False),
    ("user", "shm_map_touch", "shm_map_touch_64k_us", "us", 1000, 1, False),
    ("user", "memcpy_4m", "memcpy_4m_MBps", "MB/s", 1000, 0, True),
    ("user", "strlen_4m", "strlen_4m_MBps", "MB/s", 1000, 0, True),
    ("user", "printf_mixed", "printf_mixed_ns", "ns", 1, 0, False),
    ("user", "boot_to_user", "boot_kernel_to_first_program_ms", "ms", 1000000, 1, False),
    ("user", "qemu_start_to_user", "boot_qemu_start_to_first_program_ms", "ms", 1, 0, False),
    ("boot", "qemu_start_to_prompt", "boot_qemu_start_to_prompt_ms", "ms", 1, 0, False),
    ("kernel", "memory_alloc_map_unmap_free_ns_per_page_1MiB", None, "ns", 1, 0, False),
    ("kernel", "memory_alloc_map_unmap_free_ns_per_page_64MiB", None, "ns", 1, 0, False),
    ("kernel", "memory_alloc_map_unmap_free_ns_per_page_512MiB", None, "ns", 1, 0, False),
    ("kernel", "memory_per_page_cost_ratio_largest_to_smallest", None, "ratio", 1, 2, False),
    ("kernel", "memory_slab_alloc_free_ns_per_object", None, "ns", 1, 0, False),
    ("kernel", "memory_kmalloc_kfree_ns_per_block", None, "ns", 1, 0, False),
    ("kernel", "sched_context_switch_ns", None, "ns", 1, 0, False),
    ("kernel", "sched_sleep_wakeup_latency_avg_us", None, "us", 1, 0, False),
    ("kernel", "sched_sleep_wakeup_latency_max_us", None, "us", 1, 0, False),
    ("kernel", "sched_wakeup_latency_other_cpu_us", None, "us", 1, 0, False),
    ("kernel", "sched_sleeper_beside_hog_late_max_us", None, "us", 1, 0, False),
    ("kernel", "sched_timer_interrupts_all_cpus_idle_10s", None, "interrupts", 1, 0, False),
    ("kernel", "ramfs_write_16MiB_us", None, "us", 1, 0, False),
    ("kernel", "ramfs_read_16MiB_us", None, "us", 1, 0, False),
]


def load(path):
    values = {}
    with open(path) as f:
        for line in f:
            name, value = line.split()
            values.setdefault(name, float(value))  # the first, if a figure came twice
    return values


def main():
    work, rounds, sets = sys.argv[1], int(sys.argv[2]), sys.argv[3].split(",")
    runs = {system: [load("%s/%s.%d" % (work, system, r)) for r in range(1, rounds + 1)]
            for system in ("patchwork", "linux")}
    status = 0
    for set_, raw, name, unit, divisor, decimals, higher_better in FIGURES:
        if set_ not in sets:
            continue
        name = name or raw
        ours = [run.get(raw) for run in runs["patchwork"]]
        theirs = [run.get(raw) for run in runs["linux"]]
        if None in ours or None in theirs:
            print("# %s: missing from a run (PatchworkOS %s, Linux %s)" % (raw, ours, theirs))
            status = 1
            continue
        ratios = [a / b if b else float("inf") for a, b in zip(ours, theirs)]
        show = lambda v: "%.*f" % (decimals, v / divisor)
        print("BENCH %s_patchwork %s %s" % (name, show(statistics.median(ours)), unit))
        print("BENCH %s_linux %s %s" % (name, show(statistics.median(theirs)), unit))
        print("BENCH %s_ratio %.2f [%.2f..%.2f] (PatchworkOS / Linux per round; %s is better)"
              % (name, statistics.median(ratios), min(ratios), max(ratios), "higher" if higher_better else "lower"))
    return status


if __name__ == "__main__":
    sys.exit(main())

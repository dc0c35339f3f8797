// sys:/stat/sched: one line per online CPU,
//   cpuN timer_interrupts X switches Y waiting Z syscalls S timer_programs T
// (the tickless claim can be checked from user space with it).
#include "sched_file.h"

#include "sched.h"

#include <kernel/cpu/cpu.h>
#include <kernel/syscall/syscall.h>

#include <stdio.h>

#define SCHED_FILE_LINE 128

static ssize_t sched_file_read(file_t* file, void* buffer, size_t count)
{
    char text[SCHED_FILE_LINE * 16];
    size_t length = 0;
    uint32_t online = cpu_online_count();
    for (uint32_t i = 0; i < online && length + SCHED_FILE_LINE < sizeof(text); i++)
    {
        length += (size_t)snprintf(text + length, sizeof(text) - length, "cpu%u timer_interrupts %lu switches %lu waiting %u syscalls %lu timer_programs %lu\n", i,
            (unsigned long)sched_timer_interrupts((int)i), (unsigned long)cpus[i].sched.switches, sched_waiting((int)i),
            (unsigned long)syscall_count((int)i), (unsigned long)sched_timer_programs((int)i));
    }
    return file_read_text(file, buffer, count, text, length);
}

static const file_ops_t sched_file_ops = {.read = sched_file_read};

const sysdev_t sched_device = {.path = "stat/sched", .file = &sched_file_ops};

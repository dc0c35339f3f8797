// In-kernel benchmarks. Like KTEST, each group declares its benchmarks next
// to its code; "bench=memory,sched" on the command line runs those groups
// (and "bench" alone all of them). Every figure is one line on the log
// outputs, "BENCH name value unit", which ./build.sh bench collects.
#ifndef KERNEL_TEST_KBENCH_H
#define KERNEL_TEST_KBENCH_H 1

#include <stdint.h>

typedef struct
{
    const char* group;
    const char* name;
    void (*run)(void);
} kbench_t;

#define KBENCH(group, name)                                                                     \
    static void kbench_##group##_##name(void);                                                  \
    static const kbench_t kbench_entry_##group##_##name                                          \
        __attribute__((used, section(".kbench"), aligned(8))) = {#group, #name, kbench_##group##_##name}; \
    static void kbench_##group##_##name(void)

/** Print one figure: "BENCH name value unit". */
void kbench_report(const char* name, uint64_t value, const char* unit);

/** Print a figure with two decimals, given as hundredths (107 prints 1.07). */
void kbench_report_hundredths(const char* name, uint64_t hundredths, const char* unit);

/** Nanoseconds from cycle-counter ticks, for timing with cpu_cycles() (kernel/arch/cpu.h). */
uint64_t kbench_ns(uint64_t ticks);

/** Run the benchmarks of the comma-separated @p groups ("" or "all": every one). */
void kbench_run(const char* groups);

#endif

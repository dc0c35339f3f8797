#include "tally.h"

#include "ops.h"
#include "pages_verdict.h"

#include <stdio.h>
#include <sys/io.h>

#define PROFILE_LINES 10

const char* tally_vector_name(unsigned vector)
{
    static const char* const names[VECTORS] = {"divide error", "debug", "NMI", "breakpoint", "overflow",
        "bound range", "invalid opcode", "device not available", "double fault", "coprocessor segment",
        "invalid TSS", "segment not present", "stack fault", "general protection", "page fault", "reserved",
        "x87 floating point", "alignment check", "machine check", "SIMD floating point", "virtualization",
        "control protection"};
    return vector < VECTORS && names[vector] != NULL ? names[vector] : "reserved";
}

// Where the children's time went: the operations that took most of it.
static void tally_profile(const tally_t* t)
{
    uint64_t total = 0;
    for (unsigned i = 0; i < fuzz_op_count && i < FUZZ_OPS_MAX; i++)
    {
        total += t->op_ns[i];
    }
    bool shown[FUZZ_OPS_MAX] = {false};
    for (int line = 0; line < PROFILE_LINES && total > 0; line++)
    {
        unsigned best = FUZZ_OPS_MAX;
        for (unsigned i = 0; i < fuzz_op_count && i < FUZZ_OPS_MAX; i++)
        {
            if (!shown[i] && t->op_count[i] > 0 && (best == FUZZ_OPS_MAX || t->op_ns[i] > t->op_ns[best]))
            {
                best = i;
            }
        }
        if (best == FUZZ_OPS_MAX)
        {
            break;
        }
        shown[best] = true;
        writef(STDOUT_FILENO, "fuzz: time in %s: %.1f%% (%llu runs, %.2f ms each)\n", fuzz_ops[best].name,
            100.0 * (double)t->op_ns[best] / (double)total, (unsigned long long)t->op_count[best],
            (double)t->op_ns[best] / 1e6 / (double)t->op_count[best]);
    }
}

bool tally_report(const tally_t* t)
{
    double seconds = (double)t->campaign_ns / 1e9;
    uint64_t faulted = 0;
    for (unsigned v = 0; v < VECTORS; v++)
    {
        faulted += t->faults[v];
    }
    const procinfo_mem_t* before = &t->mem_before;
    const procinfo_mem_t* after = &t->mem_after;
    long long delta = after->free_pages - before->free_pages;
    bool pages_back = pages_verdict(before, after);
    bool pass = t->hangs == 0 && t->checks == 0 && pages_back;
    // The report starts on a line of its own, whatever a child's console
    // writes left on the last one.
    writef(STDOUT_FILENO, "\nfuzz: report\n");
    writef(STDOUT_FILENO, "fuzz: campaign %.1f s, %llu iterations in %llu children\n", seconds,
        (unsigned long long)t->iterations, (unsigned long long)t->children);
    writef(STDOUT_FILENO, "BENCH fuzz_iterations_per_second %.1f iter/s\n", seconds > 0 ? t->iterations / seconds : 0.0);
    writef(STDOUT_FILENO, "BENCH fuzz_children_per_second %.2f children/s\n", seconds > 0 ? t->children / seconds : 0.0);
    writef(STDOUT_FILENO,
        "fuzz: exits: %llu normal, %llu faulted, %llu killed at their deadline, %llu killed at the end, "
        "%llu killed otherwise, %llu setup failures, %llu other\n",
        (unsigned long long)t->normal, (unsigned long long)faulted, (unsigned long long)t->killed_deadline,
        (unsigned long long)t->killed_end, (unsigned long long)t->killed_other, (unsigned long long)t->setup,
        (unsigned long long)t->other);
    for (unsigned v = 0; v < VECTORS; v++)
    {
        if (t->faults[v] > 0)
        {
            writef(STDOUT_FILENO, "fuzz: fault vector %u (%s): %llu\n", v, tally_vector_name(v),
                (unsigned long long)t->faults[v]);
        }
    }
    tally_profile(t);
    writef(STDOUT_FILENO, "fuzz: orphans ended %llu\n", (unsigned long long)t->orphans);
    writef(STDOUT_FILENO, "fuzz: hangs %llu\n", (unsigned long long)t->hangs);
    writef(STDOUT_FILENO, "fuzz: checks failed %llu\n", (unsigned long long)t->checks);
    writef(STDOUT_FILENO, "fuzz: free pages after warm-up %lld, after the campaign %lld, delta %lld\n",
        before->free_pages, after->free_pages, delta);
    writef(STDOUT_FILENO, "fuzz: kernel heap pages %lld -> %lld, live allocations %lld -> %lld, supervisor pages %lld -> %lld\n",
        before->heap_pages, after->heap_pages, before->heap_allocations, after->heap_allocations, before->own_pages,
        after->own_pages);
    writef(STDOUT_FILENO, "fuzz: verdict %s\n", pass ? "pass" : "FAIL");
    return pass;
}

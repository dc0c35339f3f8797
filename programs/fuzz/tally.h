// What a campaign counts, and the report the supervisor prints at its end.
#ifndef FUZZ_TALLY_H
#define FUZZ_TALLY_H 1

#include "fuzz.h"
#include "procinfo.h"

#include <stdbool.h>
#include <stdint.h>

#define VECTORS 32

typedef struct
{
    uint64_t iterations;
    uint64_t children;
    uint64_t normal;          /**< did all their iterations */
    uint64_t faults[VECTORS]; /**< ended by a fault, by vector */
    uint64_t killed_deadline; /**< killed by the supervisor: over their time */
    uint64_t killed_end;      /**< killed by the supervisor: the campaign was over */
    uint64_t killed_other;    /**< ended by a kill we did not send (their own, a note) */
    uint64_t hangs;           /**< processes that did not end after a kill, and children that saw one */
    uint64_t checks;          /**< broken promises children saw */
    uint64_t setup;           /**< children that could not set up (memory short) */
    uint64_t other;           /**< any other exit status */
    uint64_t orphans;         /**< processes the supervisor ended because their parent had gone */
    uint64_t campaign_ns;
    procinfo_mem_t mem_before; /**< memory after the warm-up */
    procinfo_mem_t mem_after;  /**< memory once everything was reaped */
    uint64_t op_ns[FUZZ_OPS_MAX];    /**< time in each operation, all children */
    uint64_t op_count[FUZZ_OPS_MAX]; /**< runs of each operation */
} tally_t;

/** The exception's short name ("page fault") for a vector. */
const char* tally_vector_name(unsigned vector);

/** Print the report; returns whether the verdict is pass. */
bool tally_report(const tally_t* tally);

#endif

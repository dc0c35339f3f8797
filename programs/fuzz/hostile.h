// Hostile arguments: pointers, lengths, numbers and timeouts a careless or
// malicious program could pass, mixed with valid ones so that calls also
// get past their first check.
//
// Every pointer points into the sandbox (memory the fuzzer owns and may
// lose) or at memory that is not the program's at all: never at the
// fuzzer's own code, stack or heap, so a kernel that behaves leaves the
// fuzzer running.
#ifndef FUZZ_HOSTILE_H
#define FUZZ_HOSTILE_H 1

#include "rng.h"

#include <stdbool.h>
#include <stdint.h>

/** Pages of scratch memory: buffers, strings, structures for the kernel to read. */
#define SANDBOX_SCRATCH_PAGES 20

typedef struct
{
    uint8_t* scratch;   /**< SANDBOX_SCRATCH_PAGES pages, read-write */
    uint8_t* edge;      /**< one read-write page; the page after it is not mapped */
    uint8_t* readonly;  /**< one read-only page */
    uint64_t unmapped;  /**< a page that was mapped once and is not any more */
} sandbox_t;

/** Map the sandbox; false if memory is short. */
bool sandbox_init(sandbox_t* sandbox);

/**
 * Whether the page holding @p address is mapped and readable, asked of the
 * kernel (a futex wait that fails with EFAULT), so nothing faults on it.
 */
bool sandbox_page_mapped(const void* address);

/**
 * Make the sandbox's holes holes again. Placement (next-fit) comes back
 * round to them once a child has mapped enough, and then the "unmapped"
 * page or the edge's missing half may hold the child's own heap: a
 * hostile munmap there would take it. Call before each operation; a hole
 * that got filled is given up for a fresh one (the old edge page is
 * unmapped). False if memory is short.
 */
bool sandbox_keep_holes(sandbox_t* sandbox);

/** A buffer argument: an address and a length. */
typedef struct
{
    uint64_t address;
    uint64_t length;
} hostile_buffer_t;

/**
 * A buffer for the kernel to read or fill: a valid scratch buffer most of
 * the time, else one that runs into an unmapped page, is read-only (which
 * only a read may use), null, in the kernel half, non-canonical,
 * unaligned, or absurdly long.
 */
hostile_buffer_t hostile_buffer(rng_t* rng, const sandbox_t* sandbox);

/** A pointer that is never valid: null, low, kernel half, non-canonical, unmapped, ... */
uint64_t hostile_bad_pointer(rng_t* rng, const sandbox_t* sandbox);

/** A pointer into scratch (aligned or not) for @p size bytes, or now and then a bad one. */
uint64_t hostile_pointer(rng_t* rng, const sandbox_t* sandbox, uint64_t size);

/** A length: 0, 1, small, page-sized, just past a page, huge, all ones, ... */
uint64_t hostile_length(rng_t* rng);

/** An integer at an edge: 0, 1, -1, the limits of 32 and 64 bits, powers of two, or random. */
uint64_t hostile_integer(rng_t* rng);

/** A timeout for a call that may wait: 0 or at most a few milliseconds. */
uint64_t hostile_short_timeout(rng_t* rng);

/** A page-aligned user address inside the sandbox's pages, or a hostile one. */
uint64_t hostile_page_address(rng_t* rng, const sandbox_t* sandbox);

#endif

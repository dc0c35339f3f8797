// The fuzzer's own pseudo-random numbers: splitmix64, which is tiny, fast,
// and good enough to pick operations and arguments. Everything the fuzzer
// does derives from one master seed through rng_derive(), so a run (or one
// child of it) can be replayed from the seeds it printed.
#ifndef FUZZ_RNG_H
#define FUZZ_RNG_H 1

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct
{
    uint64_t state;
} rng_t;

/** A generator that starts from @p seed. */
rng_t rng_new(uint64_t seed);

/** The next 64 random bits. */
uint64_t rng_next(rng_t* rng);

/** A number from 0 to @p bound - 1 (0 when @p bound is 0). */
uint64_t rng_below(rng_t* rng, uint64_t bound);

/** A number from @p low to @p high, both included. */
uint64_t rng_range(rng_t* rng, uint64_t low, uint64_t high);

/** True with a chance of @p percent in 100. */
bool rng_chance(rng_t* rng, unsigned percent);

/** @p count random bytes into @p buffer. */
void rng_fill(rng_t* rng, void* buffer, size_t count);

/**
 * The seed of sub-sequence @p index of @p seed: the supervisor's children,
 * a child's iterations, a race's threads. Different indexes give unrelated
 * seeds, and the same pair always gives the same one.
 */
uint64_t rng_derive(uint64_t seed, uint64_t index);

#endif

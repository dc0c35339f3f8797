// random()'s generator, kept apart from its state (platform/user/random.c)
// because the shared code holds no mutable globals.
#ifndef _LIBSTD_RANDOM_STEP_H
#define _LIBSTD_RANDOM_STEP_H 1

#include <stdint.h>

/**
 * The state of random(): an additive lagged Fibonacci generator,
 * x[n] = x[n-3] + x[n-31] (mod 2^32), the result being x[n] >> 1. The
 * same generator and seeding as the BSD and glibc random() with its
 * default 128-byte state, so a seed gives the sequence it gives there.
 */
typedef struct
{
    uint32_t table[31];
    int front; // the index of x[n-3]
    int rear;  // the index of x[n-31]
} _random_state_t;

/** Seed @p state as srandom(@p seed) does (a seed of 0 counts as 1). */
void _random_seed(_random_state_t* state, unsigned seed);

/** Advance @p state and return the next value in 0..2^31-1. */
long _random_step(_random_state_t* state);

#endif

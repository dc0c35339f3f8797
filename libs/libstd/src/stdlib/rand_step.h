// rand()'s generator, kept apart from its state (platform/user/rand.c)
// because the shared code holds no mutable globals.
#ifndef _LIBSTD_RAND_STEP_H
#define _LIBSTD_RAND_STEP_H 1

#include <stdint.h>

/**
 * Advance @p state and return the next value in 0..RAND_MAX: a 64-bit
 * linear congruential generator (multiplier and increment from Knuth's
 * MMIX) whose top 31 bits are the result, as the low bits of such a
 * generator are poor.
 */
int _rand_step(uint64_t* state);

#endif

#include "../../src/stdlib/rand_step.h"

#include <stdlib.h>

// C asks for the sequence srand(1) gives when srand was never called.
// Not thread-safe (C allows that): threads share one sequence.
static uint64_t state = 1;

int rand(void)
{
    return _rand_step(&state);
}

void srand(unsigned seed)
{
    state = seed;
}

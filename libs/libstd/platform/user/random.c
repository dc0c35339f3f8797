#include "../../src/stdlib/random_step.h"

#include <stdbool.h>
#include <stdlib.h>

// POSIX: random() before any srandom() behaves as after srandom(1).
// Not thread-safe, like rand(): threads share one sequence.
static _random_state_t state;
static bool seeded;

long random(void)
{
    if (!seeded)
    {
        srandom(1);
    }
    return _random_step(&state);
}

void srandom(unsigned seed)
{
    _random_seed(&state, seed);
    seeded = true;
}

#include "rand_step.h"

#include <stdlib.h>

int _rand_step(uint64_t* state)
{
    *state = *state * 6364136223846793005u + 1442695040888963407u;
    return (int)(*state >> 33);
}

#include "random_step.h"

void _random_seed(_random_state_t* state, unsigned seed)
{
    // The table starts from the "minimal standard" generator
    // x = 16807 x mod (2^31 - 1), computed without overflow by Schrage's
    // method, then the first 310 results are thrown away so the seed's
    // trace is gone.
    int32_t word = (int32_t)(seed == 0 ? 1 : seed);
    state->table[0] = (uint32_t)word;
    for (int i = 1; i < 31; i++)
    {
        int32_t hi = word / 127773, lo = word % 127773;
        word = 16807 * lo - 2836 * hi;
        if (word < 0)
        {
            word += 2147483647;
        }
        state->table[i] = (uint32_t)word;
    }
    state->front = 3;
    state->rear = 0;
    for (int i = 0; i < 310; i++)
    {
        (void)_random_step(state);
    }
}

long _random_step(_random_state_t* state)
{
    uint32_t value = state->table[state->front] + state->table[state->rear];
    state->table[state->front] = value;
    state->front = (state->front + 1) % 31;
    state->rear = (state->rear + 1) % 31;
    return (long)(value >> 1);
}

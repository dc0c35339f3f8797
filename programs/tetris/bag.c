// The 7-bag randomiser (tetris.h): every run of seven pieces dealt from a
// fresh bag holds each kind once, so no kind is missing for long.
#include "tetris.h"

// splitmix64: small, good enough for shuffling, and the same everywhere.
static uint64_t bag_random(tetris_bag_t* bag)
{
    uint64_t z = (bag->state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static void bag_refill(tetris_bag_t* bag)
{
    for (int i = 0; i < TETRIS_KINDS; i++)
    {
        bag->order[i] = (uint8_t)i;
    }
    // Fisher-Yates; the modulo's bias over 64 bits is negligible.
    for (int i = TETRIS_KINDS - 1; i > 0; i--)
    {
        int j = (int)(bag_random(bag) % (uint64_t)(i + 1));
        uint8_t swap = bag->order[i];
        bag->order[i] = bag->order[j];
        bag->order[j] = swap;
    }
    bag->taken = 0;
}

void tetris_bag_init(tetris_bag_t* bag, uint64_t seed)
{
    bag->state = seed;
    bag->taken = TETRIS_KINDS;
}

tetris_kind_t tetris_bag_next(tetris_bag_t* bag)
{
    if (bag->taken >= TETRIS_KINDS)
    {
        bag_refill(bag);
    }
    return (tetris_kind_t)bag->order[bag->taken++];
}

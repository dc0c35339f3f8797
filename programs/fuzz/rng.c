#include "rng.h"

// splitmix64 (Steele, Lea and Flood): a Weyl sequence through a strong
// 64-bit mix. Its output for consecutive states is already well spread,
// which is what lets rng_derive() use it as a hash.
static uint64_t rng_mix(uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

rng_t rng_new(uint64_t seed)
{
    return (rng_t){seed};
}

uint64_t rng_next(rng_t* rng)
{
    rng->state += 0x9e3779b97f4a7c15ULL;
    return rng_mix(rng->state);
}

uint64_t rng_below(rng_t* rng, uint64_t bound)
{
    // The modulo bias is below 2^-32 for every bound the fuzzer uses.
    return bound == 0 ? 0 : rng_next(rng) % bound;
}

uint64_t rng_range(rng_t* rng, uint64_t low, uint64_t high)
{
    return high <= low ? low : low + rng_below(rng, high - low + 1);
}

bool rng_chance(rng_t* rng, unsigned percent)
{
    return rng_below(rng, 100) < percent;
}

void rng_fill(rng_t* rng, void* buffer, size_t count)
{
    uint8_t* bytes = buffer;
    while (count > 0)
    {
        uint64_t bits = rng_next(rng);
        for (int i = 0; i < 8 && count > 0; i++, count--)
        {
            *bytes++ = (uint8_t)(bits >> (8 * i));
        }
    }
}

uint64_t rng_derive(uint64_t seed, uint64_t index)
{
    return rng_mix(rng_mix(seed) ^ rng_mix(index + 0x632be59bd9b4e019ULL));
}

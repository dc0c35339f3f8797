// stdlib.h's qsort and bsearch against glibc's, and rand's generator:
// random arrays of several element sizes sorted and compared with glibc's
// result; comparisons counted on inputs built to hurt quicksort (sorted,
// reversed, equal keys, organ pipes, and McIlroy's adversary, which
// decides the values as the sort compares them); bsearch on every key and
// the gaps between them; the generator's sequence fixed by its formula.
#include "host_test.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long comparisons;

static int compare_u32(const void* a, const void* b)
{
    comparisons++;
    uint32_t x = *(const uint32_t*)a, y = *(const uint32_t*)b;
    return (x > y) - (x < y);
}

// Elements of @p size bytes ordered by their leading 4-byte key.
static size_t element_size;
static int compare_keyed(const void* a, const void* b)
{
    return compare_u32(a, b);
}

static void sort_random_sizes(void)
{
    static const size_t sizes[] = {4, 8, 12, 16, 24, 40, 7};
    static const size_t counts[] = {0, 1, 2, 3, 15, 16, 17, 100, 1000, 50000};
    for (size_t s = 0; s < sizeof(sizes) / sizeof(sizes[0]); s++)
    {
        element_size = sizes[s];
        for (size_t c = 0; c < sizeof(counts) / sizeof(counts[0]); c++)
        {
            size_t n = counts[c], bytes = n * element_size;
            unsigned char* ours = malloc(bytes + 1);
            unsigned char* theirs = malloc(bytes + 1);
            random_bytes(ours, bytes);
            // Few distinct keys in some runs, so equal keys are common;
            // whole elements equal too, as the order of equals may differ.
            for (size_t i = 0; i < n && c % 2 == 0; i++)
            {
                uint32_t key = (uint32_t)random_below(10);
                memset(ours + i * element_size, (int)key, element_size);
            }
            memcpy(theirs, ours, bytes);
            pw_qsort(ours, n, element_size, compare_keyed);
            qsort(theirs, n, element_size, compare_keyed);
            // Keys match in order; the rest of elements with equal keys
            // may differ (neither sort is stable), so only keys compare.
            for (size_t i = 0; i < n; i++)
            {
                CHECK(memcmp(ours + i * element_size, theirs + i * element_size, 4) == 0,
                      "size %zu, count %zu: key %zu differs from glibc's", element_size, n, i);
            }
            free(ours);
            free(theirs);
        }
    }
}

// Elements are indices into values, which the adversary fills in lazily
// (M. D. McIlroy, "A Killer Adversary for Quicksort", 1999): every value
// starts as "gas" (larger than any solid one); a comparison of two gas
// values freezes one of them to the next solid value, choosing the one
// that is not the probable pivot.
static int* adversary_values;
static int adversary_gas, adversary_solid, adversary_candidate;

static int compare_adversary(const void* a, const void* b)
{
    comparisons++;
    int x = *(const int*)a, y = *(const int*)b;
    if (adversary_values[x] == adversary_gas && adversary_values[y] == adversary_gas)
    {
        adversary_values[x == adversary_candidate ? x : y] = adversary_solid++;
    }
    if (adversary_values[x] == adversary_gas)
    {
        adversary_candidate = x;
    }
    else if (adversary_values[y] == adversary_gas)
    {
        adversary_candidate = y;
    }
    return adversary_values[x] - adversary_values[y];
}

static unsigned long sort_adversary(size_t n)
{
    int* items = malloc(n * sizeof(int));
    adversary_values = malloc(n * sizeof(int));
    adversary_gas = (int)n;
    adversary_solid = 0;
    adversary_candidate = 0;
    for (size_t i = 0; i < n; i++)
    {
        items[i] = (int)i;
        adversary_values[i] = adversary_gas;
    }
    comparisons = 0;
    pw_qsort(items, n, sizeof(int), compare_adversary);
    for (size_t i = 1; i < n; i++)
    {
        CHECK(adversary_values[items[i - 1]] <= adversary_values[items[i]], "adversary: not sorted at %zu", i);
    }
    free(items);
    free(adversary_values);
    return comparisons;
}

static void fill_pattern(uint32_t* data, size_t n, int pattern)
{
    for (size_t i = 0; i < n; i++)
    {
        switch (pattern)
        {
        case 0: data[i] = (uint32_t)i; break;                        // sorted
        case 1: data[i] = (uint32_t)(n - i); break;                  // reversed
        case 2: data[i] = 5; break;                                  // all equal
        case 3: data[i] = (uint32_t)(i < n / 2 ? i : n - i); break;  // organ pipes
        case 4: data[i] = (uint32_t)(i % 2 ? i : n - i); break;      // interleaved
        default: data[i] = (uint32_t)(i % 3); break;                 // three keys
        }
    }
}

// The comparisons stay within a small multiple of n log2 n on every input.
static void sort_comparison_bound(void)
{
    static const size_t counts[] = {1000, 100000};
    for (size_t c = 0; c < sizeof(counts) / sizeof(counts[0]); c++)
    {
        size_t n = counts[c];
        double bound = 4.0 * (double)n * log2((double)n);
        uint32_t* data = malloc(n * sizeof(uint32_t));
        for (int pattern = 0; pattern < 6; pattern++)
        {
            fill_pattern(data, n, pattern);
            comparisons = 0;
            pw_qsort(data, n, sizeof(uint32_t), compare_u32);
            CHECK((double)comparisons <= bound, "pattern %d, n %zu: %lu comparisons, bound %.0f", pattern, n,
                  comparisons, bound);
            for (size_t i = 1; i < n; i++)
            {
                CHECK(data[i - 1] <= data[i], "pattern %d, n %zu: not sorted at %zu", pattern, n, i);
            }
        }
        free(data);
        unsigned long count = sort_adversary(n);
        CHECK((double)count <= bound, "McIlroy's adversary, n %zu: %lu comparisons, bound %.0f", n, count, bound);
        printf("# qsort: McIlroy's adversary with n = %zu: %lu comparisons (%.2f n log2 n)\n", n, count,
               (double)count / ((double)n * log2((double)n)));
    }
}

static void bsearch_every_key(void)
{
    for (size_t n = 0; n < 200; n++)
    {
        uint32_t data[200];
        for (size_t i = 0; i < n; i++)
        {
            data[i] = (uint32_t)(2 * i + 1); // odd: the even numbers fall between
        }
        for (uint32_t key = 0; key <= 2 * n + 1; key++)
        {
            uint32_t* found = pw_bsearch(&key, data, n, sizeof(uint32_t), compare_u32);
            if (key % 2 == 1 && key < 2 * n)
            {
                CHECK(found == &data[key / 2], "n %zu: key %u found at %p, expected %p", n, key, (void*)found,
                      (void*)&data[key / 2]);
            }
            else
            {
                CHECK(found == NULL, "n %zu: absent key %u found", n, key);
            }
        }
    }
}

static void rand_sequence(void)
{
    uint64_t state = 1, again = 1, mirror = 1;
    for (int i = 0; i < 1000; i++)
    {
        int value = pw__rand_step(&state);
        mirror = mirror * 6364136223846793005u + 1442695040888963407u;
        CHECK(value >= 0 && value <= 0x7fffffff, "value %d out of 0..RAND_MAX", value);
        CHECK(value == (int)(mirror >> 33), "step %d: %d, the formula gives %d", i, value, (int)(mirror >> 33));
        CHECK(pw__rand_step(&again) == value, "step %d: the same seed gave another value", i);
    }
}

// random(): the same sequence as glibc's random() for the same seed,
// including 0 (which both take as 1) and seeds above INT_MAX.
static void random_sequence_as_glibc(void)
{
    static const unsigned seeds[] = {1, 0, 2, 42, 12345, 0x7fffffffu, 0x80000000u, 0xdeadbeefu, 0xffffffffu};
    pw_random_state_t state;
    for (size_t s = 0; s < sizeof(seeds) / sizeof(seeds[0]); s++)
    {
        pw__random_seed(&state, seeds[s]);
        srandom(seeds[s]);
        for (int i = 0; i < 2000; i++)
        {
            long want = random(), got = pw__random_step(&state);
            CHECK(got == want, "seed %u, value %d: %ld, glibc %ld", seeds[s], i, got, want);
        }
    }
    srandom(1);
}

void run_sort_tests(void)
{
    run("random-sequence-as-glibc", random_sequence_as_glibc);
    run("qsort-random-sizes", sort_random_sizes);
    run("qsort-comparison-bound", sort_comparison_bound);
    run("bsearch", bsearch_every_key);
    run("rand-sequence", rand_sequence);
}

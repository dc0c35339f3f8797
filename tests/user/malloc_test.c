// home:/test/malloc_test: libstd's allocator (malloc, calloc, realloc,
// free, aligned_alloc, posix_memalign) from one thread and several, its
// memory going back to the system, and the process-ending parts of
// stdlib.h and assert.h (atexit, abort through assert).
#include "capture.h"
#include "file_text.h"
#include "tap.h"
#include "thread_join.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/io.h>
#include <sys/proc.h>
#include <threads.h>

#define HELPER(name) "home:/test/helpers/" name
#define MS 1000000ULL

// A byte pattern that depends on the block and the offset, so blocks that
// overlap or get mixed up show.
static uint8_t pattern(uintptr_t seed, size_t offset)
{
    return (uint8_t)(seed * 131 + offset * 7 + (offset >> 8));
}

static void fill(uint8_t* block, size_t size, uintptr_t seed)
{
    for (size_t i = 0; i < size; i++)
    {
        block[i] = pattern(seed, i);
    }
}

// The first offset whose byte is wrong, or size when all are right.
static size_t check(const uint8_t* block, size_t size, uintptr_t seed)
{
    for (size_t i = 0; i < size; i++)
    {
        if (block[i] != pattern(seed, i))
        {
            return i;
        }
    }
    return size;
}

// xorshift: a deterministic sequence of sizes per test and thread.
static uint64_t next_random(uint64_t* state)
{
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    return *state;
}

#define SIZES_COUNT 160

static const char* test_many_sizes(void)
{
    static uint8_t* blocks[SIZES_COUNT];
    static size_t sizes[SIZES_COUNT];
    uint64_t random = 0x1234567;
    for (int i = 0; i < SIZES_COUNT; i++)
    {
        // Every class boundary region, then larger blocks up to 1 MiB.
        sizes[i] = i < 130 ? (size_t)i * 67 : (size_t)(next_random(&random) % (1 << 20));
        blocks[i] = malloc(sizes[i]);
        TAP_CHECK(blocks[i] != NULL, "malloc(%zu): %s", sizes[i], strerror(errno));
        TAP_CHECK((uintptr_t)blocks[i] % 16 == 0, "malloc(%zu) gave %p, not 16-byte aligned", sizes[i],
                  (void*)blocks[i]);
        fill(blocks[i], sizes[i], (uintptr_t)i);
    }
    for (int i = 0; i < SIZES_COUNT; i++)
    {
        size_t bad = check(blocks[i], sizes[i], (uintptr_t)i);
        TAP_CHECK(bad == sizes[i], "block %d (%zu bytes) changed at offset %zu", i, sizes[i], bad);
        free(blocks[i]);
    }
    return NULL;
}

static const char* test_alignments(void)
{
    static const size_t sizes[] = {1, 24, 100, 4000, 9000, 70000};
    for (size_t alignment = 1; alignment <= (1 << 20); alignment *= 2)
    {
        for (size_t s = 0; s < sizeof(sizes) / sizeof(sizes[0]); s++)
        {
            uint8_t* block = aligned_alloc(alignment, sizes[s]);
            TAP_CHECK(block != NULL, "aligned_alloc(%zu, %zu): %s", alignment, sizes[s], strerror(errno));
            TAP_CHECK((uintptr_t)block % alignment == 0, "aligned_alloc(%zu, %zu) gave %p", alignment, sizes[s],
                      (void*)block);
            fill(block, sizes[s], alignment);
            TAP_CHECK(check(block, sizes[s], alignment) == sizes[s], "aligned block %zu/%zu changed", alignment,
                      sizes[s]);
            free(block);
        }
    }
    void* block = NULL;
    TAP_CHECK(posix_memalign(&block, 256, 1000) == 0 && block != NULL && (uintptr_t)block % 256 == 0,
              "posix_memalign(256, 1000) gave %p", block);
    free(block);
    TAP_CHECK(posix_memalign(&block, 12, 10) == EINVAL, "posix_memalign with alignment 12 did not fail");
    errno = 0;
    TAP_CHECK(aligned_alloc(48, 10) == NULL && errno == EINVAL, "aligned_alloc(48, 10) did not fail with EINVAL");
    return NULL;
}

static const char* test_realloc_keeps_contents(void)
{
    static const size_t steps[] = {1, 17, 200, 1000, 8192, 8193, 20000, 300000, 5000, 100, 3, 0};
    uint8_t* block = realloc(NULL, 1);
    TAP_CHECK(block != NULL, "realloc(NULL, 1): %s", strerror(errno));
    fill(block, 1, 7);
    size_t size = 1;
    for (size_t s = 1; s < sizeof(steps) / sizeof(steps[0]) - 1; s++)
    {
        uint8_t* moved = realloc(block, steps[s]);
        TAP_CHECK(moved != NULL, "realloc to %zu: %s", steps[s], strerror(errno));
        size_t kept = size < steps[s] ? size : steps[s];
        size_t bad = check(moved, kept, 7);
        TAP_CHECK(bad == kept, "realloc from %zu to %zu bytes lost byte %zu", size, steps[s], bad);
        block = moved;
        size = steps[s];
        fill(block, size, 7);
    }
    free(block);
    // A large block grown a little usually stays where it is; either way
    // the contents must follow.
    uint8_t* large = malloc(100000);
    TAP_CHECK(large != NULL, "malloc(100000): %s", strerror(errno));
    fill(large, 100000, 3);
    uint8_t* grown = realloc(large, 100000 + 3 * 4096);
    TAP_CHECK(grown != NULL && check(grown, 100000, 3) == 100000, "growing a large block lost its contents");
    tap_note("a large block grown by 3 pages %s", grown == large ? "stayed in place" : "moved");
    uint8_t* shrunk = realloc(grown, 50000);
    TAP_CHECK(shrunk == grown, "shrinking a large block moved it");
    TAP_CHECK(check(shrunk, 50000, 3) == 50000, "shrinking a large block lost its contents");
    free(shrunk);
    return NULL;
}

static const char* test_calloc_zeroes(void)
{
    static const size_t sizes[] = {16, 100, 1000, 8000, 20000};
    for (size_t s = 0; s < sizeof(sizes) / sizeof(sizes[0]); s++)
    {
        // Dirty blocks of the same size first, so calloc gets reused memory.
        void* dirty[8];
        for (int i = 0; i < 8; i++)
        {
            dirty[i] = malloc(sizes[s]);
            TAP_CHECK(dirty[i] != NULL, "malloc(%zu): %s", sizes[s], strerror(errno));
            memset(dirty[i], 0xa5, sizes[s]);
        }
        for (int i = 0; i < 8; i++)
        {
            free(dirty[i]);
        }
        uint8_t* zeroed = calloc(sizes[s] / 4, 4);
        TAP_CHECK(zeroed != NULL, "calloc(%zu, 4): %s", sizes[s] / 4, strerror(errno));
        for (size_t i = 0; i < sizes[s]; i++)
        {
            TAP_CHECK(zeroed[i] == 0, "calloc(%zu, 4): byte %zu is 0x%x", sizes[s] / 4, i, zeroed[i]);
        }
        free(zeroed);
    }
    // volatile: the compiler would refuse the call with constant sizes.
    volatile size_t huge = SIZE_MAX / 2;
    errno = 0;
    TAP_CHECK(calloc(huge, 3) == NULL && errno == ENOMEM, "calloc with an overflowing size did not fail");
    errno = 0;
    TAP_CHECK(malloc(huge * 2 - 99) == NULL && errno == ENOMEM, "malloc(SIZE_MAX - 100) did not fail");
    return NULL;
}

static const char* test_free_null(void)
{
    free(NULL);
    void* block = realloc(NULL, 10);
    TAP_CHECK(block != NULL, "realloc(NULL, 10) gave NULL");
    free(block);
    return NULL;
}

// Several threads, each allocating, checking and freeing its own blocks.

#define STRESS_THREADS 4
#define STRESS_SLOTS 64
#define STRESS_ROUNDS 6000
#define STRESS_STACK (64 * 1024)
// Only a thread that never finishes should reach this. The stress is
// slow on 4 emulated CPUs sharing a busy 2-core host: every large block
// is a mapping, and its faults, mmap and munmap (with a TLB shootdown)
// all take the process's address-space lock; 25-40 s was measured with
// other builds running, so a 60 s limit failed now and then.
#define STRESS_LIMIT (300000 * MS)

typedef struct
{
    uint64_t seed;
    const char* failure;
    volatile uint32_t done;
} stress_work_t;

static void stress_thread(void* argument)
{
    stress_work_t* work = argument;
    uint8_t* blocks[STRESS_SLOTS] = {0};
    size_t sizes[STRESS_SLOTS] = {0};
    uint64_t random = work->seed;
    for (int round = 0; round < STRESS_ROUNDS && work->failure == NULL; round++)
    {
        int slot = (int)(next_random(&random) % STRESS_SLOTS);
        if (blocks[slot] != NULL)
        {
            if (check(blocks[slot], sizes[slot], (uintptr_t)blocks[slot]) != sizes[slot])
            {
                work->failure = "a block changed while it was held";
            }
            free(blocks[slot]);
            blocks[slot] = NULL;
            continue;
        }
        // Mostly small blocks, now and then a large one.
        uint64_t r = next_random(&random);
        sizes[slot] = r % 16 == 0 ? (size_t)(r >> 8) % 40000 : (size_t)(r >> 8) % 600;
        blocks[slot] = malloc(sizes[slot]);
        if (blocks[slot] == NULL)
        {
            work->failure = "malloc failed";
            break;
        }
        fill(blocks[slot], sizes[slot], (uintptr_t)blocks[slot]);
    }
    for (int slot = 0; slot < STRESS_SLOTS; slot++)
    {
        if (blocks[slot] != NULL && check(blocks[slot], sizes[slot], (uintptr_t)blocks[slot]) != sizes[slot])
        {
            work->failure = "a block changed while it was held";
        }
        free(blocks[slot]);
    }
    thread_join_signal(&work->done);
}

// What each of our threads is doing, as diagnostics (for a stuck test).
static void show_threads(void)
{
    char path[64], text[2048];
    snprintf(path, sizeof(path), "sys:/proc/%d/threads", (int)process_id());
    if (file_text(path, text, sizeof(text)) == -1)
    {
        tap_note("%s: %s", path, strerror(errno));
        return;
    }
    for (char* line = text; *line != '\0';)
    {
        char* end = strchr(line, '\n');
        if (end != NULL)
        {
            *end = '\0';
        }
        tap_note("thread %s", line);
        line = end != NULL ? end + 1 : line + strlen(line);
    }
}

static const char* test_threads_stress(void)
{
    static stress_work_t work[STRESS_THREADS];
    void* stacks[STRESS_THREADS];
    for (int i = 0; i < STRESS_THREADS; i++)
    {
        work[i] = (stress_work_t){.seed = 0x9e3779b97f4a7c15u * (uint64_t)(i + 1)};
        stacks[i] = mem_map(-1, NULL, STRESS_STACK, PROT_READ | PROT_WRITE);
        TAP_CHECK(stacks[i] != NULL, "mmap for a stack: %s", strerror(errno));
        tid_t tid = thread_create_raw(stress_thread, &work[i], (uint8_t*)stacks[i] + STRESS_STACK);
        TAP_CHECK(tid != -1, "thread_create_raw: %s", strerror(errno));
    }
    for (int i = 0; i < STRESS_THREADS; i++)
    {
        if (!thread_join_wait(&work[i].done, STRESS_LIMIT))
        {
            show_threads();
            return tap_reason("thread %d did not finish within %llu s", i, STRESS_LIMIT / (1000 * MS));
        }
        TAP_CHECK(work[i].failure == NULL, "thread %d: %s", i, work[i].failure);
    }
    // Each thread ended in the kernel as it set done (thread_join_signal):
    // its stack is free.
    for (int i = 0; i < STRESS_THREADS; i++)
    {
        munmap(stacks[i], STRESS_STACK);
    }
    return NULL;
}

// The user memory this process owns or was promised, in pages: exact,
// whatever else the system is doing meanwhile.
static long long own_pages(void)
{
    char path[48];
    snprintf(path, sizeof(path), "sys:/proc/%d/status", (int)process_id());
    return file_number(path, "pages");
}

#define RETURN_SMALL 8192
#define RETURN_LARGE 16

// Allocate about 6 MiB (2 MiB in 256-byte blocks, 4 MiB in large ones),
// touch it, free it all.
static const char* allocate_and_free(void)
{
    static void* small[RETURN_SMALL];
    static void* large[RETURN_LARGE];
    for (int i = 0; i < RETURN_SMALL; i++)
    {
        small[i] = malloc(256);
        TAP_CHECK(small[i] != NULL, "malloc(256): %s", strerror(errno));
        memset(small[i], 1, 256);
    }
    for (int i = 0; i < RETURN_LARGE; i++)
    {
        large[i] = malloc(256 * 1024);
        TAP_CHECK(large[i] != NULL, "malloc(256 KiB): %s", strerror(errno));
        memset(large[i], 1, 256 * 1024);
    }
    for (int i = 0; i < RETURN_SMALL; i++)
    {
        free(small[i]);
    }
    for (int i = 0; i < RETURN_LARGE; i++)
    {
        free(large[i]);
    }
    return NULL;
}

static const char* test_memory_returned(void)
{
    // The warm-up leaves what the allocator keeps (one spare chunk).
    const char* failure = allocate_and_free();
    TAP_CHECK(failure == NULL, "warm-up: %s", failure);
    long long before = own_pages();
    TAP_CHECK(before > 0, "no pages in this process's sys:/proc/PID/status");
    failure = allocate_and_free();
    TAP_CHECK(failure == NULL, "%s", failure);
    long long after = own_pages();
    tap_note("pages %lld before, %lld after allocating and freeing 6 MiB (%+lld)", before, after, after - before);
    // The allocator keeps the same memory after each round (the spare and
    // one empty chunk per class), wherever those chunks sit.
    TAP_CHECK(after == before, "the process owned %lld pages, %lld after freeing everything", before, after);
    return NULL;
}

// Threads of thrd_create keep a cache of small blocks (malloc_cache.c):
// blocks freed by another thread than the one that allocated them, and
// every cached block given back when a thread ends, so a second round
// leaves the process with exactly the pages the first left.

#define CACHE_THREADS 4
#define CACHE_BLOCKS 1536

typedef struct
{
    uint64_t seed;
    uint8_t* kept[CACHE_BLOCKS];
    size_t sizes[CACHE_BLOCKS];
    const char* failure;
} cache_work_t;

static cache_work_t cache_work[CACHE_THREADS];

// Allocate blocks of 1 to 1024 bytes, fill them, free every other one at
// once and keep the rest for another thread.
static int cache_allocate(void* argument)
{
    cache_work_t* work = argument;
    uint64_t random = work->seed;
    for (int i = 0; i < CACHE_BLOCKS; i++)
    {
        size_t size = 1 + (size_t)(next_random(&random) % 1024);
        uint8_t* block = malloc(size);
        if (block == NULL)
        {
            work->failure = "malloc failed";
            return 1;
        }
        fill(block, size, (uintptr_t)block);
        if (i % 2 == 0)
        {
            free(block);
            block = NULL;
        }
        work->kept[i] = block;
        work->sizes[i] = size;
    }
    return 0;
}

// Check and free the blocks another thread kept, then churn.
static int cache_free_other(void* argument)
{
    cache_work_t* work = argument;
    cache_work_t* other = &cache_work[(work - cache_work + 1) % CACHE_THREADS];
    for (int i = 0; i < CACHE_BLOCKS; i++)
    {
        if (other->kept[i] != NULL)
        {
            if (check(other->kept[i], other->sizes[i], (uintptr_t)other->kept[i]) != other->sizes[i])
            {
                work->failure = "a block changed while another thread held it";
            }
            free(other->kept[i]);
            other->kept[i] = NULL;
        }
    }
    uint64_t random = work->seed ^ 0x5555;
    void* held[64] = {0};
    for (int i = 0; i < 4000; i++)
    {
        int slot = (int)(next_random(&random) % 64);
        free(held[slot]);
        held[slot] = malloc(1 + (size_t)(next_random(&random) % 1024));
        if (held[slot] == NULL)
        {
            work->failure = "malloc failed";
            break;
        }
    }
    for (int slot = 0; slot < 64; slot++)
    {
        free(held[slot]);
    }
    return 0;
}

static const char* cache_phase(thrd_start_t function)
{
    thrd_t threads[CACHE_THREADS];
    for (int i = 0; i < CACHE_THREADS; i++)
    {
        TAP_CHECK(thrd_create(&threads[i], function, &cache_work[i]) == thrd_success, "thrd_create failed");
    }
    for (int i = 0; i < CACHE_THREADS; i++)
    {
        TAP_CHECK(thrd_join(threads[i], NULL) == thrd_success, "thrd_join failed");
    }
    for (int i = 0; i < CACHE_THREADS; i++)
    {
        TAP_CHECK(cache_work[i].failure == NULL, "thread %d: %s", i, cache_work[i].failure);
    }
    return NULL;
}

static const char* cache_round(void)
{
    for (int i = 0; i < CACHE_THREADS; i++)
    {
        cache_work[i].seed = 0xc0ffee + (uint64_t)i * 7919;
    }
    const char* failure = cache_phase(cache_allocate);
    return failure != NULL ? failure : cache_phase(cache_free_other);
}

static const char* test_thread_caches(void)
{
    const char* failure = cache_round(); // warm-up: what the allocator keeps
    TAP_CHECK(failure == NULL, "warm-up: %s", failure);
    long long before = own_pages();
    failure = cache_round();
    TAP_CHECK(failure == NULL, "%s", failure);
    long long after = own_pages();
    tap_note("pages %lld before, %lld after a round of threads with caches", before, after);
    TAP_CHECK(after == before, "the process owned %lld pages, %lld after its threads ended", before, after);
    return NULL;
}

static const char* test_atexit_order(void)
{
    const char* argv[] = {HELPER("atexit_order"), NULL};
    capture_t run;
    const char* failure = capture_run(argv, NULL, NULL, &run);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(run.status == 0, "atexit_order exited with %d", run.status);
    TAP_CHECK(strcmp(run.out, "main CBA") == 0, "atexit_order wrote '%s', expected 'main CBA'", run.out);
    return NULL;
}

static const char* test_assert_fails(void)
{
    const char* argv[] = {HELPER("assert_fails"), NULL};
    capture_t run;
    const char* failure = capture_run(argv, NULL, NULL, &run);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(run.status == ABORT_STATUS, "assert_fails exited with %d, expected %d", run.status, ABORT_STATUS);
    const char* expected = "tests/user/helpers/assert_fails.c:14: checked_function: assertion 'value + 1 == 4' failed\n";
    TAP_CHECK(strcmp(run.err, expected) == 0, "assert_fails wrote '%s'", run.err);
    return NULL;
}

int main(void)
{
    tap_suite("malloc");
    tap_run("many-sizes", test_many_sizes);
    tap_run("alignments", test_alignments);
    tap_run("realloc-keeps-contents", test_realloc_keeps_contents);
    tap_run("calloc-zeroes", test_calloc_zeroes);
    tap_run("free-null", test_free_null);
    tap_run("threads-stress", test_threads_stress);
    tap_run("memory-returned", test_memory_returned);
    tap_run("thread-caches", test_thread_caches);
    tap_run("atexit-order", test_atexit_order);
    tap_run("assert-fails", test_assert_fails);
    return tap_exit_status();
}

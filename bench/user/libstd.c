// home:/bench/libstd: libstd's own speed, one "BENCH name value unit" line
// each (integer arithmetic; times from uptime()):
//   malloc_free_small_ns  malloc of 16..256-byte blocks, 64 held at a
//                         time, then free: mean per malloc+free pair
//   memcpy_MBps           memcpy between two 4 MiB buffers
//   strlen_MBps           strlen of a 4 MiB string
//   printf_mixed_ns       snprintf of a line mixing %d %s %x %.3f, mean
// Exits with 1, after a "# " line saying why, if something fails.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

#define MALLOC_ROUNDS 4000
#define MALLOC_BATCH 64
#define BUFFER_BYTES (4 * 1024 * 1024)
#define COPY_PASSES 16
#define PRINTF_ROUNDS 20000

static int fail(const char* what)
{
    writef(STDOUT_FILENO, "# bench libstd: %s\n", what);
    return 1;
}

static uint64_t per_unit(uint64_t total, uint64_t count)
{
    return total / (count ? count : 1);
}

static int bench_malloc_free_small(void)
{
    // volatile: the compiler may not pair malloc with free and drop both.
    static void* volatile held[MALLOC_BATCH];
    // Warm-up: the classes' chunks exist before the clock starts.
    uint64_t start = 0;
    for (int round = -1; round < MALLOC_ROUNDS; round++)
    {
        if (round == 0)
        {
            start = uptime();
        }
        for (int i = 0; i < MALLOC_BATCH; i++)
        {
            held[i] = malloc(16 + (size_t)((unsigned)(round * 7 + i * 13) % 16) * 16);
            if (held[i] == NULL)
            {
                return fail("malloc failed");
            }
        }
        for (int i = 0; i < MALLOC_BATCH; i++)
        {
            free(held[i]);
        }
    }
    uint64_t elapsed = uptime() - start;
    writef(STDOUT_FILENO, "BENCH malloc_free_small_ns %llu ns\n",
           (unsigned long long)per_unit(elapsed, (uint64_t)MALLOC_ROUNDS * MALLOC_BATCH));
    return 0;
}

static int bench_memcpy_strlen(void)
{
    char* source = malloc(BUFFER_BYTES);
    char* dest = malloc(BUFFER_BYTES);
    if (source == NULL || dest == NULL)
    {
        return fail("malloc of the buffers failed");
    }
    memset(source, 'x', BUFFER_BYTES - 1);
    source[BUFFER_BYTES - 1] = '\0';
    memset(dest, 0, BUFFER_BYTES);
    uint64_t start = uptime();
    for (int pass = 0; pass < COPY_PASSES; pass++)
    {
        memcpy(dest, source, BUFFER_BYTES);
    }
    uint64_t micros = (uptime() - start) / 1000;
    writef(STDOUT_FILENO, "BENCH memcpy_MBps %llu MB/s\n",
           (unsigned long long)per_unit((uint64_t)BUFFER_BYTES * COPY_PASSES, micros));
    size_t total = 0;
    start = uptime();
    for (int pass = 0; pass < COPY_PASSES; pass++)
    {
        total += strlen(dest);
    }
    micros = (uptime() - start) / 1000;
    if (total != (size_t)(BUFFER_BYTES - 1) * COPY_PASSES)
    {
        return fail("strlen gave the wrong length");
    }
    writef(STDOUT_FILENO, "BENCH strlen_MBps %llu MB/s\n", (unsigned long long)per_unit(total, micros));
    free(source);
    free(dest);
    return 0;
}

static int bench_printf_mixed(void)
{
    char line[128];
    volatile int sink = 0;
    uint64_t start = uptime();
    for (int i = 0; i < PRINTF_ROUNDS; i++)
    {
        sink += snprintf(line, sizeof(line), "item %d of %s at 0x%x weighs %.3f kg\n", i, "bench", i * 7919,
                         i / 3.0);
    }
    uint64_t elapsed = uptime() - start;
    if (sink <= 0)
    {
        return fail("snprintf wrote nothing");
    }
    writef(STDOUT_FILENO, "BENCH printf_mixed_ns %llu ns\n", (unsigned long long)per_unit(elapsed, PRINTF_ROUNDS));
    return 0;
}

int main(void)
{
    int failed = bench_malloc_free_small();
    failed |= bench_memcpy_strlen();
    failed |= bench_printf_mixed();
    return failed;
}

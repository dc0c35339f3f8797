// home:/bench/compare_libc, and /bin/compare_libc in the Linux guest: the
// C library's own speed, libstd here against glibc there, the same source
// (bench/compare.sh; shared helpers in compare.h). The operations of
// bench/user/libstd.c. Raw integers:
//   memcpy_4m        KB/s: memcpy between two 4 MiB buffers, 16 times
//   strlen_4m        KB/s: strlen of a 4 MiB string, 16 times
//   printf_mixed     ns per snprintf of a line mixing %d %s %x %.3f
#include "compare.h"

#include <stdlib.h>

#define BUFFER_BYTES (4 * 1024 * 1024)
#define PASSES 16
#define PRINTF_ROUNDS 20000

static int bench_memcpy_strlen(void)
{
    char* source = malloc(BUFFER_BYTES);
    char* dest = malloc(BUFFER_BYTES);
    if (source == NULL || dest == NULL)
    {
        return compare_fail("malloc of two 4 MiB buffers");
    }
    memset(source, 'x', BUFFER_BYTES - 1);
    source[BUFFER_BYTES - 1] = '\0';
    memset(dest, 0, BUFFER_BYTES);
    uint64_t start = compare_now_ns();
    for (int pass = 0; pass < PASSES; pass++)
    {
        memcpy(dest, source, BUFFER_BYTES);
        __asm__ volatile("" : : "r"(dest) : "memory"); // each copy is needed
    }
    compare_report("memcpy_4m", compare_kb_per_s((uint64_t)BUFFER_BYTES * PASSES, compare_now_ns() - start), "KB/s");
    size_t total = 0;
    start = compare_now_ns();
    for (int pass = 0; pass < PASSES; pass++)
    {
        __asm__ volatile("" : : "r"(dest) : "memory"); // and each length
        total += strlen(dest);
    }
    uint64_t elapsed = compare_now_ns() - start;
    free(source);
    free(dest);
    if (total != (size_t)(BUFFER_BYTES - 1) * PASSES)
    {
        errno = 0;
        return compare_fail("strlen gave the wrong length");
    }
    compare_report("strlen_4m", compare_kb_per_s(total, elapsed), "KB/s");
    return 0;
}

static int bench_printf_mixed(void)
{
    char line[128];
    volatile int sink = 0;
    uint64_t start = compare_now_ns();
    for (int i = 0; i < PRINTF_ROUNDS; i++)
    {
        sink += snprintf(line, sizeof(line), "item %d of %s at 0x%x weighs %.3f kg\n", i, "bench", i * 7919, i / 3.0);
    }
    uint64_t elapsed = compare_now_ns() - start;
    if (sink <= 0)
    {
        errno = 0;
        return compare_fail("snprintf wrote nothing");
    }
    compare_report("printf_mixed", elapsed / PRINTF_ROUNDS, "ns");
    return 0;
}

int main(void)
{
    int failed = bench_memcpy_strlen();
    failed |= bench_printf_mixed();
    return failed;
}

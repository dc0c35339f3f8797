// In-kernel tests. A subsystem declares its tests next to its code:
//
//   KTEST(cmdline, finds_bare_key)
//   {
//       KTEST_ASSERT(cmdline_find("a b", "b", NULL, 0));
//   }
//
// The linker gathers every test into one table (section .ktests). The
// command line decides what runs: "test" runs everything, "test=a,b" the
// suites a and b. Each result is one TAP line on the log outputs:
//   ok 3 - cmdline/finds_bare_key
//   not ok 4 - cmdline/parses_value # kernel/init/cmdline_test.c:21: strcmp(v, "1") == 0
#ifndef KERNEL_TEST_KTEST_H
#define KERNEL_TEST_KTEST_H 1

#include <stdbool.h>
#include <stdint.h>

/** Where a failing assertion records its reason. */
typedef struct
{
    bool failed;
    char reason[160];
} ktest_result_t;

typedef struct
{
    const char* suite;
    const char* name;
    void (*run)(ktest_result_t* result);
} ktest_t;

#define KTEST(suite, name)                                                                     \
    static void ktest_##suite##_##name(ktest_result_t* ktest_result);                          \
    static const ktest_t ktest_entry_##suite##_##name                                           \
        __attribute__((used, section(".ktests"), aligned(8))) = {#suite, #name, ktest_##suite##_##name}; \
    static void ktest_##suite##_##name(__attribute__((unused)) ktest_result_t* ktest_result)

/** Record a failure with its location and return from the test. */
void ktest_fail(ktest_result_t* result, const char* file, int line, const char* fmt, ...)
    __attribute__((format(printf, 4, 5)));

#define KTEST_ASSERT(condition)                                                   \
    do                                                                            \
    {                                                                             \
        if (!(condition))                                                         \
        {                                                                         \
            ktest_fail(ktest_result, __FILE__, __LINE__, "%s", #condition);       \
            return;                                                               \
        }                                                                         \
    } while (0)

/** Compare two unsigned integers; the reason shows both values. */
#define KTEST_ASSERT_EQ(actual, expected)                                                               \
    do                                                                                                  \
    {                                                                                                   \
        uint64_t ktest_a = (uint64_t)(actual);                                                          \
        uint64_t ktest_e = (uint64_t)(expected);                                                        \
        if (ktest_a != ktest_e)                                                                         \
        {                                                                                               \
            ktest_fail(ktest_result, __FILE__, __LINE__, "%s == 0x%lx, expected 0x%lx", #actual,        \
                (unsigned long)ktest_a, (unsigned long)ktest_e);                                        \
            return;                                                                                     \
        }                                                                                               \
    } while (0)

/** Run the tests whose suite is in the comma-separated @p suites ("" or "all": every test). */
typedef struct
{
    int passed;
    int failed;
} ktest_summary_t;

ktest_summary_t ktest_run(const char* suites);

#endif

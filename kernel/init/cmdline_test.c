#include "cmdline.h"

#include <kernel/test/ktest.h>

#include <string.h>

KTEST(cmdline, finds_value)
{
    char value[16];
    KTEST_ASSERT(cmdline_find("a=1 log=debug b", "log", value, sizeof(value)));
    KTEST_ASSERT(strcmp(value, "debug") == 0);
}

KTEST(cmdline, finds_bare_key)
{
    char value[16] = "x";
    KTEST_ASSERT(cmdline_find("test quiet", "quiet", value, sizeof(value)));
    KTEST_ASSERT(value[0] == '\0');
}

KTEST(cmdline, missing_key)
{
    char value[16];
    KTEST_ASSERT(!cmdline_find("a=1 b=2", "c", value, sizeof(value)));
    KTEST_ASSERT(!cmdline_find("", "a", value, sizeof(value)));
}

KTEST(cmdline, no_prefix_match)
{
    char value[16];
    // "log" must not match "logfile=x", nor "test" match "tests".
    KTEST_ASSERT(!cmdline_find("logfile=x tests", "log", value, sizeof(value)));
    KTEST_ASSERT(!cmdline_find("logfile=x tests", "test", value, sizeof(value)));
}

KTEST(cmdline, extra_spaces)
{
    char value[16];
    KTEST_ASSERT(cmdline_find("   a=1    b=22  ", "b", value, sizeof(value)));
    KTEST_ASSERT(strcmp(value, "22") == 0);
}

KTEST(cmdline, cuts_long_value)
{
    char value[4];
    KTEST_ASSERT(cmdline_find("k=abcdef", "k", value, sizeof(value)));
    KTEST_ASSERT(strcmp(value, "abc") == 0);
}

KTEST(cmdline, list_contains)
{
    KTEST_ASSERT(cmdline_list_contains("pmm,vmm,slab", "vmm"));
    KTEST_ASSERT(cmdline_list_contains("pmm", "pmm"));
    KTEST_ASSERT(!cmdline_list_contains("pmm,vmm", "vm"));
    KTEST_ASSERT(!cmdline_list_contains("", "pmm"));
}

#include "ksym.h"

#include <kernel/test/ktest.h>

#include <string.h>

void kmain(void);

KTEST(ksym, resolves_function_start)
{
    uint64_t offset = 99;
    const char* name = ksym_lookup((uint64_t)&ksym_lookup, &offset);
    KTEST_ASSERT(name != NULL);
    KTEST_ASSERT(strcmp(name, "ksym_lookup") == 0);
    KTEST_ASSERT_EQ(offset, 0);
}

KTEST(ksym, resolves_inside_function)
{
    uint64_t offset;
    const char* name = ksym_lookup((uint64_t)&kmain + 5, &offset);
    KTEST_ASSERT(name != NULL);
    KTEST_ASSERT(strcmp(name, "kmain") == 0);
    KTEST_ASSERT_EQ(offset, 5);
}

KTEST(ksym, address_by_name)
{
    KTEST_ASSERT_EQ(ksym_address("kmain"), (uint64_t)&kmain);
    KTEST_ASSERT_EQ(ksym_address("no_such_function_here"), 0);
}

KTEST(ksym, unknown_address)
{
    uint64_t offset;
    KTEST_ASSERT(ksym_lookup(0x1000, &offset) == NULL);
}

// The ctl parser: commands found by name, arguments checked by kind before
// anything runs, and every malformed line refused with -EINVAL.
#include "ctl.h"
#include "file.h"

#include <kernel/test/ktest.h>

#include <errno.h>
#include <string.h>

// What the test commands saw.
typedef struct
{
    int runs;
    const char* last;
    uint64_t numbers[2];
    char text[CTL_LINE_MAX];
} ctl_test_seen_t;

static ctl_test_seen_t seen;

static int ctl_test_plain(file_t* file, const ctl_arg_t* args)
{
    (void)file, (void)args;
    seen.runs++;
    seen.last = "plain";
    return 0;
}

static int ctl_test_two(file_t* file, const ctl_arg_t* args)
{
    (void)file;
    seen.runs++;
    seen.last = "two";
    seen.numbers[0] = args[0].number;
    seen.numbers[1] = args[1].number;
    return 0;
}

static int ctl_test_name(file_t* file, const ctl_arg_t* args)
{
    (void)file;
    seen.runs++;
    seen.last = "name";
    strcpy(seen.text, args[0].text);
    return 0;
}

// A command that refuses on its own: its error is what the write returns.
static int ctl_test_refuse(file_t* file, const ctl_arg_t* args)
{
    (void)file, (void)args;
    seen.runs++;
    return -EBUSY;
}

static const ctl_command_t ctl_test_commands[] = {
    {.name = "plain", .run = ctl_test_plain},
    {.name = "two", .args = {CTL_NUMBER, CTL_NUMBER}, .usage = "A B", .run = ctl_test_two},
    {.name = "name", .args = {CTL_TEXT}, .usage = "TEXT", .run = ctl_test_name},
    {.name = "refuse", .run = ctl_test_refuse},
};

static const ctl_table_t ctl_test_table = CTL_TABLE("ktest ctl", ctl_test_commands);

static ssize_t ctl_test_write(const char* line)
{
    file_t file = {0};
    return ctl_write(&file, &ctl_test_table, line, strlen(line));
}

KTEST(ctl, commands_run_with_their_arguments)
{
    memset(&seen, 0, sizeof(seen));
    KTEST_ASSERT_EQ(ctl_test_write("plain"), 5);
    KTEST_ASSERT(strcmp(seen.last, "plain") == 0);
    KTEST_ASSERT_EQ(ctl_test_write("plain\n"), 6); // a shell's echo
    KTEST_ASSERT_EQ(ctl_test_write("  plain"), 7);  // spaces between words, however many
    KTEST_ASSERT_EQ(ctl_test_write("two 80 0x18 \n"), 13);
    KTEST_ASSERT_EQ(seen.numbers[0], 80);
    KTEST_ASSERT_EQ(seen.numbers[1], 0x18);
    KTEST_ASSERT_EQ(ctl_test_write("two  18446744073709551615   0xFFFFffffFFFFffff"), 46);
    KTEST_ASSERT_EQ(seen.numbers[0], UINT64_MAX);
    KTEST_ASSERT_EQ(seen.numbers[1], UINT64_MAX);
    KTEST_ASSERT_EQ(ctl_test_write("name a socket name"), 18); // text takes the rest, spaces too
    KTEST_ASSERT(strcmp(seen.text, "a socket name") == 0);
    KTEST_ASSERT_EQ(seen.runs, 6);
}

KTEST(ctl, bad_lines_are_refused_before_anything_runs)
{
    memset(&seen, 0, sizeof(seen));
    const char* bad[] = {
        "",                        // nothing
        "\n",                      // nothing but the newline
        "shout",                   // unknown
        "Plain",                   // names are exact
        "plainly",                 // not a prefix match
        "plain extra",             // an argument it does not take
        "two 1",                   // one missing
        "two",                     // both missing
        "two 1 2 3",               // one too many
        "two -1 2",                // no sign
        "two +1 2",                // no sign
        "two 1x 2",                // junk after the digits
        "two 0x 2",                // no hex digits
        "two 0xg 2",               // not a hex digit
        "two 18446744073709551616 1", // one past 2^64 - 1
        "two 0x10000000000000000 1",  // the same in hex
        "name",                    // text missing
        "name   ",                 // only spaces (cut as trailing)
    };
    size_t refused = 0;
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
    {
        refused += ctl_test_write(bad[i]) == -EINVAL;
    }
    KTEST_ASSERT_EQ(refused, sizeof(bad) / sizeof(bad[0]));
    KTEST_ASSERT_EQ(seen.runs, 0);
}

KTEST(ctl, terminators_and_long_lines)
{
    memset(&seen, 0, sizeof(seen));
    file_t file = {0};
    // Trailing terminators are what some writers add; one inside hides text.
    KTEST_ASSERT_EQ(ctl_write(&file, &ctl_test_table, "plain\0", 6), 6);
    KTEST_ASSERT_EQ(ctl_write(&file, &ctl_test_table, "plain\0two 1 2", 13), -EINVAL);
    char line[CTL_LINE_MAX + 8];
    memset(line, ' ', sizeof(line));
    memcpy(line, "plain", 5);
    // The longest line it takes (trailing spaces count while it is read).
    KTEST_ASSERT_EQ(ctl_write(&file, &ctl_test_table, line, CTL_LINE_MAX - 1), CTL_LINE_MAX - 1);
    KTEST_ASSERT_EQ(ctl_write(&file, &ctl_test_table, line, CTL_LINE_MAX), -EINVAL);
    KTEST_ASSERT_EQ(ctl_write(&file, &ctl_test_table, line, sizeof(line)), -EINVAL);
    KTEST_ASSERT_EQ(seen.runs, 2);
}

KTEST(ctl, a_command_error_is_the_write_error)
{
    memset(&seen, 0, sizeof(seen));
    KTEST_ASSERT_EQ(ctl_test_write("refuse"), -EBUSY);
    KTEST_ASSERT_EQ(seen.runs, 1);
}

KTEST(ctl, usage_lists_every_command)
{
    char text[128];
    size_t length = ctl_usage(&ctl_test_table, text, sizeof(text));
    const char* expected = "usage: plain | two A B | name TEXT | refuse";
    KTEST_ASSERT_EQ(length, strlen(expected));
    KTEST_ASSERT(strcmp(text, expected) == 0);
    char small[10];
    KTEST_ASSERT_EQ(ctl_usage(&ctl_test_table, small, sizeof(small)), strlen(expected));
    KTEST_ASSERT(strcmp(small, "usage: pl") == 0); // cut to fit, terminated
}

KTEST(ctl, numbers)
{
    uint64_t value = 7;
    KTEST_ASSERT(ctl_number("0", &value) && value == 0);
    KTEST_ASSERT(ctl_number("0x401000", &value) && value == 0x401000);
    KTEST_ASSERT(ctl_number("0X1f", &value) && value == 0x1f);
    KTEST_ASSERT(ctl_number("010", &value) && value == 10); // decimal, never octal
    KTEST_ASSERT(!ctl_number("", &value));
    KTEST_ASSERT(!ctl_number("0x", &value));
    KTEST_ASSERT(!ctl_number(" 1", &value));
    KTEST_ASSERT(!ctl_number("1 ", &value));
    KTEST_ASSERT(!ctl_number("-0", &value));
    KTEST_ASSERT(!ctl_number("99999999999999999999", &value));
    KTEST_ASSERT_EQ(value, 10); // untouched by the failures
}

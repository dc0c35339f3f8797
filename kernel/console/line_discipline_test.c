#include "line_discipline.h"

#include <kernel/test/ktest.h>

#include <string.h>

// Type @p keys; the last finished line goes to @p line (NUL-terminated).
// Returns how many lines were finished.
static int ldisc_test_type(ldisc_t* ldisc, const char* keys, size_t count, char* line, size_t* erased)
{
    int lines = 0;
    for (size_t i = 0; i < count; i++)
    {
        ldisc_step_t step;
        ldisc_feed(ldisc, (uint8_t)keys[i], &step);
        *erased += step.erase;
        if (step.line != NULL)
        {
            memcpy(line, step.line, step.line_length);
            line[step.line_length] = '\0';
            lines++;
        }
    }
    return lines;
}

KTEST(console, line_with_backspace_and_enter)
{
    ldisc_t ldisc = {0};
    char line[LDISC_LINE_MAX + 1];
    size_t erased = 0;
    KTEST_ASSERT_EQ(ldisc_test_type(&ldisc, "lss\x7f -l\r", 8, line, &erased), 1);
    KTEST_ASSERT(strcmp(line, "ls -l\n") == 0);
    KTEST_ASSERT_EQ(erased, 1);
    // Backspace on an empty line does nothing; BS works like DEL.
    erased = 0;
    KTEST_ASSERT_EQ(ldisc_test_type(&ldisc, "\x7fx\by\n", 5, line, &erased), 1);
    KTEST_ASSERT(strcmp(line, "y\n") == 0);
    KTEST_ASSERT_EQ(erased, 1);
}

KTEST(console, kill_line_interrupt_and_end_of_file)
{
    ldisc_t ldisc = {0};
    char line[LDISC_LINE_MAX + 1];
    size_t erased = 0;
    KTEST_ASSERT_EQ(ldisc_test_type(&ldisc, "abc\x15" "d\n", 6, line, &erased), 1);
    KTEST_ASSERT(strcmp(line, "d\n") == 0);
    KTEST_ASSERT_EQ(erased, 3);
    ldisc_step_t step;
    ldisc_feed(&ldisc, 'x', &step);
    ldisc_feed(&ldisc, 0x03, &step); // ^C drops "x"
    KTEST_ASSERT(step.interrupt);
    KTEST_ASSERT(step.line == NULL);
    ldisc_feed(&ldisc, 0x04, &step); // ^D on an empty line
    KTEST_ASSERT(step.end_of_file);
    ldisc_feed(&ldisc, 'q', &step);
    ldisc_feed(&ldisc, 0x04, &step); // ^D after text sends it, no newline
    KTEST_ASSERT(!step.end_of_file);
    KTEST_ASSERT_EQ(step.line_length, 1);
    KTEST_ASSERT_EQ(step.line[0], 'q');
}

KTEST(console, escape_sequences_are_swallowed)
{
    ldisc_t ldisc = {0};
    char line[LDISC_LINE_MAX + 1];
    size_t erased = 0;
    const char keys[] = "a\x1b[Ab\x1b[3~c\r";
    KTEST_ASSERT_EQ(ldisc_test_type(&ldisc, keys, sizeof(keys) - 1, line, &erased), 1);
    KTEST_ASSERT(strcmp(line, "abc\n") == 0);
}

KTEST(console, utf8_rubs_out_whole_characters)
{
    ldisc_t ldisc = {0};
    char line[LDISC_LINE_MAX + 1];
    size_t erased = 0;
    const char keys[] = "a\xc3\xa9\x7f\r"; // a, e-acute, Backspace
    KTEST_ASSERT_EQ(ldisc_test_type(&ldisc, keys, sizeof(keys) - 1, line, &erased), 1);
    KTEST_ASSERT(strcmp(line, "a\n") == 0);
}

KTEST(console, full_line_keeps_room_for_newline)
{
    ldisc_t ldisc = {0};
    ldisc_step_t step;
    for (int i = 0; i < LDISC_LINE_MAX + 10; i++)
    {
        ldisc_feed(&ldisc, 'z', &step);
    }
    ldisc_feed(&ldisc, '\n', &step);
    KTEST_ASSERT_EQ(step.line_length, LDISC_LINE_MAX);
    KTEST_ASSERT_EQ(step.line[LDISC_LINE_MAX - 1], '\n');
}

#include "log.h"

#include <kernel/test/ktest.h>

#include <string.h>

static char captured[32 * 1024]; // more than the log history
static size_t captured_length;

static void log_test_sink(const char* text, size_t length)
{
    if (captured_length + length < sizeof(captured))
    {
        memcpy(captured + captured_length, text, length);
        captured_length += length;
        captured[captured_length] = '\0';
    }
}

KTEST(log, level_names)
{
    log_level_t level;
    KTEST_ASSERT(log_level_parse("debug", &level) && level == LOG_DEBUG);
    KTEST_ASSERT(log_level_parse("error", &level) && level == LOG_ERROR);
    KTEST_ASSERT(!log_level_parse("verbose", &level));
}

KTEST(log, new_sink_gets_history)
{
    captured_length = 0;
    log_add_sink(log_test_sink);
    log_remove_sink(log_test_sink);
    // The first line the kernel ever logs.
    KTEST_ASSERT(strstr(captured, "kernel: entered") != NULL);
}

KTEST(log, line_format_and_filter)
{
    log_add_sink(log_test_sink);
    captured_length = 0;
    log_set_level(LOG_WARN);
    log_info("hidden %d", 1);
    size_t after_hidden = captured_length;
    log_warn("shown %d", 2);
    // Restore before checking: a failed check returns at once.
    log_set_level(LOG_INFO);
    log_remove_sink(log_test_sink);
    KTEST_ASSERT_EQ(after_hidden, 0);
    // "[    1.234567] warn  shown 2\n"
    KTEST_ASSERT(captured[0] == '[');
    KTEST_ASSERT(strstr(captured, "] warn  shown 2\n") != NULL);
}

// The console's input path end to end inside the kernel: bytes pushed as
// an interrupt handler would, cooked or raw by the console thread, read
// through sys:/console, with the mode switched through sys:/consctl.
#include "console_input.h"
#include "fbcon.h"

#include <kernel/fs/file.h>
#include <kernel/fs/vfs.h>
#include <kernel/test/ktest.h>

#include <errno.h>

#include <string.h>

static file_t* console_test_open(const char* path)
{
    file_t* file = NULL;
    return vfs_open(NULL, path, &file) == 0 ? file : NULL;
}

// Read until @p expected_length bytes came (cooked lines may come in parts).
static size_t console_test_read(file_t* console, char* buffer, size_t expected_length)
{
    size_t got = 0;
    while (got < expected_length)
    {
        ssize_t count = file_read(console, buffer + got, expected_length - got);
        if (count <= 0)
        {
            break;
        }
        got += (size_t)count;
    }
    buffer[got] = '\0';
    return got;
}

KTEST(console, cooked_then_raw_through_consctl)
{
    file_t* console = console_test_open("sys:/console");
    file_t* consctl = console_test_open("sys:/consctl");
    KTEST_ASSERT(console != NULL && consctl != NULL);
    char buffer[32];
    console_input_push("echo hx\x7fi\r", 10);
    KTEST_ASSERT_EQ(console_test_read(console, buffer, 8), 8);
    KTEST_ASSERT(strcmp(buffer, "echo hi\n") == 0);

    KTEST_ASSERT_EQ(file_write(consctl, "rawon\n", 6), 6);
    KTEST_ASSERT(console_input_is_raw());
    console_input_push("a\x7f\x1b[A", 5);
    KTEST_ASSERT_EQ(console_test_read(console, buffer, 5), 5);
    KTEST_ASSERT(memcmp(buffer, "a\x7f\x1b[A", 5) == 0);
    KTEST_ASSERT_EQ(file_write(consctl, "sideways", 8), -EINVAL);

    // Closing the file that turned raw mode on turns it off.
    file_put(consctl);
    KTEST_ASSERT(!console_input_is_raw());
    console_input_push("\x04", 1); // ^D on an empty line: one empty read
    KTEST_ASSERT_EQ(file_read(console, buffer, sizeof(buffer)), 0);
    file_put(console);
}

KTEST(console, foreground_is_set_through_consctl)
{
    file_t* consctl = console_test_open("sys:/consctl");
    KTEST_ASSERT(consctl != NULL);
    KTEST_ASSERT_EQ(file_write(consctl, "foreground 42", 13), 13);
    KTEST_ASSERT_EQ(console_input_foreground(), 42);
    KTEST_ASSERT_EQ(file_write(consctl, "foreground x", 12), -EINVAL);
    KTEST_ASSERT_EQ(file_write(consctl, "foreground 0", 12), 12);
    KTEST_ASSERT_EQ(console_input_foreground(), 0);
    char mode[64] = {0};
    KTEST_ASSERT_EQ(file_read(consctl, mode, sizeof(mode) - 1), 22);
    KTEST_ASSERT(strcmp(mode, "cooked\nscreen console\n") == 0);
    file_put(consctl);
}

// screenoff gives the screen and the PS/2 keyboard away until the file
// that asked closes (or screenon).
KTEST(console, screen_comes_back_when_its_taker_closes)
{
    file_t* taker = console_test_open("sys:/consctl");
    file_t* other = console_test_open("sys:/consctl");
    KTEST_ASSERT(taker != NULL && other != NULL);
    KTEST_ASSERT(console_screen_shown());
    KTEST_ASSERT_EQ(file_write(taker, "screenoff", 9), 9);
    bool off = !console_screen_shown();
    char mode[64] = {0};
    file_read(other, mode, sizeof(mode) - 1);
    bool said_program = strstr(mode, "screen program\n") != NULL;
    file_put(other); // not the taker: the screen stays away
    bool still_off = !console_screen_shown();
    file_put(taker);
    bool back = console_screen_shown();
    KTEST_ASSERT(off);
    KTEST_ASSERT(said_program);
    KTEST_ASSERT(still_off);
    KTEST_ASSERT(back);
}

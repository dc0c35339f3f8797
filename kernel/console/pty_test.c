// Pseudo-terminals through their files (sys:/pty): the handle and its id,
// cooked lines with echo, raw mode, ^C and ^D, the hang-up when the
// screen side closes, ctl's commands and errors. Each test checks that
// no pty is left behind.
#include "pty.h"

#include <kernel/arch/clock.h>
#include <kernel/fs/vfs.h>
#include <kernel/proc/process.h>
#include <kernel/sched/sched.h>
#include <kernel/sched/thread.h>
#include <kernel/test/ktest.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>

// A pty's handle, its id, and its files (NULL until opened).
typedef struct
{
    file_t* handle;
    char id[24];
    file_t* screen;
    file_t* tty;
    file_t* ctl;
} test_pty_t;

static file_t* pty_test_open(const test_pty_t* pty, const char* name)
{
    char path[64];
    snprintf(path, sizeof(path), "sys:/pty/%s/%s", pty->id, name);
    file_t* file = NULL;
    return vfs_open(NULL, path, &file) == 0 ? file : NULL;
}

// Make a pty and open its screen (non-blocking: the tests never wait for
// output that is not there), tty and ctl files.
static bool pty_test_new(test_pty_t* pty)
{
    memset(pty, 0, sizeof(*pty));
    if (vfs_open(NULL, "sys:/pty/new", &pty->handle) != 0)
    {
        return false;
    }
    if (file_read(pty->handle, pty->id, sizeof(pty->id) - 1) <= 0)
    {
        file_put(pty->handle);
        return false;
    }
    pty->screen = pty_test_open(pty, "screen?nonblock");
    pty->tty = pty_test_open(pty, "tty");
    pty->ctl = pty_test_open(pty, "ctl");
    return pty->screen != NULL && pty->tty != NULL && pty->ctl != NULL;
}

static void pty_test_close(test_pty_t* pty)
{
    file_t* files[] = {pty->handle, pty->screen, pty->tty, pty->ctl};
    for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++)
    {
        if (files[i] != NULL)
        {
            file_put(files[i]);
        }
    }
    memset(pty, 0, sizeof(*pty));
}

// What the screen side can read now, as a string.
static size_t pty_test_screen(test_pty_t* pty, char* text, size_t size)
{
    ssize_t got = file_read(pty->screen, text, size - 1);
    size_t length = got > 0 ? (size_t)got : 0;
    text[length] = '\0';
    return length;
}

static ssize_t pty_test_type(test_pty_t* pty, const char* keys)
{
    return file_write(pty->screen, keys, strlen(keys));
}

static ssize_t pty_test_command(test_pty_t* pty, const char* command)
{
    return file_write(pty->ctl, command, strlen(command));
}

KTEST(pty, ids_differ_and_the_directory_goes_with_the_handle)
{
    uint64_t before = pty_count();
    test_pty_t a, b;
    KTEST_ASSERT(pty_test_new(&a));
    KTEST_ASSERT(pty_test_new(&b));
    char path[64];
    snprintf(path, sizeof(path), "sys:/pty/%s/tty", a.id);
    stat_t info;
    int found = vfs_stat(NULL, path, &info);
    uint32_t type = info.type;
    bool differ = strcmp(a.id, b.id) != 0;
    pty_test_close(&a);
    int gone = vfs_stat(NULL, path, &info);
    pty_test_close(&b);
    KTEST_ASSERT(differ);
    KTEST_ASSERT_EQ(found, 0);
    KTEST_ASSERT_EQ(type, STAT_CONSOLE); // isatty says yes
    KTEST_ASSERT_EQ(gone, -ENOENT);
    KTEST_ASSERT_EQ(pty_count(), before);
}

KTEST(pty, cooked_lines_are_edited_with_echo)
{
    test_pty_t pty;
    KTEST_ASSERT(pty_test_new(&pty));
    ssize_t typed = pty_test_type(&pty, "ls x\x7fy\r");
    char line[32] = {0};
    ssize_t got = file_read(pty.tty, line, sizeof(line) - 1);
    char screen[64];
    pty_test_screen(&pty, screen, sizeof(screen));
    ssize_t output = file_write(pty.tty, "a\nb", 3);
    char shown[64];
    pty_test_screen(&pty, shown, sizeof(shown));
    pty_test_close(&pty);
    KTEST_ASSERT_EQ(typed, 7);
    KTEST_ASSERT_EQ(got, 5);
    KTEST_ASSERT(strcmp(line, "ls y\n") == 0);
    KTEST_ASSERT(strcmp(screen, "ls x\b \by\r\n") == 0);
    KTEST_ASSERT_EQ(output, 3);
    KTEST_ASSERT(strcmp(shown, "a\r\nb") == 0); // '\n' shows as on the console
}

KTEST(pty, raw_mode_passes_bytes_without_echo_until_its_ctl_closes)
{
    test_pty_t pty;
    KTEST_ASSERT(pty_test_new(&pty));
    file_t* other = pty_test_open(&pty, "ctl");
    KTEST_ASSERT(other != NULL);
    ssize_t on = pty_test_command(&pty, "rawon\n");
    pty_test_type(&pty, "a\x7f\x03\x04");
    char bytes[8] = {0};
    ssize_t got = file_read(pty.tty, bytes, sizeof(bytes));
    char screen[16];
    size_t echoed = pty_test_screen(&pty, screen, sizeof(screen));
    char state[32] = {0};
    file_read(other, state, sizeof(state) - 1);
    file_put(other); // not the file that turned raw mode on
    other = pty_test_open(&pty, "ctl");
    char still[32] = {0};
    if (other != NULL)
    {
        file_read(other, still, sizeof(still) - 1);
        file_put(other);
    }
    file_put(pty.ctl);
    pty.ctl = pty_test_open(&pty, "ctl");
    char after[32] = {0};
    file_read(pty.ctl, after, sizeof(after) - 1);
    pty_test_close(&pty);
    KTEST_ASSERT_EQ(on, 6);
    KTEST_ASSERT_EQ(got, 4);
    KTEST_ASSERT(memcmp(bytes + 1, "\x7f\x03\x04", 3) == 0);
    KTEST_ASSERT_EQ(echoed, 0);
    KTEST_ASSERT(strcmp(state, "raw\nsize 80 24\n") == 0);
    KTEST_ASSERT(strcmp(still, "raw\nsize 80 24\n") == 0);
    KTEST_ASSERT(strcmp(after, "cooked\nsize 80 24\n") == 0);
}

// ^C drops the line and interrupts the foreground process (a real one:
// sleep, which has no handler, so the note ends it).
KTEST(pty, control_c_interrupts_the_foreground_process)
{
    test_pty_t pty;
    KTEST_ASSERT(pty_test_new(&pty));
    char* argv[] = {"home:/bin/sleep", "20", NULL};
    pid_t pid = process_spawn(NULL, argv, 2, NULL, 0, NULL, 0, NULL, PRIORITY_DEFAULT);
    process_t* sleeper = pid > 0 ? process_get(pid) : NULL;
    char command[32];
    snprintf(command, sizeof(command), "foreground %d", (int)pid);
    ssize_t set = pty_test_command(&pty, command);
    uint64_t start = clock_uptime_ns();
    pty_test_type(&pty, "dropped\x03kept\r");
    int status = -1;
    if (sleeper != NULL)
    {
        process_wait_exit(sleeper, NULL);
        status = sleeper->status;
        process_put(sleeper);
    }
    uint64_t waited_ms = (clock_uptime_ns() - start) / CLOCK_NS_PER_MS;
    char line[32] = {0};
    file_read(pty.tty, line, sizeof(line) - 1);
    char screen[64];
    pty_test_screen(&pty, screen, sizeof(screen));
    pty_test_close(&pty);
    KTEST_ASSERT(pid > 0);
    KTEST_ASSERT(sleeper != NULL);
    KTEST_ASSERT_EQ(set, (ssize_t)strlen(command));
    KTEST_ASSERT_EQ(status, EXIT_KILLED);
    KTEST_ASSERT(waited_ms < 10000);
    KTEST_ASSERT(strcmp(line, "kept\n") == 0);
    KTEST_ASSERT(strcmp(screen, "dropped^C\r\nkept\r\n") == 0);
}

KTEST(pty, control_d_gives_one_end_of_file)
{
    test_pty_t pty;
    KTEST_ASSERT(pty_test_new(&pty));
    pty_test_type(&pty, "\x04");
    char text[16] = {0};
    ssize_t at_end = file_read(pty.tty, text, sizeof(text));
    uint16_t empty_events = file_poll(pty.tty);
    pty_test_type(&pty, "ab\x04");
    ssize_t got = file_read(pty.tty, text, sizeof(text));
    pty_test_close(&pty);
    KTEST_ASSERT_EQ(at_end, 0);
    KTEST_ASSERT_EQ(empty_events, POLL_WRITE);
    KTEST_ASSERT_EQ(got, 2);
    KTEST_ASSERT(memcmp(text, "ab", 2) == 0);
}

typedef struct
{
    file_t* tty;
    ssize_t result;
    volatile bool done;
} blocked_t;

static void pty_test_reader(void* argument)
{
    blocked_t* reader = argument;
    char byte;
    reader->result = file_read(reader->tty, &byte, 1);
    __atomic_store_n(&reader->done, true, __ATOMIC_RELEASE);
    thread_exit();
}

// Writes more than the screen side's buffer holds: it waits for room.
static void pty_test_writer(void* argument)
{
    blocked_t* writer = argument;
    static char block[PTY_OUTPUT_CAPACITY + 100];
    memset(block, 'w', sizeof(block));
    writer->result = file_write(writer->tty, block, sizeof(block));
    __atomic_store_n(&writer->done, true, __ATOMIC_RELEASE);
    thread_exit();
}

// Wait up to 5 s for @p blocked's thread to be done; then join it.
static bool pty_test_finished(blocked_t* blocked, thread_t* thread)
{
    uint64_t give_up = clock_uptime_ns() + 5000 * CLOCK_NS_PER_MS;
    while (!__atomic_load_n(&blocked->done, __ATOMIC_ACQUIRE) && clock_uptime_ns() < give_up)
    {
        sched_sleep_ns(CLOCK_NS_PER_MS);
    }
    if (!__atomic_load_n(&blocked->done, __ATOMIC_ACQUIRE))
    {
        return false; // the thread still uses the tty: leave it all
    }
    thread_join(thread);
    return true;
}

// Closing the handle hangs the pty up: a reader waiting on the tty wakes
// with end of file, writes fail, commands fail, the directory goes, and
// the pty is freed with the last file.
KTEST(pty, closing_the_handle_wakes_readers_and_frees_it)
{
    uint64_t before = pty_count();
    test_pty_t pty;
    KTEST_ASSERT(pty_test_new(&pty));
    file_put(pty.screen);
    pty.screen = NULL;
    blocked_t reader = {.tty = pty.tty, .result = -1};
    thread_t* thread = thread_create("pty reader", pty_test_reader, &reader, SCHED_PRIORITY_DEFAULT, THREAD_ANY_CPU);
    KTEST_ASSERT(thread != NULL);
    sched_sleep_ns(50 * CLOCK_NS_PER_MS); // let it block
    bool blocked = !__atomic_load_n(&reader.done, __ATOMIC_ACQUIRE);
    file_put(pty.handle);
    pty.handle = NULL;
    KTEST_ASSERT(pty_test_finished(&reader, thread));
    ssize_t written = file_write(pty.tty, "x", 1);
    uint16_t events = file_poll(pty.tty);
    ssize_t command = pty_test_command(&pty, "rawon");
    file_t* late = pty_test_open(&pty, "tty");
    pty_test_close(&pty);
    KTEST_ASSERT(blocked);
    KTEST_ASSERT_EQ(reader.result, 0);
    KTEST_ASSERT_EQ(written, -EPIPE);
    KTEST_ASSERT(events & POLL_HANGUP);
    KTEST_ASSERT_EQ(command, -EIO);
    KTEST_ASSERT(late == NULL);
    KTEST_ASSERT_EQ(pty_count(), before);
}

// A writer waiting for room on the screen side when it hangs up: it
// returns what it wrote, and the next write fails.
KTEST(pty, closing_the_handle_stops_a_blocked_writer)
{
    uint64_t before = pty_count();
    test_pty_t pty;
    KTEST_ASSERT(pty_test_new(&pty));
    file_put(pty.screen);
    pty.screen = NULL;
    blocked_t writer = {.tty = pty.tty, .result = -1};
    thread_t* thread = thread_create("pty writer", pty_test_writer, &writer, SCHED_PRIORITY_DEFAULT, THREAD_ANY_CPU);
    KTEST_ASSERT(thread != NULL);
    sched_sleep_ns(50 * CLOCK_NS_PER_MS); // let it fill the buffer and block
    bool blocked = !__atomic_load_n(&writer.done, __ATOMIC_ACQUIRE);
    file_put(pty.handle);
    pty.handle = NULL;
    KTEST_ASSERT(pty_test_finished(&writer, thread));
    ssize_t again = file_write(pty.tty, "x", 1);
    pty_test_close(&pty);
    KTEST_ASSERT(blocked);
    KTEST_ASSERT_EQ(writer.result, PTY_OUTPUT_CAPACITY);
    KTEST_ASSERT_EQ(again, -EPIPE);
    KTEST_ASSERT_EQ(pty_count(), before);
}

// The screen side outlives the handle while a screen file is open; it
// reads end of file once the programs' last tty file has closed.
KTEST(pty, a_screen_file_keeps_it_and_sees_the_programs_go)
{
    uint64_t before = pty_count();
    test_pty_t pty;
    KTEST_ASSERT(pty_test_new(&pty));
    file_put(pty.handle);
    pty.handle = NULL;
    ssize_t written = file_write(pty.tty, "bye", 3);
    file_put(pty.tty);
    pty.tty = NULL;
    char text[16];
    size_t got = pty_test_screen(&pty, text, sizeof(text));
    ssize_t at_end = file_read(pty.screen, text, sizeof(text));
    uint16_t events = file_poll(pty.screen);
    pty_test_close(&pty);
    KTEST_ASSERT_EQ(written, 3);
    KTEST_ASSERT_EQ(got, 3);
    KTEST_ASSERT(memcmp(text, "bye", 3) == 0);
    KTEST_ASSERT_EQ(at_end, 0);
    KTEST_ASSERT(events & POLL_HANGUP);
    KTEST_ASSERT_EQ(pty_count(), before);
}

KTEST(pty, ctl_sets_the_size_and_refuses_bad_commands)
{
    test_pty_t pty;
    KTEST_ASSERT(pty_test_new(&pty));
    const char* bad[] = {"sideways", "size 0 24", "size 80 1001", "size 80", "size 80 24 1", "size -1 5",
        "foreground x", "foreground", "rawon please"};
    int refused = 0;
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
    {
        refused += pty_test_command(&pty, bad[i]) == -EINVAL;
    }
    ssize_t sized = pty_test_command(&pty, "size 132 43\n");
    ssize_t foreground = pty_test_command(&pty, "foreground 0");
    char state[32] = {0};
    file_read(pty.ctl, state, sizeof(state) - 1);
    pty_test_close(&pty);
    KTEST_ASSERT_EQ(refused, (int)(sizeof(bad) / sizeof(bad[0])));
    KTEST_ASSERT_EQ(sized, 12);
    KTEST_ASSERT_EQ(foreground, 12);
    KTEST_ASSERT(strcmp(state, "cooked\nsize 132 43\n") == 0);
}

// A typist that fills the programs' input gets EAGAIN (non-blocking); a
// writer that fills the screen side's output too.
KTEST(pty, full_buffers_say_would_block)
{
    test_pty_t pty;
    KTEST_ASSERT(pty_test_new(&pty));
    pty_test_command(&pty, "rawon");
    static char block[PTY_OUTPUT_CAPACITY + 100];
    memset(block, 'z', sizeof(block));
    ssize_t typed = file_write(pty.screen, block, PTY_INPUT_CAPACITY + 10);
    ssize_t more = file_write(pty.screen, block, 1);
    file_t* tty = pty_test_open(&pty, "tty?nonblock");
    ssize_t written = tty != NULL ? file_write(tty, block, sizeof(block)) : -1;
    ssize_t full = tty != NULL ? file_write(tty, block, 1) : -1;
    uint16_t events = tty != NULL ? file_poll(tty) : 0;
    if (tty != NULL)
    {
        file_put(tty);
    }
    pty_test_close(&pty);
    KTEST_ASSERT_EQ(typed, PTY_INPUT_CAPACITY);
    KTEST_ASSERT_EQ(more, -EAGAIN);
    KTEST_ASSERT_EQ(written, PTY_OUTPUT_CAPACITY);
    KTEST_ASSERT_EQ(full, -EAGAIN);
    KTEST_ASSERT_EQ(events, POLL_READ);
}

// A file read and written at once, as a shell's terminal is: a reader
// waiting for a line through the tty does not hold up a write through
// that same file (file->lock is not taken around them; ops->concurrent).
static void pty_test_short_writer(void* argument)
{
    blocked_t* writer = argument;
    writer->result = file_write(writer->tty, "out\n", 4);
    __atomic_store_n(&writer->done, true, __ATOMIC_RELEASE);
    thread_exit();
}

KTEST(pty, a_waiting_reader_does_not_hold_up_a_writer_on_the_same_file)
{
    test_pty_t pty;
    KTEST_ASSERT(pty_test_new(&pty));
    blocked_t reader = {.tty = pty.tty, .result = -1};
    blocked_t writer = {.tty = pty.tty, .result = -1};
    thread_t* reading = thread_create("pty reader", pty_test_reader, &reader, SCHED_PRIORITY_DEFAULT, THREAD_ANY_CPU);
    KTEST_ASSERT(reading != NULL);
    sched_sleep_ns(50 * CLOCK_NS_PER_MS); // let it block
    bool blocked = !__atomic_load_n(&reader.done, __ATOMIC_ACQUIRE);
    thread_t* writing = thread_create("pty writer", pty_test_short_writer, &writer, SCHED_PRIORITY_DEFAULT,
        THREAD_ANY_CPU);
    KTEST_ASSERT(writing != NULL);
    uint64_t give_up = clock_uptime_ns() + 1000 * CLOCK_NS_PER_MS;
    while (!__atomic_load_n(&writer.done, __ATOMIC_ACQUIRE) && clock_uptime_ns() < give_up)
    {
        sched_sleep_ns(CLOCK_NS_PER_MS);
    }
    bool wrote_while_reading = __atomic_load_n(&writer.done, __ATOMIC_ACQUIRE);
    pty_test_type(&pty, "\r"); // the reader's line: it finishes (and so would a writer held up by it)
    KTEST_ASSERT(pty_test_finished(&reader, reading)); // else they still use the pty: keep it
    KTEST_ASSERT(pty_test_finished(&writer, writing));
    char text[64];
    size_t shown = pty_test_screen(&pty, text, sizeof(text));
    pty_test_close(&pty);
    KTEST_ASSERT(blocked);
    KTEST_ASSERT(wrote_while_reading);
    KTEST_ASSERT_EQ(writer.result, 4);
    KTEST_ASSERT(shown >= 5 && memcmp(text, "out\r\n", 5) == 0);
}

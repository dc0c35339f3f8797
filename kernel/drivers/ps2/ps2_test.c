#include "ps2.h"

#include <kernel/fs/vfs.h>
#include <kernel/test/ktest.h>

#include <errno.h>
#include <sys/input.h>

// QEMU's PC has a controller with a keyboard and a mouse.
KTEST(ps2, devices_found_and_files_exist)
{
    ps2_state_t state = ps2_state();
    KTEST_ASSERT(state.controller);
    KTEST_ASSERT(state.keyboard);
    KTEST_ASSERT(state.mouse);
    stat_t info;
    KTEST_ASSERT_EQ(vfs_stat(NULL, "sys:/kbd/ps2", &info), 0);
    KTEST_ASSERT_EQ(vfs_stat(NULL, "sys:/mouse/ps2", &info), 0);
}

// Both ports stay enabled in the configuration the driver wrote: bits 4
// and 5 turn the keyboard's and the mouse's clocks off, and with them set
// nothing typed or moved ever arrives (it did not, until this was fixed).
KTEST(ps2, configuration_leaves_both_ports_on)
{
    ps2_state_t state = ps2_state();
    KTEST_ASSERT_EQ(state.config & 0x30, 0);
    KTEST_ASSERT_EQ(state.config & 0x03, 0x03); // and both interrupt
}

// With nothing typed, a non-blocking read says so instead of waiting, and
// a read shorter than an event is refused.
KTEST(ps2, nonblocking_read_of_an_empty_queue)
{
    file_t* file;
    KTEST_ASSERT_EQ(vfs_open(NULL, "sys:/kbd/ps2?nonblock", &file), 0);
    kbd_event_t event;
    ssize_t short_read = file_read(file, &event, sizeof(event) - 1);
    ssize_t result = file_read(file, &event, sizeof(event));
    uint16_t ready = file_poll(file);
    file_put(file);
    KTEST_ASSERT_EQ(short_read, -EINVAL);
    KTEST_ASSERT_EQ(result, -EAGAIN);
    KTEST_ASSERT_EQ(ready & POLL_READ, 0);
}

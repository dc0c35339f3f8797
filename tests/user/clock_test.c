// Suite "clock": the clock in a dwm --test. Its window appears with the
// dial drawn, the pixels on a ring the second hand crosses change within
// a few seconds (the hand moves once a second), and a close request ends
// the program with status 0.
#include "dwm_harness.h"
#include "tap.h"

#include "../../programs/clock/layout.h"

#include <math.h>
#include <sys/proc.h>

#define NAME "clock-test"
#define RING 360 // points probed on the ring, a degree apart
#define RING_RADIUS 66

static pid_t dwm = -1, clock_pid = -1;
static pw_client_t* client;

static uint32_t window_pixel(int32_t x, int32_t y)
{
    return dwm_pixel(client, LAYOUT_WINDOW_X + x, LAYOUT_WINDOW_Y + y);
}

// The screen on a ring between the hour hand's tip and the minute
// hand's, which the minute and second hands cross.
static void ring(uint32_t pixels[RING])
{
    for (int i = 0; i < RING; i++)
    {
        double radians = i * (3.14159265358979323846 / 180.0);
        pixels[i] = window_pixel(LAYOUT_CENTRE_X + (int32_t)lround(RING_RADIUS * sin(radians)),
                                 LAYOUT_CENTRE_Y - (int32_t)lround(RING_RADIUS * cos(radians)));
    }
}

static const char* test_window_appears(void)
{
    const char* reason = dwm_start(NAME, &dwm);
    if (reason != NULL)
    {
        return reason;
    }
    client = pw_connect(NAME);
    TAP_CHECK(client != NULL, "connect: %s", strerror(errno));
    const char* argv[] = {"home:/bin/clock", "--dwm", NAME, NULL};
    if ((reason = dwm_spawn_app(argv, &clock_pid)) != NULL)
    {
        return reason;
    }
    TAP_CHECK(dwm_wait_counts(client, 1, 2, 10000), "no clock window came");
    // The rim at 12 o'clock, once the window is drawn.
    for (int i = 0; i < 1000 && window_pixel(LAYOUT_CENTRE_X, LAYOUT_CENTRE_Y - LAYOUT_RADIUS - 2) != LAYOUT_RIM; i++)
    {
        sleep_ns(10000000);
    }
    uint32_t rim = window_pixel(LAYOUT_CENTRE_X, LAYOUT_CENTRE_Y - LAYOUT_RADIUS - 2);
    TAP_CHECK(rim == LAYOUT_RIM, "the dial's rim is %#x", rim);
    TAP_CHECK(window_pixel(4, 4) == LAYOUT_BACKGROUND, "the corner is %#x", window_pixel(4, 4));
    return NULL;
}

static const char* test_second_hand_moves(void)
{
    static uint32_t before[RING], after[RING];
    ring(before);
    int dial = 0;
    for (int i = 0; i < RING; i++)
    {
        dial += before[i] == LAYOUT_DIAL;
    }
    TAP_CHECK(dial > RING / 2, "only %d of the ring's points show the dial", dial);
    uint64_t end = uptime() + 3000000000ull;
    int changed = 0;
    while (changed == 0 && uptime() < end)
    {
        sleep_ns(200000000);
        ring(after);
        for (int i = 0; i < RING; i++)
        {
            changed += after[i] != before[i];
        }
    }
    TAP_CHECK(changed > 0, "nothing on the ring changed in 3 s");
    return NULL;
}

static const char* test_close_ends_it(void)
{
    TAP_CHECK(clock_pid != -1, "the clock did not start");
    TAP_CHECK_OK(dwm_click(client, dwm_close_x(LAYOUT_WINDOW_X, LAYOUT_WIDTH), dwm_close_y(LAYOUT_WINDOW_Y)));
    int status = -1;
    const char* reason = dwm_wait_exit(client, clock_pid, 10000, &status);
    clock_pid = -1;
    if (reason != NULL)
    {
        return reason;
    }
    TAP_CHECK(status == 0, "the clock exited with %d", status);
    return NULL;
}

int main(void)
{
    tap_suite("clock");
    tap_run("window-appears", test_window_appears);
    if (client != NULL && clock_pid != -1)
    {
        tap_run("second-hand-moves", test_second_hand_moves);
        tap_run("close-ends-it", test_close_ends_it);
    }
    if (client != NULL)
    {
        pw_disconnect(client);
    }
    if (clock_pid != -1)
    {
        process_kill(clock_pid);
        process_wait(clock_pid, NULL);
    }
    if (dwm != -1)
    {
        process_kill(dwm);
        process_wait(dwm, NULL);
    }
    return tap_exit_status();
}

// Suite "calculator": home:/bin/calculator end to end on a dwm started
// with --test. The calculator's --report file (programs/calculator/
// report.c) says where its buttons are on the screen and what its display
// shows; the test clicks 1 2 × 1 2 = with dwm's test-mouse and reads 144,
// types 7 * 6 Enter with test-key (Shift+8 for '*') and reads 42, Escape
// clears; then it clicks the window's close box: the calculator exits
// with 0 and dwm is back to one client. A second calculator, started and
// closed once everything is warm, gives back dwm's pages and the free
// pages.
#include "file_text.h"
#include "dwm_harness.h"
#include "dwm_memory.h"
#include "tap.h"

#include <patchwork/client.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

#define CALCULATOR "home:/bin/calculator"
#define NAME "calculator-test"
#define REPORT "home:/calculator-test-report"
#define WAIT_STEPS 500 // of 10 ms: five seconds for anything to happen

static pid_t dwm = -1, calculator = -1;
static pw_client_t* driver; // sends the test input and probes

static const char* start_dwm(void)
{
    const char* reason = dwm_start(NAME, &dwm);
    if (reason != NULL)
    {
        return reason;
    }
    driver = pw_connect(NAME);
    TAP_CHECK(driver != NULL, "connect: %s", strerror(errno));
    return NULL;
}

static char report[2048];

// Wait until the report's display line is WANT; false with the last
// report in `report` otherwise.
static bool display_becomes(const char* want)
{
    char line[64];
    snprintf(line, sizeof(line), "display %s\n", want);
    for (int i = 0; i < WAIT_STEPS; i++)
    {
        if (file_text(REPORT, report, sizeof(report)) > 0 && strncmp(report, line, strlen(line)) == 0)
        {
            return true;
        }
        sleep_ns(10000000);
    }
    return false;
}

static bool button_at(const char* name, int* x, int* y)
{
    char key[32], value[32];
    snprintf(key, sizeof(key), "button %s", name);
    return text_value(report, key, value, sizeof(value)) && sscanf(value, "%d %d", x, y) == 2;
}

static dwm_memory_t baseline;

// Start the calculator and wait for its first report.
static const char* calculator_start(void)
{
    const char* argv[] = {CALCULATOR, "--dwm", NAME, "--report", REPORT, NULL};
    const char* reason = dwm_spawn_app(argv, &calculator);
    if (reason != NULL)
    {
        return reason;
    }
    TAP_CHECK(display_becomes("0"), "no report with display 0: '%s'", report);
    proto_msg_t result;
    TAP_CHECK(dwm_probe(driver, 0, 0, &result) == 0 && result.probe.clients == 2 && result.probe.windows == 1,
              "dwm has %u clients and %u windows", result.probe.clients, result.probe.windows);
    return NULL;
}

static const char* test_start(void)
{
    TAP_CHECK(dwm_clients_become(driver, 1), "dwm has other clients");
    remove(REPORT);
    return calculator_start();
}

static const char* test_click_12_times_12(void)
{
    const char* names[] = {"1", "2", "*", "1", "2", "="};
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
    {
        int x, y;
        TAP_CHECK(button_at(names[i], &x, &y), "the report has no button %s: '%s'", names[i], report);
        TAP_CHECK_OK(dwm_click(driver, x, y));
    }
    TAP_CHECK(display_becomes("144"), "the display is not 144: '%s'", report);
    TAP_CHECK(strstr(report, "expression 12 \xC3\x97 12 =\n") != NULL, "expression: '%s'", report);
    return NULL;
}

static const char* test_type_7_times_6(void)
{
    dwm_key_tap(driver, 0x08); // 7
    dwm_key(driver, PROTO_KEY_PRESS, 0x2A); // Shift
    dwm_key_tap(driver, 0x09); // 8: '*' with Shift
    dwm_key(driver, PROTO_KEY_RELEASE, 0x2A);
    dwm_key_tap(driver, 0x07); // 6
    dwm_key_tap(driver, 0x1C); // Enter
    TAP_CHECK(display_becomes("42"), "the display is not 42: '%s'", report);
    dwm_key_tap(driver, 0x49); // the keypad's 9
    dwm_key_tap(driver, 0x01); // Escape clears
    TAP_CHECK(display_becomes("0"), "Escape did not clear: '%s'", report);
    return NULL;
}

// Click the close box; the calculator must exit with 0.
static const char* calculator_close(void)
{
    int x, y, width, height;
    char value[64];
    TAP_CHECK(text_value(report, "window", value, sizeof(value)) &&
                  sscanf(value, "%d %d %d %d", &x, &y, &width, &height) == 4,
              "no window line: '%s'", report);
    TAP_CHECK_OK(dwm_click(driver, dwm_close_x(x, width), dwm_close_y(y)));
    // It leaves dwm (no window left, only the driver) and exits.
    int status = -1;
    const char* reason = dwm_wait_exit(driver, calculator, DWM_WAIT_MS, &status);
    calculator = -1;
    if (reason != NULL)
    {
        return reason;
    }
    TAP_CHECK(status == 0, "the calculator exited with %d", status);
    return NULL;
}

static const char* test_close(void)
{
    return calculator_close();
}

// A second calculator, started with everything warm (its program, fonts
// and files read once, home:'s directory grown for the report), and
// closed: dwm's pages and the free pages are what they were before it.
static const char* test_memory_comes_back(void)
{
    TAP_CHECK(calculator == -1 && dwm_clients_become(driver, 1), "the first calculator still runs");
    remove(REPORT);
    baseline = dwm_memory(dwm);
    const char* reason = calculator_start();
    if (reason == NULL)
    {
        int x, y;
        TAP_CHECK(button_at("5", &x, &y), "no button 5: '%s'", report);
        TAP_CHECK_OK(dwm_click(driver, x, y));
        TAP_CHECK(display_becomes("5"), "the display is not 5: '%s'", report);
        reason = calculator_close();
    }
    if (reason != NULL)
    {
        return reason;
    }
    remove(REPORT); // its pages were free at the baseline
    return dwm_memory_back(dwm, baseline);
}

static const char* test_stop(void)
{
    if (calculator != -1)
    {
        process_kill(calculator);
        process_wait(calculator, NULL);
    }
    pw_disconnect(driver);
    driver = NULL;
    TAP_CHECK_OK(process_kill(dwm));
    int status = -1;
    TAP_CHECK_OK(process_wait(dwm, &status));
    remove(REPORT);
    return NULL;
}

int main(void)
{
    tap_suite("calculator");
    tap_run("start-dwm", start_dwm);
    if (dwm != -1 && driver != NULL)
    {
        tap_run("start", test_start);
        if (calculator != -1)
        {
            tap_run("click-12-times-12", test_click_12_times_12);
            tap_run("type-7-times-6", test_type_7_times_6);
            tap_run("close", test_close);
            tap_run("memory-comes-back", test_memory_comes_back);
        }
        tap_run("stop", test_stop);
    }
    return tap_exit_status();
}

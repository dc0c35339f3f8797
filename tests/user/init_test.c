// Suite "init": home:/bin/init run with a configuration of the test's own
// (-f), its output on pipes (capture.h), so it never touches the console:
// "once" lines run in order and are waited for, "run" lines start again
// when their program exits, a bad or missing configuration is reported
// with the fallback to the shell (checked with -c, which runs nothing).
// That init runs the test runner under "utest" is shown by this suite
// running at all.
#include "capture.h"
#include "tap.h"

#include <stdio.h>
#include <sys/io.h>
#include <sys/proc.h>

#define INIT "home:/bin/init"
#define CONFIG "home:/init-test.conf"

static capture_t result;

static bool write_config(const char* text)
{
    fd_t fd = io_open(CONFIG "?create&trunc");
    bool ok = fd != -1 && write(fd, text, strlen(text)) == (ssize_t)strlen(text);
    if (fd != -1)
    {
        close(fd);
    }
    return ok;
}

// Run init with @p args after the program name (up to 3, ending with NULL).
static const char* run_init(const char* a, const char* b, const char* c)
{
    const char* argv[] = {INIT, a, b, c, NULL};
    return capture_run(argv, NULL, NULL, &result);
}

#define CHECK_ERR_HAS(text) \
    TAP_CHECK(strstr(result.err, (text)) != NULL, "no '%s' in '%s'", capture_shown(text), capture_shown(result.err))

static const char* test_usage(void)
{
    const char* failure = run_init("-Z", NULL, NULL);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(result.status == 2 && strncmp(result.err, "usage: init", 11) == 0, "-Z: status %d, '%s'",
        result.status, capture_shown(result.err));
    failure = run_init("--help", NULL, NULL);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(result.status == 0 && strncmp(result.out, "usage: init", 11) == 0 && result.err_length == 0,
        "--help: status %d, '%s'", result.status, capture_shown(result.out));
    return NULL;
}

static const char* test_once_in_order(void)
{
    TAP_CHECK(write_config("# a comment, then a blank line\n"
                           "\n"
                           "once home:/bin/echo first\n"
                           "  once\thome:/bin/false  \n"
                           "once home:/bin/echo second one\n"),
        "writing " CONFIG ": %s", strerror(errno));
    const char* failure = run_init("-f", CONFIG, NULL);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(result.status == 0, "status %d", result.status);
    TAP_CHECK(strcmp(result.out, "first\nsecond one\n") == 0, "the programs printed '%s'", capture_shown(result.out));
    CHECK_ERR_HAS("init: starting home:/bin/echo first\n");
    CHECK_ERR_HAS("init: home:/bin/false (pid ");
    CHECK_ERR_HAS(") exited with status 1\n");
    CHECK_ERR_HAS("init: starting home:/bin/echo second one\n");
    CHECK_ERR_HAS("init: nothing left to run\n");
    return NULL;
}

static const char* test_run_restarts(void)
{
    TAP_CHECK(write_config("once home:/bin/echo before\nrun home:/bin/echo again\n"), "writing " CONFIG ": %s",
        strerror(errno));
    // echo ends at once: init waits a second, then starts it again.
    const char* argv[] = {INIT, "-f", CONFIG, NULL};
    const char* failure = capture_run_until(argv, "init: starting home:/bin/echo again\n", 2, &result);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(result.status == EXIT_KILLED, "init's status %d: it ended by itself", result.status);
    TAP_CHECK(strncmp(result.out, "before\nagain\n", 13) == 0, "the programs printed '%s'",
        capture_shown(result.out));
    CHECK_ERR_HAS("init: home:/bin/echo ended quickly; starting it again in 1 s\n");
    return NULL;
}

static const char* test_bad_config(void)
{
    TAP_CHECK(write_config("once home:/bin/true\nstart home:/bin/shell\n"), "writing " CONFIG ": %s",
        strerror(errno));
    const char* failure = run_init("-c", "-f", CONFIG);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(result.status == 1, "status %d", result.status);
    CHECK_ERR_HAS("init: " CONFIG ":2: unknown command (run or once expected)\n");
    CHECK_ERR_HAS("init: falling back to home:/bin/shell\ninit: would run home:/bin/shell\n");
    TAP_CHECK(strstr(result.err, "home:/bin/true") == NULL, "a line of the bad file would run");
    TAP_CHECK(write_config("run\n"), "writing " CONFIG ": %s", strerror(errno));
    TAP_CHECK((failure = run_init("-c", "-f", CONFIG)) == NULL, "%s", failure);
    CHECK_ERR_HAS("init: " CONFIG ":1: no program named\n");
    TAP_CHECK(remove(CONFIG) == 0, "remove " CONFIG ": %s", strerror(errno));
    TAP_CHECK((failure = run_init("-c", "-f", CONFIG)) == NULL, "%s", failure);
    TAP_CHECK(result.status == 1, "a missing file: status %d", result.status);
    CHECK_ERR_HAS("init: " CONFIG ": No such file or directory\ninit: falling back to home:/bin/shell\n");
    return NULL;
}

static const char* test_check_good_config(void)
{
    TAP_CHECK(write_config("once home:/bin/true\nrun home:/bin/shell\n"), "writing " CONFIG ": %s", strerror(errno));
    const char* failure = run_init("-c", "-f", CONFIG);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(result.status == 0 && result.out_length == 0, "status %d, stdout '%s'", result.status,
        capture_shown(result.out));
    TAP_CHECK(strcmp(result.err, "init: would run once home:/bin/true\ninit: would run home:/bin/shell\n") == 0,
        "stderr '%s'", capture_shown(result.err));
    return NULL;
}

// The configuration the image boots with is valid and starts the shell.
static const char* test_boot_config(void)
{
    const char* failure = run_init("-c", NULL, NULL);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(result.status == 0, "home:/etc/init.conf: status %d, '%s'", result.status, capture_shown(result.err));
    CHECK_ERR_HAS("init: would run home:/bin/shell\n");
    return NULL;
}

int main(void)
{
    tap_suite("init");
    tap_run("usage", test_usage);
    tap_run("once-in-order", test_once_in_order);
    tap_run("run-restarts", test_run_restarts);
    tap_run("bad-config", test_bad_config);
    tap_run("check-good-config", test_check_good_config);
    tap_run("boot-config", test_boot_config);
    remove(CONFIG);
    return tap_exit_status();
}

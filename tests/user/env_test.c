// Suite "env": the environment a new process gets. spawn hands on ours
// (environ, as setenv and unsetenv left it), spawn_env an explicit one or
// none; the child sees it through getenv from main's first line and in
// sys:/proc/[pid]/environ. Bad environments fail with a clear error
// (EINVAL, E2BIG, EFAULT), leak nothing, and a thread changing the array
// during the spawn cannot make the kernel use anything it did not check.
//
// The child is home:/test/helpers/env_print (tests/user/helpers/).
#include "file_text.h"
#include "tap.h"
#include "thread_join.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

#define HELPER(name) "home:/test/helpers/" name
#define PRINT HELPER("env_print")
#define OUTPUT_PATH "home:/env-test-output"
#define MS 1000000ULL

static char output[4096];

// Run env_print with @p names through spawn (@p explicit false) or
// spawn_env(@p envp); its stdout goes to `output`.
static const char* run_print(const char** names, bool explicit, const char* const* envp)
{
    const char* argv[8] = {PRINT};
    for (int i = 0; names[i] != NULL && i < 6; i++)
    {
        argv[i + 1] = names[i];
    }
    fd_t out = io_open(OUTPUT_PATH "?create&trunc");
    TAP_CHECK(out != -1, "open " OUTPUT_PATH ": %s", strerror(errno));
    spawn_fd_t fds[] = {{STDOUT_FILENO, out}, {STDERR_FILENO, STDERR_FILENO}, SPAWN_FD_END};
    pid_t pid = explicit ? spawn_env(argv, envp, fds, NULL, PRIORITY_INHERIT)
                         : spawn(argv, fds, NULL, PRIORITY_INHERIT);
    int error = errno;
    close(out);
    TAP_CHECK(pid != -1, "spawn: %s", strerror(error));
    int status = -1;
    TAP_CHECK_OK(process_wait(pid, &status));
    TAP_CHECK(status == 0, "env_print exited with %d", status);
    TAP_CHECK(file_text(OUTPUT_PATH, output, sizeof(output)) != -1, "reading the output: %s", strerror(errno));
    return NULL;
}

static int environ_count(void)
{
    int count = 0;
    while (environ[count] != NULL)
    {
        count++;
    }
    return count;
}

static const char* test_spawn_inherits(void)
{
    TAP_CHECK_OK(setenv("ENV_TEST_X", "inherited value", 1));
    TAP_CHECK_OK(setenv("ENV_TEST_GONE", "soon", 1));
    TAP_CHECK_OK(unsetenv("ENV_TEST_GONE"));
    const char* names[] = {"ENV_TEST_X", "ENV_TEST_GONE", NULL};
    const char* failure = run_print(names, false, NULL);
    TAP_CHECK(failure == NULL, "%s", failure);
    char expected[128];
    snprintf(expected, sizeof(expected), "ENV_TEST_X=inherited value\nENV_TEST_GONE unset\ncount %d\n",
             environ_count());
    TAP_CHECK(strcmp(output, expected) == 0, "the child printed '%s', expected '%s'", output, expected);
    return NULL;
}

static const char* test_spawn_env_explicit(void)
{
    TAP_CHECK_OK(setenv("ENV_TEST_X", "ours", 1));
    const char* envp[] = {"ENV_TEST_X=explicit", "ENV_TEST_Y=a=b", "ENV_TEST_EMPTY=", NULL};
    const char* names[] = {"ENV_TEST_X", "ENV_TEST_Y", "ENV_TEST_EMPTY", "ENV_TEST_Z", NULL};
    const char* failure = run_print(names, true, envp);
    TAP_CHECK(failure == NULL, "%s", failure);
    const char* expected = "ENV_TEST_X=explicit\nENV_TEST_Y=a=b\nENV_TEST_EMPTY=\nENV_TEST_Z unset\ncount 3\n";
    TAP_CHECK(strcmp(output, expected) == 0, "the child printed '%s', expected '%s'", output, expected);
    return NULL;
}

static const char* test_spawn_env_none(void)
{
    TAP_CHECK_OK(setenv("ENV_TEST_X", "ours", 1));
    const char* names[] = {"ENV_TEST_X", NULL};
    const char* failure = run_print(names, true, NULL);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(strcmp(output, "ENV_TEST_X unset\ncount 0\n") == 0, "the child printed '%s'", output);
    const char* empty[] = {NULL};
    failure = run_print(names, true, empty);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(strcmp(output, "ENV_TEST_X unset\ncount 0\n") == 0, "with {NULL} the child printed '%s'", output);
    return NULL;
}

// sys:/proc/[pid]/environ of a child that sleeps until killed.
static const char* test_proc_environ_file(void)
{
    const char* argv[] = {HELPER("sleep_forever"), NULL};
    const char* envp[] = {"A=1", "LONGER_NAME=with spaces", NULL};
    pid_t pid = spawn_env(argv, envp, NULL, NULL, PRIORITY_INHERIT);
    TAP_CHECK(pid != -1, "spawn_env: %s", strerror(errno));
    char path[64], text[256];
    snprintf(path, sizeof(path), "sys:/proc/%d/environ", (int)pid);
    ssize_t length = file_text(path, text, sizeof(text));
    int error = errno;
    process_kill(pid);
    process_wait(pid, NULL);
    TAP_CHECK(length != -1, "reading %s: %s", path, strerror(error));
    TAP_CHECK(strcmp(text, "A=1\nLONGER_NAME=with spaces\n") == 0, "%s holds '%s'", path, text);
    return NULL;
}

static const char* expect_spawn_error(const char* what, const char* const* envp, int expected)
{
    const char* argv[] = {PRINT, NULL};
    errno = 0;
    pid_t pid = spawn_env(argv, envp, NULL, NULL, PRIORITY_INHERIT);
    if (pid != -1)
    {
        process_wait(pid, NULL);
        return tap_reason("%s: spawn_env succeeded, expected %s", what, strerror(expected));
    }
    TAP_CHECK(errno == expected, "%s: failed with %s, expected %s", what, strerror(errno), strerror(expected));
    return NULL;
}

#define MANY_ENTRIES 1100
#define LONG_ENTRY 5000
#define BIG_ENTRIES 40

static const char* env_errors(void)
{
    static const char* no_equals[] = {"GOOD=1", "NOEQUALS", NULL};
    static const char* empty_name[] = {"=value", NULL};
    const char* failure = expect_spawn_error("an entry without '='", no_equals, EINVAL);
    failure = failure != NULL ? failure : expect_spawn_error("an empty name", empty_name, EINVAL);
    // Too many entries, one too long, and too much in all.
    static const char* many[MANY_ENTRIES + 1];
    for (int i = 0; i < MANY_ENTRIES; i++)
    {
        many[i] = "A=1";
    }
    failure = failure != NULL ? failure : expect_spawn_error("1100 entries", many, E2BIG);
    static char long_entry[LONG_ENTRY];
    memset(long_entry, 'v', sizeof(long_entry) - 1);
    memcpy(long_entry, "LONG=", 5);
    const char* one_long[] = {long_entry, NULL};
    failure = failure != NULL ? failure : expect_spawn_error("a 5000-byte entry", one_long, E2BIG);
    static char big_entry[4000];
    memset(big_entry, 'b', sizeof(big_entry) - 1);
    memcpy(big_entry, "BIG=", 4);
    static const char* big[BIG_ENTRIES + 1];
    for (int i = 0; i < BIG_ENTRIES; i++)
    {
        big[i] = big_entry;
    }
    failure = failure != NULL ? failure : expect_spawn_error("160 KB of entries", big, E2BIG);
    // Bad pointers: the array, an entry, and an array running off the end of user space.
    failure = failure != NULL ? failure : expect_spawn_error("envp in the kernel half",
                                                             (const char* const*)0xFFFF800000000000UL, EFAULT);
    const char* bad_entry[] = {"GOOD=1", (const char*)0x10, NULL};
    failure = failure != NULL ? failure : expect_spawn_error("an entry at 0x10", bad_entry, EFAULT);
    return failure;
}

static long long free_pages(void)
{
    return file_number("sys:/stat/mem", "free_pages");
}

// Every error, and that doing them many times takes no memory for good.
static const char* test_env_errors(void)
{
    const char* failure = env_errors(); // also warms up the heap's caches
    TAP_CHECK(failure == NULL, "%s", failure);
    long long before = free_pages();
    for (int i = 0; i < 20 && failure == NULL; i++)
    {
        failure = env_errors();
    }
    TAP_CHECK(failure == NULL, "%s", failure);
    long long after = free_pages();
    for (int tries = 0; tries < 20 && after < before; tries++)
    {
        sleep_ns(50 * MS);
        after = free_pages();
    }
    TAP_CHECK(after >= before, "free_pages was %lld before 20 rounds of bad spawns and %lld after", before, after);
    return NULL;
}

// ---- a thread changing the array while the kernel copies it ----------

static const char* volatile racing_envp[3] = {"RACE=1", "OTHER=2", NULL};
static volatile uint32_t race_stop;
static volatile uint32_t race_done;
static uint8_t race_stack[16384] __attribute__((aligned(16)));

static void race_entry(void* argument)
{
    (void)argument;
    static const char* const values[] = {"RACE=1", "NOEQUALS", (const char*)0x10, "RACE=1"};
    for (unsigned i = 0; !race_stop; i++)
    {
        racing_envp[0] = values[i % 4];
        racing_envp[1] = i % 3 == 0 ? NULL : "OTHER=2";
    }
    thread_join_signal(&race_done);
}

// Every spawn either fails with the error of what it read (EINVAL,
// EFAULT) or starts a child that sees RACE=1: never anything else.
static const char* test_env_race(void)
{
    tid_t tid = thread_create_raw(race_entry, NULL, race_stack + sizeof(race_stack));
    TAP_CHECK(tid != -1, "thread_create_raw: %s", strerror(errno));
    const char* failure = NULL;
    int started = 0, refused = 0;
    for (int i = 0; i < 40 && failure == NULL; i++)
    {
        const char* argv[] = {PRINT, "RACE", NULL};
        fd_t out = io_open(OUTPUT_PATH "?create&trunc");
        if (out == -1)
        {
            failure = tap_reason("open: %s", strerror(errno));
            break;
        }
        spawn_fd_t fds[] = {{STDOUT_FILENO, out}, SPAWN_FD_END};
        pid_t pid = spawn_env(argv, (const char* const*)racing_envp, fds, NULL, PRIORITY_INHERIT);
        int error = errno;
        close(out);
        if (pid == -1)
        {
            refused++;
            bool expected = error == EINVAL || error == EFAULT;
            failure = expected ? NULL : tap_reason("spawn_env failed with %s", strerror(error));
            continue;
        }
        int status = -1;
        process_wait(pid, &status);
        started++;
        if (file_text(OUTPUT_PATH, output, sizeof(output)) == -1 || strncmp(output, "RACE=1\n", 7) != 0 ||
            status != 0)
        {
            failure = tap_reason("a child started with status %d and printed '%s'", status, output);
        }
    }
    race_stop = 1;
    TAP_CHECK(thread_join_wait(&race_done, 5000 * MS), "the racing thread did not end");
    TAP_CHECK(failure == NULL, "%s", failure);
    tap_note("race: %d children started, %d spawns refused", started, refused);
    return NULL;
}

int main(void)
{
    tap_suite("env");
    tap_run("spawn-inherits", test_spawn_inherits);
    tap_run("spawn-env-explicit", test_spawn_env_explicit);
    tap_run("spawn-env-none", test_spawn_env_none);
    tap_run("proc-environ-file", test_proc_environ_file);
    tap_run("errors", test_env_errors);
    tap_run("array-changing-during-spawn", test_env_race);
    remove(OUTPUT_PATH);
    return tap_exit_status();
}

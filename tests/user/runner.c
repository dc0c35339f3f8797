// home:/test/runner [NAME...]: runs the test programs one at a time and
// reports each as "ok N - runner/NAME", or "not ok N - runner/NAME # exit
// status S". Without arguments it runs every program in home:/test whose
// name ends in "_test", sorted by name. Exits with 0 when all passed.
//
// The programs' own TAP lines go straight to the same stdout.
#include "tap.h"

#include <stdio.h>
#include <sys/io.h>
#include <sys/proc.h>

#define TEST_DIR "home:/test"
#define TEST_SUFFIX "_test"
#define MAX_TESTS 64

static char found_names[MAX_TESTS][MAX_NAME];

static bool is_test_name(const char* name)
{
    size_t length = strlen(name);
    size_t suffix = strlen(TEST_SUFFIX);
    return length > suffix && strcmp(name + length - suffix, TEST_SUFFIX) == 0;
}

// Fill @p names with the tests in TEST_DIR, sorted; their number, or -1.
static int list_tests(const char** names)
{
    fd_t dir = io_open(TEST_DIR);
    if (dir == -1)
    {
        tap_result("list", tap_reason("open " TEST_DIR ": %s", strerror(errno)));
        return -1;
    }
    int count = 0;
    stat_t entry;
    ssize_t got;
    while ((got = io_readdir(dir, &entry, 1)) == 1)
    {
        if (entry.type != STAT_FILE || !is_test_name(entry.name))
        {
            continue;
        }
        if (count == MAX_TESTS)
        {
            tap_note("more than %d tests in " TEST_DIR "; %s and later ones are left out", MAX_TESTS, entry.name);
            break;
        }
        strcpy(found_names[count], entry.name);
        // Insertion sort: a few dozen names at most.
        int i = count++;
        while (i > 0 && strcmp(found_names[i - 1], found_names[i]) > 0)
        {
            char swap[MAX_NAME];
            strcpy(swap, found_names[i]);
            strcpy(found_names[i], found_names[i - 1]);
            strcpy(found_names[i - 1], swap);
            i--;
        }
    }
    int error = errno;
    close(dir);
    if (got == -1)
    {
        tap_result("list", tap_reason("readdir " TEST_DIR ": %s", strerror(error)));
        return -1;
    }
    for (int i = 0; i < count; i++)
    {
        names[i] = found_names[i];
    }
    return count;
}

static void run_test(const char* name)
{
    char path[MAX_PATH];
    snprintf(path, sizeof(path), TEST_DIR "/%s", name);
    const char* argv[] = {path, NULL};
    pid_t pid = spawn(argv, NULL, NULL, PRIORITY_INHERIT);
    if (pid == -1)
    {
        tap_result(name, tap_reason("spawn %s: %s", path, strerror(errno)));
        return;
    }
    int status = -1;
    if (process_wait(pid, &status) == -1)
    {
        tap_result(name, tap_reason("process_wait: %s", strerror(errno)));
        return;
    }
    tap_result(name, status == 0 ? NULL : tap_reason("exit status %d", status));
}

int main(int argc, char** argv)
{
    tap_suite("runner");
    const char* names[MAX_TESTS];
    int count;
    if (argc > 1)
    {
        count = argc - 1 < MAX_TESTS ? argc - 1 : MAX_TESTS;
        for (int i = 0; i < count; i++)
        {
            names[i] = argv[i + 1];
        }
    }
    else
    {
        count = list_tests(names);
        if (count == 0)
        {
            tap_result("list", "no program named *" TEST_SUFFIX " in " TEST_DIR);
        }
    }
    for (int i = 0; i < count; i++)
    {
        run_test(names[i]);
    }
    return tap_exit_status();
}

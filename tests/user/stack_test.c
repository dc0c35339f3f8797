// Suite "stack": a new process's main-thread stack. It holds 8 MiB
// (7 MiB of recursion works) but only the pages touched take memory; an
// overflow hits the guard page and ends that process alone with a page
// fault. It is executable only when the program's PT_GNU_STACK asks for
// it: a GCC trampoline works in a program linked with -z execstack, and
// code copied onto the stack of one linked with -z noexecstack faults.
//
// The helpers are home:/test/helpers/stack_* (tests/user/helpers/).
#include "file_text.h"
#include "tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

#define HELPER(name) "home:/test/helpers/" name
#define OUTPUT_PATH "home:/stack-test-output"
#define STACK_PAGES 2048 // 8 MiB

static char output[512];

// Run a helper with stdout to a file; its status and output.
static const char* run_helper(const char** argv, int* status)
{
    fd_t out = io_open(OUTPUT_PATH "?create&trunc");
    TAP_CHECK(out != -1, "open " OUTPUT_PATH ": %s", strerror(errno));
    spawn_fd_t fds[] = {{STDOUT_FILENO, out}, {STDERR_FILENO, STDERR_FILENO}, SPAWN_FD_END};
    pid_t pid = spawn(argv, fds, NULL, PRIORITY_INHERIT);
    int error = errno;
    close(out);
    TAP_CHECK(pid != -1, "spawn %s: %s", argv[0], strerror(error));
    *status = -1;
    TAP_CHECK_OK(process_wait(pid, status));
    TAP_CHECK(file_text(OUTPUT_PATH, output, sizeof(output)) != -1, "reading the output: %s", strerror(errno));
    return NULL;
}

static const char* test_deep_recursion(void)
{
    const char* argv[] = {HELPER("stack_deep"), "7", NULL};
    int status;
    const char* failure = run_helper(argv, &status);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(status == 0, "stack_deep 7 exited with %d (%d: a page fault)", status, EXIT_FAULT_BASE + 14);
    long long before = -1, after = -1;
    TAP_CHECK(sscanf(output, "pages %lld %lld", &before, &after) == 2, "stack_deep printed '%s'", output);
    // At the start far less than the whole stack is backed; 7 MiB deep,
    // at least the 1792 pages touched are.
    TAP_CHECK(before > 0 && before < STACK_PAGES / 4, "a fresh process owns %lld pages", before);
    TAP_CHECK(after - before >= 7 * 256, "pages went from %lld to %lld over 7 MiB of stack", before, after);
    tap_note("stack_deep: %lld pages at start, %lld at 7 MiB deep", before, after);
    return NULL;
}

// A process that has just started (and sleeps) owns little memory.
static const char* test_fresh_process_pages(void)
{
    const char* argv[] = {HELPER("sleep_forever"), NULL};
    pid_t pid = spawn(argv, NULL, NULL, PRIORITY_INHERIT);
    TAP_CHECK(pid != -1, "spawn: %s", strerror(errno));
    char path[64];
    snprintf(path, sizeof(path), "sys:/proc/%d/status", (int)pid);
    long long pages = file_number(path, "pages");
    process_kill(pid);
    process_wait(pid, NULL);
    TAP_CHECK(pages > 0 && pages < STACK_PAGES / 4, "a fresh sleep_forever owns %lld pages", pages);
    return NULL;
}

static const char* expect_fault(const char** argv)
{
    int status;
    const char* failure = run_helper(argv, &status);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(status == EXIT_FAULT_BASE + 14, "%s exited with %d, expected %d (a page fault)", argv[0], status,
              EXIT_FAULT_BASE + 14);
    return NULL;
}

// The overflow kills the child only: we (and the kernel) go on, and the
// next child runs normally.
static const char* test_overflow_faults(void)
{
    const char* forever[] = {HELPER("stack_deep"), "forever", NULL};
    const char* failure = expect_fault(forever);
    TAP_CHECK(failure == NULL, "%s", failure);
    const char* shallow[] = {HELPER("stack_deep"), "1", NULL};
    int status;
    failure = run_helper(shallow, &status);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(status == 0, "stack_deep 1 after an overflow exited with %d", status);
    return NULL;
}

static const char* test_exec_stack_trampoline(void)
{
    const char* argv[] = {HELPER("stack_exec"), NULL};
    int status;
    const char* failure = run_helper(argv, &status);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(status == 0, "stack_exec exited with %d (%d: the trampoline faulted)", status, EXIT_FAULT_BASE + 14);
    TAP_CHECK(strcmp(output, "trampoline gave 42\n") == 0, "stack_exec printed '%s'", output);
    return NULL;
}

static const char* test_noexec_stack_faults(void)
{
    const char* argv[] = {HELPER("stack_noexec"), NULL};
    return expect_fault(argv);
}

int main(void)
{
    tap_suite("stack");
    tap_run("deep-recursion-7-mib", test_deep_recursion);
    tap_run("fresh-process-pages", test_fresh_process_pages);
    tap_run("overflow-faults", test_overflow_faults);
    tap_run("exec-stack-trampoline", test_exec_stack_trampoline);
    tap_run("noexec-stack-faults", test_noexec_stack_faults);
    remove(OUTPUT_PATH);
    return tap_exit_status();
}

// Suite "proc": spawn with arguments, descriptors and a working directory;
// exit statuses, including those of programs the kernel ends for a fault;
// the sys:/proc/[pid]/ files (ctl, cmdline, status); no memory lost over
// many processes; user threads and futexes.
//
// The helper programs are in home:/test/helpers (tests/user/helpers/).
#include "file_text.h"
#include "tap.h"
#include "thread_join.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/io.h>
#include <sys/proc.h>

#define HELPER(name) "home:/test/helpers/" name
#define OUTPUT_PATH "home:/proc-test-output"
#define NOT_ELF_PATH "home:/proc-test-not-elf"
#define MS 1000000ULL

// Run a program to its end: NULL, or why that failed. @p status gets its exit status.
static const char* run(const char** argv, const spawn_fd_t* fds, const char* cwd, int* status)
{
    pid_t pid = spawn(argv, fds, cwd, PRIORITY_INHERIT);
    if (pid == -1)
    {
        return tap_reason("spawn %s: %s", argv[0], strerror(errno));
    }
    if (process_wait(pid, status) == -1)
    {
        return tap_reason("process_wait for %s: %s", argv[0], strerror(errno));
    }
    return NULL;
}

// Start a helper that sleeps until it is killed.
static pid_t spawn_sleeper(const char** argv)
{
    static const char* default_argv[] = {HELPER("sleep_forever"), NULL};
    return spawn(argv != NULL ? argv : default_argv, NULL, NULL, PRIORITY_INHERIT);
}

// Kill and reap a sleeper; NULL, or what went wrong.
static const char* end_sleeper(pid_t pid)
{
    if (process_kill(pid) == -1)
    {
        return tap_reason("process_kill: %s", strerror(errno));
    }
    int status;
    if (process_wait(pid, &status) == -1)
    {
        return tap_reason("process_wait after kill: %s", strerror(errno));
    }
    return NULL;
}

// A fresh, empty file for a helper's output.
static fd_t open_output(void)
{
    return io_open(OUTPUT_PATH "?create&trunc");
}

// Run a program whose only descriptor, @p child_fd, is a fresh output file.
static const char* run_with_output(const char** argv, fd_t child_fd, int* status)
{
    fd_t out = open_output();
    TAP_CHECK(out != -1, "open " OUTPUT_PATH ": %s", strerror(errno));
    spawn_fd_t fds[] = {{child_fd, out}, SPAWN_FD_END};
    const char* failure = run(argv, fds, NULL, status);
    close(out);
    return failure;
}

// Check what a helper wrote to the output file.
static const char* check_output(const char* expected)
{
    char text[256];
    TAP_CHECK(file_text(OUTPUT_PATH, text, sizeof(text)) != -1, "reading the output: %s", strerror(errno));
    TAP_CHECK(strcmp(text, expected) == 0, "the output is '%s', expected '%s'", text, expected);
    return NULL;
}

static const char* test_spawn_argv(void)
{
    const char* argv[] = {HELPER("echo_args"), "one", "two words", "3", NULL};
    int status = -1;
    const char* failure = run_with_output(argv, STDOUT_FILENO, &status);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(status == 0, "echo_args exited with %d", status);
    return check_output(HELPER("echo_args") "\none\ntwo words\n3\n");
}

static const char* test_exit_status(void)
{
    static const char* const values[] = {"0", "1", "42", "255"};
    for (size_t i = 0; i < sizeof(values) / sizeof(values[0]); i++)
    {
        const char* argv[] = {HELPER("exit_with"), values[i], NULL};
        int status = -1;
        const char* failure = run(argv, NULL, NULL, &status);
        TAP_CHECK(failure == NULL, "%s", failure);
        TAP_CHECK(status == atoi(values[i]), "exit_with %s: status %d", values[i], status);
    }
    // Without a place for the status, the wait still works.
    const char* argv[] = {HELPER("exit_with"), "3", NULL};
    pid_t pid = spawn(argv, NULL, NULL, PRIORITY_INHERIT);
    TAP_CHECK(pid != -1, "spawn: %s", strerror(errno));
    TAP_CHECK_OK(process_wait(pid, NULL));
    return NULL;
}

static const char* test_spawn_fds_maps_descriptor(void)
{
    const char* argv[] = {HELPER("write_fd"), "7", "hello", NULL};
    int status = -1;
    const char* failure = run_with_output(argv, 7, &status);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(status == 0, "write_fd 7 exited with %d (1: fd 7 was not open)", status);
    return check_output("hello");
}

static const char* test_spawn_fds_only_listed(void)
{
    const char* argv[] = {HELPER("write_fd"), "1", "hi", NULL};
    int status = -1;
    const char* failure = run_with_output(argv, 7, &status);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(status == 1, "write_fd 1 exited with %d; expected 1 (EBADF: only fd 7 was listed)", status);
    return NULL;
}

static const char* test_spawn_default_fds(void)
{
    // With no list the child gets our 0, 1 and 2 and nothing else: point
    // our 1 at a file for the while, and keep a descriptor 3+ open.
    fd_t out = open_output();
    TAP_CHECK(out != -1, "open " OUTPUT_PATH ": %s", strerror(errno));
    fd_t saved = dup(STDOUT_FILENO);
    TAP_CHECK(saved != -1, "dup(1): %s", strerror(errno));
    const char* to_1[] = {HELPER("write_fd"), "1", "inherited", NULL};
    char extra_fd[16];
    snprintf(extra_fd, sizeof(extra_fd), "%d", out);
    const char* to_extra[] = {HELPER("write_fd"), extra_fd, "leaked", NULL};
    int status_1 = -1, status_extra = -1;
    const char* failure = NULL;
    if (dup2(out, STDOUT_FILENO) == -1)
    {
        failure = tap_reason("dup2(out, 1): %s", strerror(errno));
    }
    else
    {
        failure = run(to_1, NULL, NULL, &status_1);
        if (failure == NULL)
        {
            failure = run(to_extra, NULL, NULL, &status_extra);
        }
        dup2(saved, STDOUT_FILENO); // before anything is reported
    }
    close(saved);
    close(out);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(status_1 == 0, "write_fd 1 exited with %d", status_1);
    TAP_CHECK(status_extra == 1, "write_fd %s exited with %d; expected 1 (EBADF: only 0-2 are inherited)",
              extra_fd, status_extra);
    return check_output("inherited");
}

static const char* test_spawn_cwd(void)
{
    const char* argv[] = {HELPER("open_relative"), "helpers/exit_with", NULL};
    int status = -1;
    const char* failure = run(argv, NULL, "home:/test", &status);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(status == 0, "with cwd home:/test, helpers/exit_with did not open (status %d)", status);
    failure = run(argv, NULL, "home:/", &status);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(status == 1, "with cwd home:/, helpers/exit_with gave status %d; expected 1 (not found)", status);
    return NULL;
}

static const char* check_fault(const char* helper, int vector)
{
    const char* argv[] = {helper, NULL};
    int status = -1;
    const char* failure = run(argv, NULL, NULL, &status);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(status == EXIT_FAULT_BASE + vector, "status %d, expected %d (EXIT_FAULT_BASE + %d)", status,
              EXIT_FAULT_BASE + vector, vector);
    return NULL;
}

static const char* test_fault_null(void)
{
    return check_fault(HELPER("crash_null"), 14);
}

static const char* test_fault_divide(void)
{
    return check_fault(HELPER("crash_divide"), 0);
}

static const char* test_fault_ud2(void)
{
    return check_fault(HELPER("crash_ud2"), 6);
}

static const char* test_fault_clock_page_write(void)
{
    return check_fault(HELPER("crash_clock_write"), 14);
}

static const char* test_ctl_kill(void)
{
    pid_t pid = spawn_sleeper(NULL);
    TAP_CHECK(pid != -1, "spawn sleep_forever: %s", strerror(errno));
    sleep_ns(10 * MS); // let it reach its sleep
    TAP_CHECK_OK(process_kill(pid));
    int status = -1;
    TAP_CHECK_OK(process_wait(pid, &status));
    TAP_CHECK(status == EXIT_KILLED, "status %d, expected EXIT_KILLED (%d)", status, EXIT_KILLED);
    return NULL;
}

static const char* test_ctl_unknown_command(void)
{
    pid_t pid = spawn_sleeper(NULL);
    TAP_CHECK(pid != -1, "spawn sleep_forever: %s", strerror(errno));
    fd_t ctl = io_openf("sys:/proc/%lld/ctl", (long long)pid);
    const char* failure = NULL;
    if (ctl == -1)
    {
        failure = tap_reason("open sys:/proc/%lld/ctl: %s", (long long)pid, strerror(errno));
    }
    else
    {
        errno = 0;
        ssize_t result = write(ctl, "frobnicate", 10);
        if (result != -1 || errno != EINVAL)
        {
            failure = tap_reason("writing 'frobnicate' gave %ld, errno %d (%s); expected EINVAL", (long)result,
                                 errno, strerror(errno));
        }
        close(ctl);
    }
    const char* cleanup = end_sleeper(pid);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(cleanup == NULL, "%s", cleanup);
    return NULL;
}

static const char* test_cmdline(void)
{
    const char* argv[] = {HELPER("sleep_forever"), "alpha", "beta", NULL};
    pid_t pid = spawn_sleeper(argv);
    TAP_CHECK(pid != -1, "spawn sleep_forever: %s", strerror(errno));
    char path[MAX_PATH], text[256];
    snprintf(path, sizeof(path), "sys:/proc/%lld/cmdline", (long long)pid);
    ssize_t length = file_text(path, text, sizeof(text));
    int error = errno;
    const char* cleanup = end_sleeper(pid);
    TAP_CHECK(length != -1, "reading %s: %s", path, strerror(error));
    const char* expected = HELPER("sleep_forever") " alpha beta\n";
    TAP_CHECK(strcmp(text, expected) == 0, "cmdline is '%s', expected '%s'", text, expected);
    TAP_CHECK(cleanup == NULL, "%s", cleanup);
    return NULL;
}

// Check one "key value" line of a status text.
static const char* check_status_line(const char* text, const char* key, const char* expected)
{
    char value[64];
    TAP_CHECK(text_value(text, key, value, sizeof(value)), "no '%s' line in the status: '%s'", key, text);
    TAP_CHECK(strcmp(value, expected) == 0, "'%s' is '%s', expected '%s'", key, value, expected);
    return NULL;
}

static const char* test_status_running(void)
{
    static const char* argv[] = {HELPER("sleep_forever"), NULL};
    pid_t pid = spawn(argv, NULL, NULL, 20);
    TAP_CHECK(pid != -1, "spawn sleep_forever at priority 20: %s", strerror(errno));
    char path[MAX_PATH], text[512];
    snprintf(path, sizeof(path), "sys:/proc/%lld/status", (long long)pid);
    ssize_t length = file_text(path, text, sizeof(text));
    int error = errno;
    const char* cleanup = end_sleeper(pid);
    TAP_CHECK(length != -1, "reading %s: %s", path, strerror(error));
    char pid_text[24], parent_text[24];
    snprintf(pid_text, sizeof(pid_text), "%lld", (long long)pid);
    snprintf(parent_text, sizeof(parent_text), "%lld", (long long)process_id());
    const char* failure;
    if ((failure = check_status_line(text, "pid", pid_text)) != NULL ||
        (failure = check_status_line(text, "parent", parent_text)) != NULL ||
        (failure = check_status_line(text, "state", "running")) != NULL ||
        (failure = check_status_line(text, "threads", "1")) != NULL ||
        (failure = check_status_line(text, "priority", "20")) != NULL)
    {
        return failure;
    }
    char unused[8];
    TAP_CHECK(!text_value(text, "exit", unused, sizeof(unused)), "a running process has an 'exit' line");
    TAP_CHECK(cleanup == NULL, "%s", cleanup);
    return NULL;
}

static const char* test_status_exited(void)
{
    const char* argv[] = {HELPER("exit_with"), "7", NULL};
    pid_t pid = spawn(argv, NULL, NULL, PRIORITY_INHERIT);
    TAP_CHECK(pid != -1, "spawn exit_with 7: %s", strerror(errno));
    char path[MAX_PATH], text[512] = "", state[32] = "";
    snprintf(path, sizeof(path), "sys:/proc/%lld/status", (long long)pid);
    // It stays, exited, until we wait: look until it shows (10 s at most).
    int read_error = 0;
    for (int tries = 0; tries < 1000 && strcmp(state, "exited") != 0; tries++)
    {
        if (tries > 0)
        {
            sleep_ns(10 * MS);
        }
        if (file_text(path, text, sizeof(text)) == -1)
        {
            read_error = errno;
            break;
        }
        text_value(text, "state", state, sizeof(state));
    }
    const char* failure = NULL;
    if (read_error != 0)
    {
        failure = tap_reason("reading %s: %s", path, strerror(read_error));
    }
    if (failure == NULL)
    {
        failure = check_status_line(text, "state", "exited");
    }
    if (failure == NULL)
    {
        failure = check_status_line(text, "exit", "7");
    }
    int status = -1;
    TAP_CHECK_OK(process_wait(pid, &status));
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(status == 7, "process_wait gave status %d, expected 7", status);
    // Waited for, it is gone.
    TAP_CHECK_ERRNO(io_open(path), ENOENT);
    return NULL;
}

static const char* test_wait_no_such_process(void)
{
    TAP_CHECK_ERRNO(process_wait(999999, NULL), ENOENT);
    return NULL;
}

static const char* test_spawn_missing(void)
{
    const char* argv[] = {HELPER("no-such-program"), NULL};
    TAP_CHECK_ERRNO(spawn(argv, NULL, NULL, PRIORITY_INHERIT), ENOENT);
    return NULL;
}

static const char* test_spawn_not_executable(void)
{
    fd_t fd = io_open(NOT_ELF_PATH "?create&trunc");
    TAP_CHECK(fd != -1, "open " NOT_ELF_PATH ": %s", strerror(errno));
    static const char text[] = "this is text, not an ELF executable\n";
    ssize_t written = write(fd, text, sizeof(text) - 1);
    close(fd);
    TAP_CHECK(written == sizeof(text) - 1, "write: %s", strerror(errno));
    const char* argv[] = {NOT_ELF_PATH, NULL};
    TAP_CHECK_ERRNO(spawn(argv, NULL, NULL, PRIORITY_INHERIT), ENOEXEC);
    return NULL;
}

static const char* test_spawn_bad_priority(void)
{
    const char* argv[] = {HELPER("exit_with"), NULL};
    TAP_CHECK_ERRNO(spawn(argv, NULL, NULL, PRIORITY_MAX + 1), EINVAL);
    return NULL;
}

static long long free_pages(void)
{
    return file_number("sys:/stat/mem", "free_pages");
}

#define LEAK_BATCH 100

static const char* spawn_batch(void)
{
    const char* argv[] = {HELPER("exit_with"), "0", NULL};
    for (int i = 0; i < LEAK_BATCH; i++)
    {
        int status = -1;
        const char* failure = run(argv, NULL, NULL, &status);
        TAP_CHECK(failure == NULL, "process %d of the batch: %s", i, failure);
        TAP_CHECK(status == 0, "process %d of the batch exited with %d", i, status);
    }
    return NULL;
}

static const char* test_no_pages_lost(void)
{
    TAP_CHECK(free_pages() != -1, "no free_pages line in sys:/stat/mem");
    // The first batch warms up whatever the kernel keeps once made (slab
    // caches, a pid table); the second must leave the count where it was.
    const char* failure = spawn_batch();
    TAP_CHECK(failure == NULL, "warm-up: %s", failure);
    long long before = free_pages();
    failure = spawn_batch();
    TAP_CHECK(failure == NULL, "%s", failure);
    // Pages a process frees after its parent's wait returns (a kernel
    // stack freed once its thread is off the CPU) may lag a little.
    long long after = free_pages();
    for (int tries = 0; tries < 20 && after != before; tries++)
    {
        sleep_ns(50 * MS);
        after = free_pages();
    }
    TAP_CHECK(after == before, "free_pages was %lld before %d processes and %lld after (%+lld)", before, LEAK_BATCH,
              after, after - before);
    return NULL;
}

// User threads: stacks of their own, a futex-based join and mutex.

#define THREAD_STACK_SIZE 16384
#define COUNTER_THREADS 4
#define COUNTER_INCREMENTS 20000

static uint8_t join_stack[THREAD_STACK_SIZE] __attribute__((aligned(16)));
static uint8_t counter_stacks[COUNTER_THREADS][THREAD_STACK_SIZE] __attribute__((aligned(16)));

// Threads join through thread_join.h; the limit only turns a thread that
// never ends into a failure, however busy the host is.
static bool join(volatile uint32_t* done)
{
    return thread_join_wait(done, 60000 * MS);
}

typedef struct
{
    uint32_t input;
    uint32_t output;
    tid_t tid;
    volatile uint32_t done;
} join_work_t;

static void join_thread(void* argument)
{
    join_work_t* work = argument;
    work->output = work->input * 2;
    work->tid = thread_id();
    thread_join_signal(&work->done);
}

static const char* test_thread_create_join(void)
{
    static join_work_t work = {.input = 21};
    tid_t tid = thread_create_raw(join_thread, &work, join_stack + sizeof(join_stack));
    TAP_CHECK(tid != -1, "thread_create_raw: %s", strerror(errno));
    TAP_CHECK(join(&work.done), "the thread did not finish within 10 s");
    TAP_CHECK(work.output == 42, "the thread computed %u from 21, expected 42", work.output);
    TAP_CHECK(work.tid == tid, "the thread calls itself %lld, thread_create_raw said %lld", (long long)work.tid,
              (long long)tid);
    TAP_CHECK(tid != thread_id(), "the new thread has the creator's id %lld", (long long)tid);
    return NULL;
}

typedef struct
{
    int errno_seen;
    volatile uint32_t done;
} errno_work_t;

static void errno_thread(void* argument)
{
    errno_work_t* work = argument;
    errno = 0;
    close(-5); // EBADF, in this thread's errno only
    work->errno_seen = errno;
    thread_join_signal(&work->done);
}

// errno belongs to each thread: a failure in one does not change another's.
static const char* test_errno_per_thread(void)
{
    static errno_work_t work;
    static uint8_t stack[16384] __attribute__((aligned(16)));
    TAP_CHECK(io_open("home:/no-such-file-for-errno") == -1, "opening a missing file worked");
    TAP_CHECK(errno == ENOENT, "errno %d after opening a missing file", errno);
    tid_t tid = thread_create_raw(errno_thread, &work, stack + sizeof(stack));
    TAP_CHECK(tid != -1, "thread_create_raw: %s", strerror(errno));
    TAP_CHECK(join(&work.done), "the thread did not finish within 10 s");
    TAP_CHECK(work.errno_seen == EBADF, "the thread's errno was %d, expected EBADF", work.errno_seen);
    TAP_CHECK(errno == ENOENT, "our errno became %d (%s) when the thread failed", errno, strerror(errno));
    return NULL;
}

// A futex mutex: 0 free, 1 held, 2 held with (maybe) someone waiting.
static void mutex_lock(volatile uint32_t* mutex)
{
    uint32_t expected = 0;
    if (__atomic_compare_exchange_n(mutex, &expected, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
    {
        return;
    }
    while (__atomic_exchange_n(mutex, 2, __ATOMIC_ACQUIRE) != 0)
    {
        futex(mutex, 2, FUTEX_WAIT, TIMEOUT_NEVER);
    }
}

static void mutex_unlock(volatile uint32_t* mutex)
{
    if (__atomic_exchange_n(mutex, 0, __ATOMIC_RELEASE) == 2)
    {
        futex(mutex, 1, FUTEX_WAKE, 0);
    }
}

static volatile uint32_t counter_mutex;
static volatile uint64_t counter;
static volatile uint32_t counter_done[COUNTER_THREADS];

static void counter_thread(void* argument)
{
    volatile uint32_t* done = argument;
    for (int i = 0; i < COUNTER_INCREMENTS; i++)
    {
        mutex_lock(&counter_mutex);
        counter = counter + 1; // not atomic: only the mutex keeps it exact
        mutex_unlock(&counter_mutex);
    }
    thread_join_signal(done);
}

static const char* test_threads_mutex_counter(void)
{
    for (int i = 0; i < COUNTER_THREADS; i++)
    {
        tid_t tid = thread_create_raw(counter_thread, (void*)&counter_done[i],
                                      counter_stacks[i] + THREAD_STACK_SIZE);
        TAP_CHECK(tid != -1, "thread_create_raw for thread %d: %s", i, strerror(errno));
    }
    for (int i = 0; i < COUNTER_THREADS; i++)
    {
        TAP_CHECK(join(&counter_done[i]), "thread %d did not finish within 10 s", i);
    }
    uint64_t expected = (uint64_t)COUNTER_THREADS * COUNTER_INCREMENTS;
    TAP_CHECK(counter == expected, "the counter is %llu, expected %llu", (unsigned long long)counter,
              (unsigned long long)expected);
    return NULL;
}

static const char* test_futex_wrong_value(void)
{
    static volatile uint32_t word = 1;
    TAP_CHECK_ERRNO(futex(&word, 0, FUTEX_WAIT, TIMEOUT_NEVER), EAGAIN);
    return NULL;
}

static const char* test_futex_timeout(void)
{
    static volatile uint32_t word = 0;
    uint64_t start = uptime();
    TAP_CHECK_ERRNO(futex(&word, 0, FUTEX_WAIT, 20 * MS), ETIMEDOUT);
    uint64_t waited = uptime() - start;
    TAP_CHECK(waited >= 20 * MS, "it timed out after %llu ns, before the 20 ms asked for", (unsigned long long)waited);
    return NULL;
}

static const char* test_futex_wake_nobody(void)
{
    static volatile uint32_t word = 0;
    int woken = futex(&word, 1, FUTEX_WAKE, 0);
    TAP_CHECK(woken == 0, "FUTEX_WAKE with no waiter gave %d (%s), expected 0", woken, strerror(errno));
    return NULL;
}

int main(void)
{
    tap_suite("proc");
    tap_run("spawn-argv", test_spawn_argv);
    tap_run("exit-status", test_exit_status);
    tap_run("spawn-fds-maps-descriptor", test_spawn_fds_maps_descriptor);
    tap_run("spawn-fds-only-listed", test_spawn_fds_only_listed);
    tap_run("spawn-default-fds", test_spawn_default_fds);
    tap_run("spawn-cwd", test_spawn_cwd);
    tap_run("fault-null-pointer", test_fault_null);
    tap_run("fault-divide-by-zero", test_fault_divide);
    tap_run("fault-invalid-opcode", test_fault_ud2);
    tap_run("fault-clock-page-write", test_fault_clock_page_write);
    tap_run("ctl-kill", test_ctl_kill);
    tap_run("ctl-unknown-command", test_ctl_unknown_command);
    tap_run("cmdline", test_cmdline);
    tap_run("status-running", test_status_running);
    tap_run("status-exited", test_status_exited);
    tap_run("wait-no-such-process", test_wait_no_such_process);
    tap_run("spawn-missing", test_spawn_missing);
    tap_run("spawn-not-executable", test_spawn_not_executable);
    tap_run("spawn-bad-priority", test_spawn_bad_priority);
    tap_run("no-pages-lost", test_no_pages_lost);
    tap_run("thread-create-join", test_thread_create_join);
    tap_run("errno-per-thread", test_errno_per_thread);
    tap_run("threads-mutex-counter", test_threads_mutex_counter);
    tap_run("futex-wrong-value", test_futex_wrong_value);
    tap_run("futex-timeout", test_futex_timeout);
    tap_run("futex-wake-nobody", test_futex_wake_nobody);
    remove(OUTPUT_PATH);
    remove(NOT_ELF_PATH);
    return tap_exit_status();
}

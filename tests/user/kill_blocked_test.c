// Suite "kill_blocked": a kill ends a process whatever its threads are
// blocked in, and so does its own exit. Found by the in-OS fuzzer
// (docs/fuzzing.md): a victim killed while its threads waited was still
// running long after the kill.
//
// The blocked processes are the fuzzer's victims, "home:/bin/fuzz --victim
// SEED LIFETIME_MS KINDS" (programs/fuzz/victim.h): one thread per KIND
// blocked that way, the main thread blocked in a futex wait, no note
// handler. Each signals "ready" on its descriptor 1 once its threads have
// started. A process must be gone (exited) within BOUND_NS of its kill;
// that bound tells a stuck process from a slow machine, it is no speed
// requirement.
#include "file_text.h"
#include "tap.h"

#include <stdio.h>
#include <sys/io.h>
#include <sys/proc.h>

#define VICTIM "home:/bin/fuzz"
#define MS 1000000ULL
#define BOUND_NS (60000 * MS) // the limit every "should happen at all" wait of the tests uses
#define SETTLE_NS (50 * MS) // for the threads to reach their waits after "ready"

static const char* const kinds[] = {"pipe-read", "pipe-write", "accept", "socket-read", "futex", "sleep", "poll",
    "wait-child", "ctl-wait", "keyboard", "thread-storm", "spin", "short-sleeps", "file-mutex"};
#define KINDS (sizeof(kinds) / sizeof(kinds[0]))

// Start a victim blocked in @p list (KINDS) that lives @p lifetime_ms at
// most; wait for its "ready". Its pid, or -1 with the reason in @p why.
static pid_t start_victim(const char* list, unsigned lifetime_ms, const char** why)
{
    fd_t ready[2];
    if (io_open2("sys:/pipe/new", ready) == -1)
    {
        *why = tap_reason("open2: %s", strerror(errno));
        return -1;
    }
    char lifetime[24];
    snprintf(lifetime, sizeof(lifetime), "%u", lifetime_ms);
    const char* argv[] = {VICTIM, "--victim", "1", lifetime, list, NULL};
    spawn_fd_t fds[] = {{STDOUT_FILENO, ready[1]}, SPAWN_FD_END};
    pid_t pid = spawn(argv, fds, NULL, PRIORITY_INHERIT);
    close(ready[1]);
    char text[8] = "";
    if (pid == -1)
    {
        *why = tap_reason("spawn %s --victim: %s", VICTIM, strerror(errno));
    }
    else if (read(ready[0], text, 5) != 5)
    {
        *why = tap_reason("the victim (%s) never said ready", list);
        process_kill(pid);
        pid = -1;
    }
    close(ready[0]);
    sleep_ns(SETTLE_NS);
    return pid;
}

// "running" or "exited" from sys:/proc/PID/status ("gone" when it is not there).
static const char* victim_state(pid_t pid, char* value, size_t size)
{
    char path[64], text[512];
    snprintf(path, sizeof(path), "sys:/proc/%lld/status", (long long)pid);
    if (file_text(path, text, sizeof(text)) <= 0 || !text_value(text, "state", value, size))
    {
        snprintf(value, size, "gone");
    }
    return value;
}

// Put a sys: file's lines on one line of the log, @p separator between them.
static void one_line(char* text, char separator)
{
    for (char* c = text; *c != '\0'; c++)
    {
        *c = *c == '\n' ? separator : *c;
    }
}

// Wait until @p pid has exited (at most BOUND_NS), then reap it. NULL, or why not.
static const char* wait_gone(pid_t pid, const char* what, uint64_t* took_ns)
{
    uint64_t start = uptime();
    char state[16];
    while (strcmp(victim_state(pid, state, sizeof(state)), "running") == 0)
    {
        if (uptime() - start > BOUND_NS)
        {
            char path[64], status[256] = "";
            snprintf(path, sizeof(path), "sys:/proc/%lld/status", (long long)pid);
            file_text(path, status, sizeof(status));
            one_line(status, ' ');
            // What each thread is doing, for the log: where a stuck one waits.
            char threads[512] = "";
            snprintf(path, sizeof(path), "sys:/proc/%lld/threads", (long long)pid);
            file_text(path, threads, sizeof(threads));
            one_line(threads, ';');
            tap_note("pid %lld threads: %s", (long long)pid, threads);
            // And what each CPU runs, twice a second apart: whether it switches at all.
            for (int look = 0; look < 2; look++)
            {
                char sched[2048] = "";
                file_text("sys:/stat/sched", sched, sizeof(sched));
                for (char* line = sched; *line != '\0';)
                {
                    char* end = strchr(line, '\n');
                    if (end != NULL)
                    {
                        *end = '\0';
                    }
                    tap_note("sys:/stat/sched %d: %s", look, line);
                    line = end != NULL ? end + 1 : line + strlen(line);
                }
                sleep_ns(1000 * MS);
            }
            return tap_reason("%s: still running %llu s later (%s)", what, (unsigned long long)(BOUND_NS / 1000000000ULL),
                status);
        }
        sleep_ns(MS);
    }
    *took_ns = uptime() - start;
    int status = -1;
    if (process_wait(pid, &status) == -1)
    {
        return tap_reason("%s: process_wait: %s", what, strerror(errno));
    }
    return NULL;
}

// Kill a victim blocked in @p list; it must end with EXIT_KILLED.
static const char* kill_victim(const char* list)
{
    const char* why = NULL;
    pid_t pid = start_victim(list, 600000, &why);
    if (pid == -1)
    {
        return why;
    }
    if (process_kill(pid) == -1)
    {
        return tap_reason("process_kill: %s", strerror(errno));
    }
    uint64_t took = 0;
    why = wait_gone(pid, "killed", &took);
    if (why == NULL)
    {
        tap_note("kill to exit, %s: %llu us", list, (unsigned long long)(took / 1000));
    }
    return why;
}

// A victim blocked in @p list whose timer thread calls exit 1 s after it
// started (time enough to start its threads and its own children).
static const char* exit_victim(const char* list)
{
    const char* why = NULL;
    pid_t pid = start_victim(list, 1000, &why);
    if (pid == -1)
    {
        return why;
    }
    uint64_t took = 0;
    return wait_gone(pid, "exited by itself", &took);
}

// Killed at once, while it is still making its threads: each thread
// must be found by the kill, made or half made.
static const char* test_kill_during_thread_creation(void)
{
    for (int round = 0; round < 10; round++)
    {
        const char* argv[] = {VICTIM, "--victim", "1", "600000", "futex+sleep+poll+spin+short-sleeps+futex+sleep+spin",
            NULL};
        spawn_fd_t none[] = {SPAWN_FD_END};
        pid_t pid = spawn(argv, none, NULL, PRIORITY_INHERIT);
        if (pid == -1)
        {
            return tap_reason("spawn %s --victim: %s", VICTIM, strerror(errno));
        }
        sleep_ns((uint64_t)round * MS / 2); // a different moment of its start each round
        if (process_kill(pid) == -1)
        {
            return tap_reason("process_kill: %s", strerror(errno));
        }
        uint64_t took = 0;
        const char* why = wait_gone(pid, "killed while starting", &took);
        if (why != NULL)
        {
            return tap_reason("round %d: %s", round, why);
        }
    }
    return NULL;
}

// Victims the fuzzer found: their seeds choose their threads (a thread
// making threads, poll, a keyboard read, a pipe write, ...) and what the
// main thread does. Killed as soon as spawn returns, about one in five was
// still running much later with one thread left, and once the kernel
// panicked in user_thread_reaped (a thread reaped that was not on its
// process's list).
static const char* test_kill_found_victims(void)
{
    static const char* const seeds[] = {"0x86fa8cb545e57650", "0x840fb71614b9034", "0x65b19088f5f70324"};
    for (int round = 0; round < 6; round++)
    {
        for (size_t i = 0; i < sizeof(seeds) / sizeof(seeds[0]); i++)
        {
            const char* argv[] = {VICTIM, "--victim", seeds[i], "30000", NULL};
            spawn_fd_t none[] = {SPAWN_FD_END};
            pid_t pid = spawn(argv, none, NULL, PRIORITY_INHERIT);
            if (pid == -1)
            {
                return tap_reason("spawn %s --victim: %s", VICTIM, strerror(errno));
            }
            process_kill(pid);
            uint64_t took = 0;
            const char* why = wait_gone(pid, "killed at its start", &took);
            if (why != NULL)
            {
                return tap_reason("seed %s, round %d: %s", seeds[i], round, why);
            }
        }
    }
    return NULL;
}

// The same kill many times, at slightly different moments after "ready",
// of a process whose main thread has left and that has a note handler,
// while another process keeps both CPUs busy.
static const char* test_kill_repeated(void)
{
    const char* why = NULL;
    pid_t busy = start_victim("spin+spin+spin+spin", 600000, &why);
    if (busy == -1)
    {
        return why;
    }
    for (int round = 0; round < 10 && why == NULL; round++)
    {
        pid_t pid = start_victim("keyboard+keyboard+socket-read+futex+pipe-write+handler+main-leaves", 600000, &why);
        if (pid == -1)
        {
            return why;
        }
        if (pid == -1)
        {
            break;
        }
        sleep_ns((uint64_t)(round % 5) * MS / 2);
        process_kill(pid);
        uint64_t took = 0;
        why = wait_gone(pid, "killed", &took);
        why = why != NULL ? tap_reason("round %d: %s", round, why) : NULL;
    }
    process_kill(busy);
    uint64_t took = 0;
    const char* busy_why = wait_gone(busy, "the busy process, killed", &took);
    return why != NULL ? why : busy_why;
}

int main(void)
{
    tap_suite("kill_blocked");
    char name[64];
    for (size_t i = 0; i < KINDS; i++)
    {
        snprintf(name, sizeof(name), "kill-ends-%s", kinds[i]);
        tap_result(name, kill_victim(kinds[i]));
    }
    for (size_t i = 0; i < KINDS; i++)
    {
        snprintf(name, sizeof(name), "exit-ends-%s", kinds[i]);
        tap_result(name, exit_victim(kinds[i]));
    }
    // Two threads reading one device: one waits for data, the other for
    // the first to let go of the device.
    tap_result("kill-ends-two-keyboard-readers", kill_victim("keyboard+keyboard"));
    // Eight threads blocked in eight different ways at once.
    tap_result("kill-ends-eight-ways",
        kill_victim("pipe-read+pipe-write+accept+socket-read+futex+sleep+poll+wait-child"));
    tap_run("kill-during-thread-creation", test_kill_during_thread_creation);
    tap_run("kill-repeated", test_kill_repeated);
    tap_run("kill-found-victims", test_kill_found_victims);
    return tap_exit_status();
}

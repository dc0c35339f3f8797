// Killing victims (victim.h): notes and kill against processes whose
// threads are blocked in every kind of call, or still being made; and
// processes that end by themselves while their threads are blocked. A
// victim that is still there FUZZ_KILL_BOUND_NS after its kill is a hang.
#include "ops.h"

#include <stdio.h>
#include <string.h>

#define VICTIM_KILLED_LIFETIME_MS 30000 // longer than any op: the kill comes first

void op_victim(child_t* child, rng_t* rng)
{
    static const char* const notes[] = {"hello", "interrupt", "terminate", "alarm", "kill", "x"};
    bool by_itself = rng_chance(rng, 20);
    uint64_t lifetime_ms = by_itself ? rng_range(rng, 5, 300) : VICTIM_KILLED_LIFETIME_MS;
    fd_t ready[2];
    if (io_open2("sys:/pipe/new", ready) == -1)
    {
        return;
    }
    char seed[24], lifetime[24];
    snprintf(seed, sizeof(seed), "0x%llx", (unsigned long long)rng_next(rng));
    snprintf(lifetime, sizeof(lifetime), "%llu", (unsigned long long)lifetime_ms);
    const char* argv[] = {FUZZ_PROGRAM, "--victim", seed, lifetime, NULL};
    spawn_fd_t fds[] = {{STDOUT_FILENO, ready[1]}, SPAWN_FD_END};
    pid_t pid = spawn(argv, fds, NULL, rng_chance(rng, 80) ? PRIORITY_INHERIT : (int)rng_range(rng, 0, 31));
    close(ready[1]);
    if (pid <= 0 || !child_proc_add(child, pid))
    {
        close(ready[0]);
        return;
    }
    if (rng_chance(rng, 70))
    {
        // Let its threads block first (ready, or the end of the pipe if it died).
        pollfd_t wait_ready = {ready[0], POLL_READ, 0};
        char text[8];
        if (io_poll(&wait_ready, 1, 5 * NS_PER_SECOND) == 1)
        {
            read(ready[0], text, sizeof(text));
        }
        sleep_ns(rng_below(rng, 2 * NS_PER_MS));
    }
    // Otherwise it is killed while it is still making its threads.
    for (int i = child_allows(child, FAM_NOTES) ? (int)rng_below(rng, 6) : 0; i > 0; i--)
    {
        note_send(pid, notes[rng_below(rng, sizeof(notes) / sizeof(notes[0]))]);
        if (rng_chance(rng, 50))
        {
            sleep_ns(rng_below(rng, 500000));
        }
    }
    child_proc_end(child, pid, by_itself ? (lifetime_ms + 1000) * NS_PER_MS : 0);
    close(ready[0]);
}

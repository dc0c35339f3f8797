// Races between threads of one process: FUTEX_EXIT against threads waiting
// on the same word (and against the word's page going away), notes
// against thread creation (a note walks the threads while one is being
// made), and chdir against opens of relative paths.
#include "ops.h"
#include "thread.h"

#include <stdio.h>
#include <string.h>

#define WAITERS_MAX 6
#define CREATIONS 12

typedef struct
{
    volatile uint32_t* word;
    uint64_t timeout;
} futex_race_t;

static void futex_waiter(void* argument)
{
    futex_race_t* race = argument;
    futex(race->word, 0, FUTEX_WAIT, race->timeout);
}

static void futex_exiter(void* argument)
{
    futex_race_t* race = argument;
    futex(race->word, 1, FUTEX_EXIT, 0); // stores 1, wakes the waiters, ends this thread
}

void op_race_futex_exit(child_t* child, rng_t* rng)
{
    volatile uint32_t* word = mem_map(-1, NULL, PAGE_SIZE, PROT_READ | PROT_WRITE);
    if (word == NULL)
    {
        return;
    }
    bool unmap = rng_chance(rng, 25);
    // Waiters on a page that goes away might never be woken: only they get a timeout.
    futex_race_t race = {word, unmap ? 20 * NS_PER_MS : TIMEOUT_NEVER};
    fthread_t waiters[WAITERS_MAX], exiter;
    int count = (int)rng_range(rng, 1, WAITERS_MAX);
    for (int i = 0; i < count; i++)
    {
        fthread_start(&waiters[i], futex_waiter, &race);
    }
    sleep_ns(rng_below(rng, NS_PER_MS));
    if (unmap)
    {
        munmap((void*)word, PAGE_SIZE);
        futex(word, UINT32_MAX, FUTEX_WAKE, 0); // EFAULT: nothing is there now
    }
    else if (!fthread_start(&exiter, futex_exiter, &race))
    {
        __atomic_store_n(word, 1, __ATOMIC_RELEASE); // no exiter: wake them ourselves
        futex(word, UINT32_MAX, FUTEX_WAKE, 0);
    }
    for (int i = 0; i < count; i++)
    {
        if (!fthread_join(&waiters[i], FUZZ_JOIN_BOUND_NS))
        {
            child_fail(child, FUZZ_EXIT_HANG, "HANG: a futex waiter was not woken by FUTEX_EXIT on its word%s",
                unmap ? " (or by its timeout, the page gone)" : "");
        }
    }
    if (!unmap)
    {
        // The exiter ends through its FUTEX_EXIT on the word, not on its
        // done word: once the word is 1 it runs no more.
        uint64_t deadline = uptime() + FUZZ_JOIN_BOUND_NS;
        while (__atomic_load_n(word, __ATOMIC_ACQUIRE) != 1 && uptime() < deadline)
        {
            futex(word, 0, FUTEX_WAIT, 50 * NS_PER_MS);
        }
        if (*word != 1)
        {
            child_fail(child, FUZZ_EXIT_HANG, "HANG: a thread in FUTEX_EXIT did not store its value");
        }
        fthread_forget(&exiter);
        munmap((void*)word, PAGE_SIZE);
    }
}

typedef struct
{
    int count;
    volatile uint32_t made;
} creator_t;

static void nothing(void* argument)
{
    (void)argument;
}

static void creator_body(void* argument)
{
    creator_t* creator = argument;
    fthread_t threads[CREATIONS];
    for (int i = 0; i < creator->count; i++)
    {
        fthread_start(&threads[i], nothing, NULL);
        __atomic_add_fetch(&creator->made, 1, __ATOMIC_RELEASE);
    }
    for (int i = 0; i < creator->count; i++)
    {
        fthread_join(&threads[i], FUZZ_JOIN_BOUND_NS);
    }
}

// Notes to ourselves while a thread makes threads: each note walks the
// process's threads, some of them half made.
void op_race_note_thread_create(child_t* child, rng_t* rng)
{
    static const char* const notes[] = {"hello", "interrupt", "terminate", "alarm"};
    creator_t creator = {.count = (int)rng_range(rng, 2, CREATIONS)};
    fthread_t thread;
    if (!fthread_start(&thread, creator_body, &creator))
    {
        return;
    }
    while (__atomic_load_n(&creator.made, __ATOMIC_ACQUIRE) < (uint32_t)creator.count)
    {
        note_send(child->pid, notes[rng_below(rng, sizeof(notes) / sizeof(notes[0]))]);
        if (rng_chance(rng, 30))
        {
            yield();
        }
    }
    if (!fthread_join(&thread, FUZZ_JOIN_BOUND_NS))
    {
        child_fail(child, FUZZ_EXIT_HANG, "HANG: threads made while notes arrived did not all end");
    }
}

static void chdir_body(void* argument)
{
    child_t* child = argument;
    char sub[MAX_PATH];
    snprintf(sub, sizeof(sub), "%s/d0", child->dir);
    const char* const places[] = {child->dir, sub, "sys:/", "..", "home:/", "sys:/stat"};
    for (int i = 0; i < 60; i++)
    {
        chdir(places[i % 6]);
    }
}

void op_race_chdir_open(child_t* child, rng_t* rng)
{
    static const char* const names[] = {"f0", "d0", "stat", "mem", "..", "d0/f0", "proc", "tmp"};
    fthread_t thread;
    if (!fthread_start(&thread, chdir_body, child))
    {
        return;
    }
    for (int i = 0; i < 60; i++)
    {
        // Relative, and without flags that change anything: wherever the
        // working directory is by now, only reading happens.
        const char* name = names[rng_below(rng, sizeof(names) / sizeof(names[0]))];
        stat_t info;
        if (rng_chance(rng, 50))
        {
            io_stat(name, &info);
        }
        else
        {
            fd_t fd = io_open(name);
            if (fd != -1)
            {
                close(fd);
            }
        }
    }
    if (!fthread_join(&thread, FUZZ_JOIN_BOUND_NS))
    {
        child_fail(child, FUZZ_EXIT_HANG, "HANG: a thread doing chdir did not end");
    }
    chdir(child->dir);
    child_refresh_cwd(child);
}

// Thread-local storage: __thread and _Thread_local variables start with
// their initial values in every thread, stay apart between threads, and
// keep the alignment they ask for. The variables here are reached the way
// the compiler does for a static program: at fixed offsets from FS.
#include "tap.h"
#include "thread_join.h"

#include <stdint.h>
#include <string.h>
#include <sys/proc.h>

#define THREADS 4
#define JOIN_TIMEOUT_NS (10ull * 1000 * 1000 * 1000)

static __thread int counter = 7;
static __thread char name[24] = "initial";
static __thread uint64_t zeroed[32]; // .tbss: must start as zeros
static _Thread_local _Alignas(64) uint32_t aligned_word = 0xA11A;

typedef struct
{
    int index;
    int counter_seen;
    char name_seen[24];
    int zeroed_ok;
    uintptr_t aligned_address;
    uintptr_t counter_address;
    int counter_after;
    volatile uint32_t done;
} tls_work_t;

static tls_work_t works[THREADS];
static char stacks[THREADS][16384] __attribute__((aligned(16)));
static volatile uint32_t go;

static void tls_thread(void* argument)
{
    tls_work_t* work = argument;
    work->counter_seen = counter;
    memcpy(work->name_seen, name, sizeof(name));
    work->zeroed_ok = 1;
    for (int i = 0; i < 32; i++)
    {
        work->zeroed_ok &= zeroed[i] == 0;
    }
    work->aligned_address = (uintptr_t)&aligned_word;
    work->counter_address = (uintptr_t)&counter;
    // Change this thread's copies, wait until every thread has, then read
    // back: another thread's writes must not show.
    counter = 1000 + work->index;
    zeroed[work->index] = (uint64_t)work->index + 1;
    __atomic_add_fetch(&go, 1, __ATOMIC_SEQ_CST);
    while (__atomic_load_n(&go, __ATOMIC_SEQ_CST) < THREADS)
    {
        yield();
    }
    work->counter_after = counter;
    thread_join_signal(&work->done);
}

static const char* test_main_thread_initial_values(void)
{
    TAP_CHECK(counter == 7, "counter starts at %d, expected 7", counter);
    TAP_CHECK(strcmp(name, "initial") == 0, "name starts as '%s'", name);
    for (int i = 0; i < 32; i++)
    {
        TAP_CHECK(zeroed[i] == 0, "zeroed[%d] is %llu", i, (unsigned long long)zeroed[i]);
    }
    TAP_CHECK(aligned_word == 0xA11A, "aligned_word is %#x", aligned_word);
    TAP_CHECK((uintptr_t)&aligned_word % 64 == 0, "aligned_word at %p is not 64-byte aligned", (void*)&aligned_word);
    return NULL;
}

static const char* test_threads_have_their_own_copies(void)
{
    counter = 99; // the main thread's copy: the new threads must not see it
    strcpy(name, "main");
    for (int i = 0; i < THREADS; i++)
    {
        works[i] = (tls_work_t){.index = i};
        tid_t tid = thread_create_raw(tls_thread, &works[i], stacks[i] + sizeof(stacks[i]));
        TAP_CHECK(tid != -1, "thread_create_raw: %s", strerror(errno));
    }
    for (int i = 0; i < THREADS; i++)
    {
        TAP_CHECK(thread_join_wait(&works[i].done, JOIN_TIMEOUT_NS), "thread %d did not finish", i);
    }
    for (int i = 0; i < THREADS; i++)
    {
        tls_work_t* work = &works[i];
        TAP_CHECK(work->counter_seen == 7, "thread %d saw counter %d, expected the initial 7", i, work->counter_seen);
        TAP_CHECK(strcmp(work->name_seen, "initial") == 0, "thread %d saw name '%s'", i, work->name_seen);
        TAP_CHECK(work->zeroed_ok, "thread %d's zeroed[] did not start as zeros", i);
        TAP_CHECK(work->aligned_address % 64 == 0, "thread %d's aligned_word at %#lx", i,
                  (unsigned long)work->aligned_address);
        TAP_CHECK(work->counter_after == 1000 + i, "thread %d read back %d, expected %d", i, work->counter_after,
                  1000 + i);
        for (int j = 0; j < i; j++)
        {
            TAP_CHECK(works[j].counter_address != work->counter_address, "threads %d and %d share counter at %#lx",
                      j, i, (unsigned long)work->counter_address);
        }
    }
    TAP_CHECK(counter == 99, "the main thread's counter became %d", counter);
    TAP_CHECK(strcmp(name, "main") == 0, "the main thread's name became '%s'", name);
    return NULL;
}

int main(void)
{
    tap_suite("tls");
    tap_run("main-thread-initial-values", test_main_thread_initial_values);
    tap_run("threads-have-their-own-copies", test_threads_have_their_own_copies);
    return tap_exit_status();
}

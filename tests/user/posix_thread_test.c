// home:/test/posix_thread_test: suite "posix-thread", pthread.h over
// threads.h: values through join and pthread_exit, self/equal, detached
// threads, the three mutex kinds and their errors, condition variables
// (with timeouts), once, keys with destructors, and what a hand-over
// through a condition variable costs in context switches.
#include "file_text.h"
#include "tap.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/proc.h>
#include <time.h>

#define THREADS 4
#define ROUNDS 20000
#define MS 1000000L

static void* add_one(void* argument)
{
    return (void*)((intptr_t)argument + 1);
}

static void* exit_early(void* argument)
{
    pthread_exit((void*)((intptr_t)argument * 2));
}

static pthread_t seen_self;

static void* record_self(void* unused)
{
    (void)unused;
    seen_self = pthread_self();
    return NULL;
}

static const char* test_create_join(void)
{
    pthread_t thread;
    TAP_CHECK(pthread_create(&thread, NULL, add_one, (void*)41) == 0, "pthread_create");
    void* value = NULL;
    TAP_CHECK(pthread_join(thread, &value) == 0 && value == (void*)42, "join gave %p, not 42", value);
    TAP_CHECK(pthread_create(&thread, NULL, exit_early, (void*)21) == 0, "pthread_create");
    TAP_CHECK(pthread_join(thread, &value) == 0 && value == (void*)42, "pthread_exit's value %p, not 42", value);
    TAP_CHECK(pthread_create(&thread, NULL, record_self, NULL) == 0, "pthread_create");
    pthread_t created = thread;
    TAP_CHECK(pthread_join(thread, NULL) == 0, "join");
    TAP_CHECK(pthread_equal(seen_self, created), "the thread's pthread_self is not what create gave");
    TAP_CHECK(pthread_equal(pthread_self(), pthread_self()) && !pthread_equal(pthread_self(), created),
              "pthread_equal");
    TAP_CHECK(pthread_join(pthread_self(), NULL) == EDEADLK, "joining oneself");
    TAP_CHECK(pthread_create(&thread, NULL, NULL, NULL) == EINVAL, "a NULL start function");
    return NULL;
}

static volatile uint32_t detached_ran;

static void* mark_detached(void* unused)
{
    (void)unused;
    __atomic_store_n(&detached_ran, 1, __ATOMIC_RELEASE);
    futex(&detached_ran, 1, FUTEX_WAKE, 0);
    return NULL;
}

static const char* test_detached(void)
{
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    TAP_CHECK(pthread_attr_setdetachstate(&attributes, 7) == EINVAL, "detach state 7 accepted");
    TAP_CHECK(pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED) == 0, "setdetachstate");
    int state = -1;
    pthread_attr_getdetachstate(&attributes, &state);
    TAP_CHECK(state == PTHREAD_CREATE_DETACHED, "getdetachstate gave %d", state);
    pthread_t thread;
    TAP_CHECK(pthread_create(&thread, &attributes, mark_detached, NULL) == 0, "pthread_create");
    pthread_attr_destroy(&attributes);
    while (__atomic_load_n(&detached_ran, __ATOMIC_ACQUIRE) == 0)
    {
        futex(&detached_ran, 0, FUTEX_WAIT, TIMEOUT_NEVER);
    }
    // And detaching later.
    TAP_CHECK(pthread_create(&thread, NULL, add_one, NULL) == 0, "pthread_create");
    TAP_CHECK(pthread_detach(thread) == 0, "pthread_detach");
    return NULL;
}

static pthread_mutex_t counter_lock = PTHREAD_MUTEX_INITIALIZER;
static long counter;

static void* count_up(void* unused)
{
    (void)unused;
    for (int i = 0; i < ROUNDS; i++)
    {
        pthread_mutex_lock(&counter_lock);
        long seen = counter;
        counter = seen + 1;
        pthread_mutex_unlock(&counter_lock);
    }
    return NULL;
}

static const char* test_mutex_normal(void)
{
    pthread_t threads[THREADS];
    for (int i = 0; i < THREADS; i++)
    {
        TAP_CHECK(pthread_create(&threads[i], NULL, count_up, NULL) == 0, "pthread_create");
    }
    for (int i = 0; i < THREADS; i++)
    {
        pthread_join(threads[i], NULL);
    }
    TAP_CHECK(counter == (long)THREADS * ROUNDS, "the counter is %ld, not %ld", counter, (long)THREADS * ROUNDS);
    TAP_CHECK(pthread_mutex_trylock(&counter_lock) == 0, "trylock of a free mutex");
    TAP_CHECK(pthread_mutex_destroy(&counter_lock) == EBUSY, "destroying a locked mutex");
    TAP_CHECK(pthread_mutex_unlock(&counter_lock) == 0, "unlock");
    TAP_CHECK(pthread_mutex_unlock(&counter_lock) == EPERM, "unlocking an unlocked mutex");
    return NULL;
}

static pthread_mutex_t shared_mutex;
static int other_result;

static void* try_from_other(void* unused)
{
    (void)unused;
    other_result = pthread_mutex_trylock(&shared_mutex);
    if (other_result == 0)
    {
        pthread_mutex_unlock(&shared_mutex);
    }
    else if (pthread_mutex_unlock(&shared_mutex) != EPERM)
    {
        other_result = -1; // a stranger's unlock must fail
    }
    return NULL;
}

// Whether another thread's trylock of shared_mutex gave @p expected.
static bool other_trylock_gives(int expected)
{
    pthread_t thread;
    if (pthread_create(&thread, NULL, try_from_other, NULL) != 0)
    {
        return false;
    }
    pthread_join(thread, NULL);
    return other_result == expected;
}

static const char* test_mutex_kinds(void)
{
    pthread_mutexattr_t attributes;
    pthread_mutexattr_init(&attributes);
    TAP_CHECK(pthread_mutexattr_settype(&attributes, 99) == EINVAL, "kind 99 accepted");
    TAP_CHECK(pthread_mutexattr_settype(&attributes, PTHREAD_MUTEX_RECURSIVE) == 0, "settype");
    int kind = -1;
    pthread_mutexattr_gettype(&attributes, &kind);
    TAP_CHECK(kind == PTHREAD_MUTEX_RECURSIVE, "gettype gave %d", kind);
    TAP_CHECK(pthread_mutex_init(&shared_mutex, &attributes) == 0, "init recursive");
    TAP_CHECK(pthread_mutex_lock(&shared_mutex) == 0 && pthread_mutex_lock(&shared_mutex) == 0 &&
                  pthread_mutex_trylock(&shared_mutex) == 0,
              "a recursive mutex locked three times by its holder");
    TAP_CHECK(other_trylock_gives(EBUSY), "another thread's trylock gave %d, not EBUSY", other_result);
    pthread_mutex_unlock(&shared_mutex);
    pthread_mutex_unlock(&shared_mutex);
    TAP_CHECK(other_trylock_gives(EBUSY), "still held once: another thread's trylock gave %d", other_result);
    pthread_mutex_unlock(&shared_mutex);
    TAP_CHECK(other_trylock_gives(0), "free: another thread's trylock gave %d", other_result);
    TAP_CHECK(pthread_mutex_destroy(&shared_mutex) == 0, "destroy");
    pthread_mutexattr_settype(&attributes, PTHREAD_MUTEX_ERRORCHECK);
    TAP_CHECK(pthread_mutex_init(&shared_mutex, &attributes) == 0, "init error-checking");
    TAP_CHECK(pthread_mutex_lock(&shared_mutex) == 0, "lock");
    TAP_CHECK(pthread_mutex_lock(&shared_mutex) == EDEADLK, "relocking an error-checking mutex");
    TAP_CHECK(pthread_mutex_trylock(&shared_mutex) == EBUSY, "trylock by its holder");
    TAP_CHECK(other_trylock_gives(EBUSY), "another thread's trylock gave %d", other_result);
    TAP_CHECK(pthread_mutex_unlock(&shared_mutex) == 0, "unlock");
    TAP_CHECK(pthread_mutex_unlock(&shared_mutex) == EPERM, "a second unlock");
    pthread_mutex_destroy(&shared_mutex);
    pthread_mutexattr_destroy(&attributes);
    return NULL;
}

static pthread_mutex_t queue_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t queue_ready = PTHREAD_COND_INITIALIZER;
static int queue_items;
static long queue_sum;

static void* consume(void* unused)
{
    (void)unused;
    long sum = 0;
    for (int taken = 0; taken < 100; taken++)
    {
        pthread_mutex_lock(&queue_lock);
        while (queue_items == 0)
        {
            pthread_cond_wait(&queue_ready, &queue_lock);
        }
        queue_items--;
        sum += taken;
        pthread_mutex_unlock(&queue_lock);
    }
    queue_sum = sum;
    return NULL;
}

static const char* test_cond(void)
{
    pthread_t consumer;
    TAP_CHECK(pthread_create(&consumer, NULL, consume, NULL) == 0, "pthread_create");
    for (int i = 0; i < 100; i++)
    {
        pthread_mutex_lock(&queue_lock);
        queue_items++;
        if (i % 2 == 0)
        {
            pthread_cond_signal(&queue_ready);
        }
        else
        {
            pthread_cond_broadcast(&queue_ready);
        }
        pthread_mutex_unlock(&queue_lock);
    }
    pthread_join(consumer, NULL);
    TAP_CHECK(queue_items == 0 && queue_sum == 4950, "items left %d, sum %ld", queue_items, queue_sum);
    // Timeouts: one already past, one 50 ms ahead; the mutex is held after.
    struct timespec deadline;
    clock_gettime(CLOCK_REALTIME, &deadline);
    pthread_mutex_lock(&queue_lock);
    int past = pthread_cond_timedwait(&queue_ready, &queue_lock, &deadline);
    struct timespec start;
    clock_gettime(CLOCK_REALTIME, &start);
    deadline = start;
    deadline.tv_nsec += 50 * MS;
    if (deadline.tv_nsec >= 1000 * MS)
    {
        deadline.tv_sec++;
        deadline.tv_nsec -= 1000 * MS;
    }
    int ahead = pthread_cond_timedwait(&queue_ready, &queue_lock, &deadline);
    struct timespec end;
    clock_gettime(CLOCK_REALTIME, &end);
    struct timespec bad = {0, -1};
    int malformed = pthread_cond_timedwait(&queue_ready, &queue_lock, &bad);
    int held = pthread_mutex_unlock(&queue_lock);
    long waited = (end.tv_sec - start.tv_sec) * 1000 * MS + (end.tv_nsec - start.tv_nsec);
    TAP_CHECK(past == ETIMEDOUT && ahead == ETIMEDOUT, "timedwait gave %d and %d", past, ahead);
    TAP_CHECK(waited >= 49 * MS, "a 50 ms timedwait returned after %ld ns", waited);
    TAP_CHECK(malformed == EINVAL, "a malformed deadline gave %d", malformed);
    TAP_CHECK(held == 0, "the mutex was not held after the timeouts");
    pthread_cond_t local;
    TAP_CHECK(pthread_cond_init(&local, NULL) == 0 && pthread_cond_destroy(&local) == 0, "cond init/destroy");
    return NULL;
}

static pthread_once_t once = PTHREAD_ONCE_INIT;
static volatile uint32_t once_runs;

static void run_once(void)
{
    __atomic_add_fetch(&once_runs, 1, __ATOMIC_SEQ_CST);
}

static void* call_run_once(void* unused)
{
    (void)unused;
    pthread_once(&once, run_once);
    return NULL;
}

static const char* test_once(void)
{
    pthread_t threads[THREADS];
    for (int i = 0; i < THREADS; i++)
    {
        TAP_CHECK(pthread_create(&threads[i], NULL, call_run_once, NULL) == 0, "pthread_create");
    }
    call_run_once(NULL);
    for (int i = 0; i < THREADS; i++)
    {
        pthread_join(threads[i], NULL);
    }
    TAP_CHECK(once_runs == 1, "the once function ran %u times", once_runs);
    return NULL;
}

static pthread_key_t key;
static volatile uint32_t destructed;

static void destroy_value(void* value)
{
    __atomic_add_fetch(&destructed, (uint32_t)(intptr_t)value, __ATOMIC_SEQ_CST);
}

static void* use_key(void* argument)
{
    if (pthread_getspecific(key) != NULL)
    {
        return (void*)1; // a new thread starts with NULL
    }
    pthread_setspecific(key, argument);
    return pthread_getspecific(key) == argument ? NULL : (void*)2;
}

static const char* test_keys(void)
{
    TAP_CHECK(pthread_key_create(&key, destroy_value) == 0, "key_create");
    TAP_CHECK(pthread_setspecific(key, (void*)100) == 0, "setspecific");
    pthread_t threads[2];
    void* results[2] = {(void*)-1, (void*)-1};
    for (int i = 0; i < 2; i++)
    {
        TAP_CHECK(pthread_create(&threads[i], NULL, use_key, (void*)(intptr_t)(i + 1)) == 0, "pthread_create");
    }
    for (int i = 0; i < 2; i++)
    {
        pthread_join(threads[i], &results[i]);
    }
    TAP_CHECK(results[0] == NULL && results[1] == NULL, "threads' values: %p %p", results[0], results[1]);
    TAP_CHECK(destructed == 3, "destructors added %u, not 1 + 2", destructed);
    TAP_CHECK(pthread_getspecific(key) == (void*)100, "this thread's value changed");
    TAP_CHECK(pthread_key_delete(key) == 0, "key_delete");
    TAP_CHECK(pthread_setspecific(key, (void*)1) == EINVAL, "setspecific on a deleted key");
    TAP_CHECK(pthread_getspecific(key) == NULL, "getspecific on a deleted key");
    return NULL;
}

// ---- hand-overs through a condition variable ----

#define HANDOVERS 500

static pthread_mutex_t handover_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t handover_cond = PTHREAD_COND_INITIALIZER;
static int handover_turn; // 0: the main thread's, 1: the other's
static int handover_count;

static void* handover_partner(void* unused)
{
    (void)unused;
    pthread_mutex_lock(&handover_lock);
    while (handover_count < HANDOVERS)
    {
        while (handover_turn != 1)
        {
            pthread_cond_wait(&handover_cond, &handover_lock);
        }
        handover_turn = 0;
        handover_count++;
        pthread_cond_signal(&handover_cond);
    }
    pthread_mutex_unlock(&handover_lock);
    return NULL;
}

// Context switches on all CPUs so far (sys:/stat/sched), and how many CPUs.
static long long switches_so_far(int* cpus)
{
    char text[2048];
    if (file_text("sys:/stat/sched", text, sizeof(text)) <= 0)
    {
        return -1;
    }
    long long total = 0;
    *cpus = 0;
    for (char* line = text; line != NULL && *line != '\0';)
    {
        const char* field = strstr(line, " switches ");
        if (field != NULL)
        {
            total += strtoll(field + strlen(" switches "), NULL, 10);
            (*cpus)++;
        }
        line = strchr(line, '\n');
        line = line != NULL ? line + 1 : NULL;
    }
    return total;
}

// A round trip through a condition variable signalled under its mutex costs
// two switches on one CPU: the signalled thread does not take the CPU from
// its sibling, which still holds the mutex (it would block on it at once,
// and the sibling, never blocking, would stay below it in priority:
// four switches per round trip). With more CPUs the threads may run apart
// and each sleep is a switch to the idle thread, so only the hand-over's
// correctness is checked there.
static const char* test_cond_handover(void)
{
    int cpus = 0;
    pthread_t thread;
    long long before = switches_so_far(&cpus);
    TAP_CHECK(before >= 0 && cpus > 0, "sys:/stat/sched unreadable");
    TAP_CHECK(pthread_create(&thread, NULL, handover_partner, NULL) == 0, "pthread_create");
    pthread_mutex_lock(&handover_lock);
    for (int i = 0; i < HANDOVERS; i++)
    {
        handover_turn = 1;
        pthread_cond_signal(&handover_cond);
        while (handover_turn != 0)
        {
            pthread_cond_wait(&handover_cond, &handover_lock);
        }
    }
    pthread_mutex_unlock(&handover_lock);
    TAP_CHECK(pthread_join(thread, NULL) == 0, "join");
    long long switches = switches_so_far(&cpus) - before;
    TAP_CHECK(handover_count == HANDOVERS, "%d hand-overs, not %d", handover_count, HANDOVERS);
    if (cpus == 1)
    {
        TAP_CHECK(switches <= HANDOVERS * 5 / 2, "%lld switches for %d round trips on one CPU (two each expected)",
                  switches, HANDOVERS);
    }
    return NULL;
}

int main(void)
{
    tap_suite("posix-thread");
    tap_run("create-join", test_create_join);
    tap_run("detached", test_detached);
    tap_run("mutex-normal", test_mutex_normal);
    tap_run("mutex-kinds", test_mutex_kinds);
    tap_run("cond", test_cond);
    tap_run("once", test_once);
    tap_run("keys", test_keys);
    tap_run("cond-handover-two-switches", test_cond_handover);
    return tap_exit_status();
}

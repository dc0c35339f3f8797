// SDL's threads, mutexes, semaphores and conditions on libstd's pthreads.
#include "check.h"

#include <SDL.h>

#define WORKERS 4
#define ROUNDS 2000

static SDL_mutex* lock;
static SDL_sem* done;
static int shared;

static int worker(void* data)
{
    for (int i = 0; i < ROUNDS; i++)
    {
        SDL_LockMutex(lock);
        shared++;
        SDL_UnlockMutex(lock);
    }
    SDL_SemPost(done);
    return (int)(intptr_t)data * 10;
}

static const char* threads_run_and_end(void)
{
    SDL_Thread* threads[WORKERS];
    lock = SDL_CreateMutex();
    done = SDL_CreateSemaphore(0);
    CHECK(lock && done, "mutex or semaphore: %s", SDL_GetError());
    shared = 0;
    for (int i = 0; i < WORKERS; i++)
    {
        threads[i] = SDL_CreateThread(worker, "sdl2check-worker", (void*)(intptr_t)(i + 1));
        CHECK(threads[i] != NULL, "SDL_CreateThread: %s", SDL_GetError());
    }
    for (int i = 0; i < WORKERS; i++)
    {
        CHECK(SDL_SemWaitTimeout(done, 30000) == 0, "worker %d never posted the semaphore", i);
    }
    for (int i = 0; i < WORKERS; i++)
    {
        int status = -1;
        SDL_WaitThread(threads[i], &status);
        CHECK(status == (i + 1) * 10, "worker %d returned %d", i, status);
    }
    CHECK(shared == WORKERS * ROUNDS, "the mutex let %d of %d increments through", shared, WORKERS * ROUNDS);
    SDL_DestroySemaphore(done);
    SDL_DestroyMutex(lock);
    return NULL;
}

static const char* semaphore_times_out(void)
{
    SDL_sem* sem = SDL_CreateSemaphore(1);
    CHECK(sem != NULL, "SDL_CreateSemaphore: %s", SDL_GetError());
    CHECK(SDL_SemTryWait(sem) == 0, "the first wait of a semaphore of 1 failed");
    CHECK(SDL_SemTryWait(sem) == SDL_MUTEX_TIMEDOUT, "a second try did not time out");
    CHECK(SDL_SemWaitTimeout(sem, 30) == SDL_MUTEX_TIMEDOUT, "a timed wait on 0 did not time out");
    CHECK(SDL_SemValue(sem) == 0, "the value is %u", SDL_SemValue(sem));
    SDL_DestroySemaphore(sem);
    return NULL;
}

static const char* mutex_is_recursive(void)
{
    SDL_mutex* m = SDL_CreateMutex();
    CHECK(m != NULL, "SDL_CreateMutex: %s", SDL_GetError());
    CHECK(SDL_LockMutex(m) == 0 && SDL_LockMutex(m) == 0, "locking twice failed");
    CHECK(SDL_UnlockMutex(m) == 0 && SDL_UnlockMutex(m) == 0, "unlocking twice failed");
    SDL_DestroyMutex(m);
    return NULL;
}

// Ping-pong over one condition: each side waits for its turn.
static SDL_mutex* pp_lock;
static SDL_cond* pp_cond;
static int turn;

static int ponger(void* data)
{
    (void)data;
    for (int i = 0; i < 50; i++)
    {
        SDL_LockMutex(pp_lock);
        while (turn != 1)
        {
            SDL_CondWait(pp_cond, pp_lock);
        }
        turn = 0;
        SDL_CondBroadcast(pp_cond);
        SDL_UnlockMutex(pp_lock);
    }
    return 0;
}

static const char* condition_ping_pong(void)
{
    pp_lock = SDL_CreateMutex();
    pp_cond = SDL_CreateCond();
    CHECK(pp_lock && pp_cond, "mutex or condition: %s", SDL_GetError());
    turn = 0;
    SDL_Thread* thread = SDL_CreateThread(ponger, "sdl2check-pong", NULL);
    CHECK(thread != NULL, "SDL_CreateThread: %s", SDL_GetError());
    for (int i = 0; i < 50; i++)
    {
        SDL_LockMutex(pp_lock);
        turn = 1;
        SDL_CondBroadcast(pp_cond);
        while (turn != 0)
        {
            if (SDL_CondWaitTimeout(pp_cond, pp_lock, 30000) == SDL_MUTEX_TIMEDOUT)
            {
                SDL_UnlockMutex(pp_lock);
                return check_reason("round %d: no answer in 30 s", i);
            }
        }
        SDL_UnlockMutex(pp_lock);
    }
    SDL_WaitThread(thread, NULL);
    SDL_LockMutex(pp_lock);
    CHECK(SDL_CondWaitTimeout(pp_cond, pp_lock, 20) == SDL_MUTEX_TIMEDOUT, "an unsignalled wait did not time out");
    SDL_UnlockMutex(pp_lock);
    SDL_DestroyCond(pp_cond);
    SDL_DestroyMutex(pp_lock);
    return NULL;
}

static int tls_thread(void* data)
{
    SDL_TLSID id = *(SDL_TLSID*)data;
    SDL_TLSSet(id, "thread", NULL);
    return SDL_strcmp(SDL_TLSGet(id), "thread") == 0 ? 1 : 0;
}

static const char* thread_local_storage(void)
{
    SDL_TLSID id = SDL_TLSCreate();
    int status = 0;
    CHECK(id != 0, "SDL_TLSCreate: %s", SDL_GetError());
    SDL_TLSSet(id, "main", NULL);
    SDL_Thread* thread = SDL_CreateThread(tls_thread, "sdl2check-tls", &id);
    CHECK(thread != NULL, "SDL_CreateThread: %s", SDL_GetError());
    SDL_WaitThread(thread, &status);
    CHECK(status == 1, "the thread did not see its own value");
    CHECK(SDL_strcmp(SDL_TLSGet(id), "main") == 0, "the thread's value replaced main's");
    CHECK(SDL_ThreadID() != 0, "SDL_ThreadID is 0");
    return NULL;
}

void check_threads(void)
{
    check_run("threads-run-and-end", threads_run_and_end);
    check_run("semaphore-times-out", semaphore_times_out);
    check_run("mutex-is-recursive", mutex_is_recursive);
    check_run("condition-ping-pong", condition_ping_pong);
    check_run("thread-local-storage", thread_local_storage);
}

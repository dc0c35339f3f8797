/* SDL threads on libstd's pthreads. SDL's own pthread backend also masks
 * signals and sets scheduling policies, which this OS does not have
 * (notes, not signal masks; one scheduler with dynamic priorities), so
 * thread creation is done here; SDL's pthread mutexes, conditions and
 * TLS and its generic semaphores do the rest. */
#include "../../SDL_internal.h"

#if SDL_THREAD_PTHREAD

#include "SDL_thread.h"
#include "../SDL_thread_c.h"
#include "../SDL_systhread.h"

#include <pthread.h>
#include <string.h>
#include <sys/proc.h>

static void *run_thread(void *thread)
{
    SDL_RunThread((SDL_Thread *)thread);
    return NULL;
}

/* libstd sizes thread stacks itself: thread->stacksize is a hint only. */
int SDL_SYS_CreateThread(SDL_Thread *thread)
{
    int error = pthread_create(&thread->handle, NULL, run_thread, thread);
    if (error != 0) {
        return SDL_SetError("patchwork: pthread_create failed: %s", strerror(error));
    }
    return 0;
}

/* Nothing to do in the new thread: no signal masks, no thread names. */
void SDL_SYS_SetupThread(const char *name)
{
}

SDL_threadID SDL_ThreadID(void)
{
    return (SDL_threadID)thread_id();
}

/* The scheduler sets priorities by itself (docs/scheduling.md); a
 * program's wish is accepted and changes nothing. */
int SDL_SYS_SetThreadPriority(SDL_ThreadPriority priority)
{
    return 0;
}

void SDL_SYS_WaitThread(SDL_Thread *thread)
{
    pthread_join(thread->handle, NULL);
}

void SDL_SYS_DetachThread(SDL_Thread *thread)
{
    pthread_detach(thread->handle);
}

#endif /* SDL_THREAD_PTHREAD */

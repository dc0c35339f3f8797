// pthread_create(): a thrd_create'd thread whose int function runs the
// void* one and keeps its value in the thread's structure for the join.
#include "../threads/thrd_internal.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>

typedef struct
{
    void* (*start)(void*);
    void* argument;
} pthread_start_t;

static int pthread_trampoline(void* boxed)
{
    pthread_start_t start = *(pthread_start_t*)boxed;
    free(boxed);
    _thrd_self()->pthread_result = start.start(start.argument);
    return 0;
}

int pthread_create(pthread_t* restrict thread, const pthread_attr_t* restrict attributes, void* (*start)(void*),
                   void* restrict argument)
{
    if (start == NULL || thread == NULL)
    {
        return EINVAL;
    }
    pthread_start_t* boxed = malloc(sizeof(*boxed));
    if (boxed == NULL)
    {
        return EAGAIN;
    }
    boxed->start = start;
    boxed->argument = argument;
    if (thrd_create(thread, pthread_trampoline, boxed) != thrd_success)
    {
        free(boxed);
        return EAGAIN;
    }
    if (attributes != NULL && attributes->detach_state == PTHREAD_CREATE_DETACHED)
    {
        thrd_detach(*thread);
    }
    return 0;
}

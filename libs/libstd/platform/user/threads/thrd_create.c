#include "thrd_internal.h"

#include <errno.h>
#include <sys/proc.h>

// The structure sits at the top of the thread's mapping, 16-byte aligned,
// and the stack grows down from just below it (thread_create_raw puts the
// control block and the thread-local variables there first).
#define THRD_STRUCT_SPACE ((sizeof(struct _thrd) + 15) & ~(size_t)15)
#define THRD_MAPPING_SIZE (THRD_STACK_SIZE + THRD_STRUCT_SPACE)

static void thrd_entry(void* argument)
{
    struct _thrd* self = argument;
    _tcb_t* tcb = _tcb_current();
    tcb->thread = self;
    tcb->malloc_cache = &self->malloc_cache; // thrd_exit gives it back
    thrd_exit(self->start(self->argument));
}

int thrd_create(thrd_t* thread, thrd_start_t function, void* argument)
{
    _thrd_reap(); // the memory of detached threads that have ended comes back first
    char* mapping = mem_map(-1, NULL, THRD_MAPPING_SIZE, PROT_READ | PROT_WRITE);
    if (mapping == NULL)
    {
        return thrd_nomem;
    }
    // mmap's memory is zeroed: only what is not 0 needs setting.
    struct _thrd* created = (struct _thrd*)(mapping + THRD_MAPPING_SIZE - THRD_STRUCT_SPACE);
    created->alive = 1;
    created->counted = true;
    created->start = function;
    created->argument = argument;
    created->mapping = mapping;
    created->mapping_size = THRD_MAPPING_SIZE;
    *thread = created; // before it runs: it may look at it
    __atomic_add_fetch(&_thrd_live, 1, __ATOMIC_RELAXED);
    if (thread_create_raw(thrd_entry, created, created) == -1)
    {
        int error = errno;
        __atomic_sub_fetch(&_thrd_live, 1, __ATOMIC_RELAXED);
        munmap(mapping, THRD_MAPPING_SIZE);
        return error == ENOMEM ? thrd_nomem : thrd_error;
    }
    return thrd_success;
}

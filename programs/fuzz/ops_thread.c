// Threads and notes: thread_create with hostile entries and stacks, many
// short threads at once, notes to ourselves (valid, malformed, too many),
// and hostile note handler addresses.
#include "ops.h"
#include "raw.h"
#include "text.h"
#include "thread.h"

#include <stdio.h>
#include <string.h>

#define CHURN_THREADS 6

void op_thread_hostile(child_t* child, rng_t* rng)
{
    // Addresses the kernel must refuse (EFAULT); a thread that starts at a
    // bad user address would end the whole child, which the races do.
    uint64_t entry = hostile_bad_pointer(rng, &child->sandbox);
    uint64_t stack = rng_chance(rng, 50) ? hostile_bad_pointer(rng, &child->sandbox)
                                         : (uint64_t)child->sandbox.scratch + PAGE_SIZE;
    if (entry != 0 && entry < 0x0000800000000000ULL)
    {
        entry = 0xffff800000000000ULL | entry; // a user address would be started: make it a kernel one
    }
    if (rng_chance(rng, 30))
    {
        // A good entry with a stack that is not user memory.
        entry = (uint64_t)op_thread_hostile;
        stack = 0xffff800000001000ULL + rng_below(rng, 1 << 20) * 16;
    }
    raw_syscall(SYS_THREAD_CREATE, entry, rng_next(rng), stack, rng_next(rng), 0, 0);
}

static void churn_body(void* argument)
{
    rng_t rng = rng_new((uint64_t)(uintptr_t)argument);
    for (int i = (int)rng_below(&rng, 4); i > 0; i--)
    {
        switch (rng_below(&rng, 4))
        {
        case 0:
            yield();
            break;
        case 1:
            sleep_ns(rng_below(&rng, 200000));
            break;
        case 2:
            thread_id();
            break;
        default:
            process_id();
            break;
        }
    }
}

void op_thread_churn(child_t* child, rng_t* rng)
{
    fthread_t threads[CHURN_THREADS];
    int count = (int)rng_range(rng, 1, CHURN_THREADS);
    for (int i = 0; i < count; i++)
    {
        fthread_start(&threads[i], churn_body, (void*)(uintptr_t)rng_next(rng));
    }
    for (int i = 0; i < count; i++)
    {
        if (!fthread_join(&threads[i], FUZZ_JOIN_BOUND_NS))
        {
            child_fail(child, FUZZ_EXIT_HANG, "HANG: a thread that yields and sleeps briefly did not end");
        }
    }
}

void op_note_self(child_t* child, rng_t* rng)
{
    static const char* const notes[] = {"hello", "interrupt", "terminate", "alarm", "x", "noted", "handler"};
    char path[64], text[96];
    snprintf(path, sizeof(path), "sys:/proc/%lld/note", (long long)child->pid);
    fd_t fd = io_open(path);
    if (fd == -1)
    {
        return;
    }
    int count = rng_chance(rng, 20) ? 12 : (int)rng_range(rng, 1, 3); // more than the queue holds, now and then
    for (int i = 0; i < count; i++)
    {
        size_t length = strlen(strcpy(text, notes[rng_below(rng, sizeof(notes) / sizeof(notes[0]))]));
        if (rng_chance(rng, 30))
        {
            length = text_mutate(rng, text, length, sizeof(text));
        }
        if (rng_chance(rng, 5))
        {
            length = rng_range(rng, 62, 66); // at the 64-byte limit
            memset(text, 'n', length);
        }
        if (text_starts_with_word(text, length, "kill"))
        {
            continue;
        }
        if (rng_chance(rng, 10))
        {
            hostile_buffer_t buffer = hostile_buffer(rng, &child->sandbox);
            write(fd, (const void*)buffer.address, buffer.length < 80 ? buffer.length : 80);
            continue;
        }
        write(fd, text, length);
    }
    close(fd);
    sleep_ns(rng_below(rng, 100000)); // a moment for the handler to run
}

// Handler addresses the kernel must refuse, or accept and then use.
void op_note_handler(child_t* child, rng_t* rng)
{
    char path[64], command[64];
    snprintf(path, sizeof(path), "sys:/proc/%lld/ctl", (long long)child->pid);
    fd_t fd = io_open(path);
    if (fd == -1)
    {
        return;
    }
    uint64_t address = hostile_bad_pointer(rng, &child->sandbox);
    bool user = address >= PATCHWORK_USER_BASE && address < PATCHWORK_USER_END;
    if (user && !rng_chance(rng, 3))
    {
        address |= 0x8000000000000000ULL; // a handler at a bad user address ends the child (only now and then)
    }
    int length = snprintf(command, sizeof(command), rng_chance(rng, 50) ? "handler 0x%llx" : "handler %llu",
        (unsigned long long)address);
    write(fd, command, (size_t)length);
    if (rng_chance(rng, 30))
    {
        note_send(child->pid, "hello"); // with no handler (0) it is dropped; with a bad one, the child faults
    }
    close(fd);
    child_restore_note_handler(child);
}

// kill_test's target for notes and kills that arrive while threads are
// being made: threads that exit at once are created without pause, on a
// few stacks used in turn, forever. A note handler counts the notes.
// Prints "ready" once the first thread has come and gone.
#include <stdbool.h>
#include <sys/io.h>
#include <sys/proc.h>

#define STACKS 4
#define STACK_SIZE (16 * 1024)

static uint8_t stacks[STACKS][STACK_SIZE] __attribute__((aligned(16)));
static volatile uint32_t done[STACKS];
static volatile uint32_t notes;

static void on_note(const char* note)
{
    (void)note;
    notes++;
}

// FUTEX_EXIT sets the flag and ends the thread in the kernel: once the
// flag is set, the thread never touches its stack again.
static void quick(void* argument)
{
    futex(argument, 1, FUTEX_EXIT, 0);
}

int main(void)
{
    note_handler(on_note);
    bool said_ready = false;
    for (uint64_t round = 0;; round++)
    {
        int slot = (int)(round % STACKS);
        // The stack is free again once its last thread has set the flag.
        while (round >= STACKS && __atomic_load_n(&done[slot], __ATOMIC_ACQUIRE) == 0)
        {
            futex(&done[slot], 0, FUTEX_WAIT, TIMEOUT_NEVER);
        }
        done[slot] = 0;
        if (thread_create_raw(quick, (void*)&done[slot], stacks[slot] + STACK_SIZE) == -1)
        {
            done[slot] = 1; // not made (the process is ending): the stack stays free
            continue;
        }
        if (!said_ready)
        {
            writef(STDOUT_FILENO, "ready\n");
            said_ready = true;
        }
    }
}

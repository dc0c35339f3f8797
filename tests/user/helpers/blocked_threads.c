// kill_test's target: a process whose threads are all blocked, each in a
// different way, so that a kill has to get every one of them out.
//
//   blocked_threads           eight threads block; the main thread prints
//                             "ready PID" (PID: a child it waits for) once
//                             each thread is about to block, then blocks too
//   blocked_threads spin N    N threads and the main thread spin in user
//                             mode without system calls; "ready 0"
//
// The ways: a futex wait, a read of an empty pipe, a write to a full pipe,
// a read queued behind that read on the same file (the file's lock), an
// accept with nobody connecting, a poll of the empty pipe, a sleep with
// no end, a wait for a child that sleeps forever. "ready" comes when every
// thread is a few instructions from its call; the kill test adds a pause
// for them to get there, and a thread that has not yet blocked when the
// kill comes is ended all the same.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

#define WAYS 8
#define STACK_SIZE (64 * 1024)

static volatile uint32_t never_changes;
static volatile uint32_t started;
static fd_t empty_pipe[2];
static fd_t full_pipe[2];
static char accept_path[64];
static pid_t child;

static void block_futex(void)
{
    futex(&never_changes, 0, FUTEX_WAIT, TIMEOUT_NEVER);
}

static void block_pipe_read(void)
{
    char byte;
    read(empty_pipe[0], &byte, 1);
}

static void block_pipe_write(void)
{
    static char chunk[4096];
    for (;;)
    {
        write(full_pipe[1], chunk, sizeof(chunk)); // blocks once the pipe is full
    }
}

static void block_file_lock(void)
{
    char byte;
    read(empty_pipe[0], &byte, 1); // waits for the reader above to let go of the file
}

static void block_accept(void)
{
    io_open(accept_path);
}

static void block_poll(void)
{
    pollfd_t fds[1] = {{empty_pipe[0], POLL_READ, 0}};
    io_poll(fds, 1, TIMEOUT_NEVER);
}

static void block_sleep(void)
{
    sleep_ns(TIMEOUT_NEVER);
}

static void block_wait_child(void)
{
    int status;
    process_wait(child, &status);
}

static void (*const ways[WAYS])(void) = {
    block_futex, block_pipe_read, block_pipe_write, block_file_lock,
    block_accept, block_poll, block_sleep, block_wait_child,
};

static void blocker(void* argument)
{
    void (*way)(void) = (void (*)(void))argument;
    __atomic_add_fetch(&started, 1, __ATOMIC_RELEASE);
    for (;;)
    {
        way(); // only a kill should end this; a spurious return blocks again
    }
}

static void spinner(void* argument)
{
    (void)argument;
    __atomic_add_fetch(&started, 1, __ATOMIC_RELEASE);
    for (volatile uint64_t i = 0;; i++)
    {
    }
}

static void start_threads(void (*entry)(void*), void* const* arguments, int count)
{
    for (int i = 0; i < count; i++)
    {
        uint8_t* stack = mem_map(-1, NULL, STACK_SIZE, PROT_READ | PROT_WRITE);
        if (stack == NULL || thread_create_raw(entry, arguments[i], stack + STACK_SIZE) == -1)
        {
            exit(20 + i);
        }
    }
    while (__atomic_load_n(&started, __ATOMIC_ACQUIRE) < (uint32_t)count)
    {
        yield();
    }
}

// The socket for the accept: bound to a name of our own pid, listening.
static void listen_socket(void)
{
    fd_t handle = io_open("sys:/net/local/new");
    char id[24] = {0};
    if (handle == -1 || read(handle, id, sizeof(id) - 1) <= 0)
    {
        exit(11);
    }
    fd_t ctl = io_openf("sys:/net/local/%s/ctl", id);
    if (ctl == -1 || writef(ctl, "bind blocked-%d", (int)process_id()) == -1 || writef(ctl, "listen") == -1)
    {
        exit(12);
    }
    close(ctl);
    snprintf(accept_path, sizeof(accept_path), "sys:/net/local/%s/accept", id);
}

static int block_everything(void)
{
    if (io_open2("sys:/pipe/new", empty_pipe) == -1 || io_open2("sys:/pipe/new", full_pipe) == -1)
    {
        exit(10);
    }
    listen_socket();
    const char* argv[] = {"home:/test/helpers/sleep_forever", NULL};
    child = spawn(argv, NULL, NULL, PRIORITY_INHERIT);
    if (child == -1)
    {
        exit(13);
    }
    void* arguments[WAYS];
    for (int i = 0; i < WAYS; i++)
    {
        arguments[i] = (void*)ways[i];
    }
    start_threads(blocker, arguments, WAYS);
    writef(STDOUT_FILENO, "ready %d\n", (int)child);
    for (;;)
    {
        block_futex();
    }
}

int main(int argc, char** argv)
{
    if (argc == 3 && strcmp(argv[1], "spin") == 0)
    {
        int count = atoi(argv[2]);
        void* arguments[16] = {0};
        if (count < 1 || count > 16)
        {
            return 2;
        }
        start_threads(spinner, arguments, count);
        writef(STDOUT_FILENO, "ready 0\n");
        spinner(NULL);
    }
    if (argc != 1)
    {
        writef(STDERR_FILENO, "usage: blocked_threads [spin N]\n");
        return 2;
    }
    return block_everything();
}

#include "victim.h"

#include "fuzz.h"
#include "socket_util.h"
#include "thread.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Ways for a thread to be blocked (or busy) when the kill comes.
enum
{
    B_PIPE_READ,
    B_PIPE_WRITE,
    B_ACCEPT,
    B_SOCKET_READ,
    B_FUTEX,
    B_SLEEP,
    B_POLL,
    B_WAIT_CHILD,
    B_CTL_WAIT,
    B_KEYBOARD,
    B_THREAD_STORM,
    B_SPIN,
    B_SHORT_SLEEPS,
    B_FILE_MUTEX,
    B_PTY_READ,
    B_KINDS
};

static const char* const kind_names[B_KINDS] = {"pipe-read", "pipe-write", "accept", "socket-read", "futex",
    "sleep", "poll", "wait-child", "ctl-wait", "keyboard", "thread-storm", "spin", "short-sleeps", "file-mutex", "pty-read"};

typedef struct
{
    int kind;
    fd_t fds[2];
    uint64_t id;
    volatile uint32_t word;
    pid_t pid;
    char name[48];
} blocker_t;

static void victim_on_note(const char* note)
{
    (void)note;
}

static void nothing(void* argument)
{
    (void)argument;
}

// Each body blocks again whenever a note cuts its call short: only the
// end of the process ends it.
static void blocker_body(void* argument)
{
    blocker_t* b = argument;
    char buffer[256];
    for (;;)
    {
        switch (b->kind)
        {
        case B_PIPE_READ:
        case B_SOCKET_READ:
            read(b->fds[0], buffer, sizeof(buffer));
            break;
        case B_PIPE_WRITE:
            write(b->fds[1], buffer, sizeof(buffer));
            break;
        case B_ACCEPT:
        {
            fd_t fd = socket_file(b->id, "accept");
            if (fd != -1)
            {
                close(fd);
            }
            break;
        }
        case B_FUTEX:
            futex(&b->word, 0, FUTEX_WAIT, TIMEOUT_NEVER);
            break;
        case B_SLEEP:
            sleep_ns(60 * NS_PER_SECOND);
            break;
        case B_POLL:
        {
            pollfd_t fds[1] = {{b->fds[0], POLL_READ, 0}};
            io_poll(fds, 1, TIMEOUT_NEVER);
            break;
        }
        case B_WAIT_CHILD:
            process_wait(b->pid, NULL);
            break;
        case B_CTL_WAIT:
            write(b->fds[0], "wait", 4);
            break;
        case B_KEYBOARD:
        case B_PTY_READ:
            read(b->fds[0], buffer, sizeof(buffer));
            break;
        case B_THREAD_STORM:
        {
            fthread_t thread;
            if (fthread_start(&thread, nothing, NULL))
            {
                fthread_join(&thread, FUZZ_JOIN_BOUND_NS);
            }
            break;
        }
        case B_SPIN:
            for (volatile int i = 0; i < 1000000; i++)
            {
            }
            break;
        case B_SHORT_SLEEPS:
            sleep_ns(1000);
            break;
        default: // B_FILE_MUTEX: threads taking turns at one file's lock
            seek(b->fds[0], 0, SEEK_SET);
            read(b->fds[0], buffer, sizeof(buffer));
            break;
        }
    }
}

// A child to wait for: home:/bin/sleep (small, so quick to start).
static pid_t spawn_sleeper(uint64_t ms)
{
    char text[24];
    snprintf(text, sizeof(text), "%llu.%03llu", (unsigned long long)(ms / 1000), (unsigned long long)(ms % 1000));
    const char* argv[] = {"home:/bin/sleep", text, NULL};
    spawn_fd_t none[] = {SPAWN_FD_END};
    return spawn(argv, none, NULL, PRIORITY_INHERIT);
}

// What the blocker needs before its thread starts.
static void blocker_setup(blocker_t* b, uint64_t seed, int index, fd_t shared_file)
{
    b->fds[0] = b->fds[1] = -1;
    snprintf(b->name, sizeof(b->name), "fv%llx-%d", (unsigned long long)(seed & 0xffffffffffULL), index);
    switch (b->kind)
    {
    case B_PIPE_READ:
    case B_POLL:
    case B_PIPE_WRITE:
        io_open2("sys:/pipe/new", b->fds);
        for (int i = 0; b->kind == B_PIPE_WRITE && i < 32; i++)
        {
            pollfd_t room = {b->fds[1], POLL_WRITE, 0};
            char chunk[4096] = {0};
            if (io_poll(&room, 1, 0) != 1 || !(room.revents & POLL_WRITE))
            {
                break;
            }
            write(b->fds[1], chunk, sizeof(chunk));
        }
        break;
    case B_ACCEPT:
        socket_listener(b->name, &b->id);
        break;
    case B_SOCKET_READ:
    {
        uint64_t listener_id, client_id;
        fd_t listener = socket_listener(b->name, &listener_id);
        fd_t client = listener == -1 ? -1 : socket_open("", &client_id);
        fd_t ctl = client == -1 ? -1 : socket_file(client_id, "ctl");
        char command[96];
        snprintf(command, sizeof(command), "connect %s", b->name);
        if (ctl != -1 && socket_command(ctl, command) == 0)
        {
            b->fds[0] = socket_file(client_id, "data");
            b->fds[1] = socket_file(listener_id, "accept?nonblock");
        }
        break;
    }
    case B_WAIT_CHILD:
        b->pid = spawn_sleeper(2000);
        break;
    case B_CTL_WAIT:
        b->pid = spawn_sleeper(2000);
        b->fds[0] = io_openf("sys:/proc/%lld/ctl", (long long)b->pid);
        break;
    case B_KEYBOARD:
        b->fds[0] = io_open("sys:/kbd/ps2");
        break;
    case B_FILE_MUTEX:
        b->fds[0] = shared_file;
        break;
    case B_PTY_READ:
    {
        // The victim holds the pty's handle too: nobody ever types.
        char text[32];
        b->fds[1] = io_open("sys:/pty/new");
        ssize_t got = b->fds[1] == -1 ? -1 : read(b->fds[1], text, sizeof(text) - 1);
        if (got > 0)
        {
            text[got] = '\0';
            b->fds[0] = io_openf("sys:/pty/%llu/tty", strtoull(text, NULL, 10));
        }
        break;
    }
    default:
        break;
    }
}

static void victim_timer(void* argument)
{
    uint64_t deadline = *(uint64_t*)argument, now;
    while ((now = uptime()) < deadline)
    {
        sleep_ns(deadline - now); // notes may wake it early
    }
    exit(0);
}

static const char* const main_names[VICTIM_MAIN_MODES] = {"main-exits", "main-leaves", "main-blocks"};

bool victim_plan_parse(const char* list, victim_plan_t* plan)
{
    *plan = (victim_plan_t){.main = VICTIM_MAIN_BLOCKS};
    while (*list != '\0')
    {
        size_t length = strcspn(list, ",+");
        bool known = false;
        for (int k = 0; k < B_KINDS && !known; k++)
        {
            if (strlen(kind_names[k]) == length && strncmp(kind_names[k], list, length) == 0 && plan->count < BLOCKERS_MAX)
            {
                plan->kinds[plan->count++] = k;
                known = true;
            }
        }
        for (int m = 0; m < VICTIM_MAIN_MODES && !known; m++)
        {
            if (strlen(main_names[m]) == length && strncmp(main_names[m], list, length) == 0)
            {
                plan->main = m;
                known = true;
            }
        }
        if (!known && length == 7 && strncmp(list, "handler", 7) == 0)
        {
            plan->handler = true;
            known = true;
        }
        if (!known)
        {
            return false;
        }
        list += length;
        list += *list != '\0';
    }
    return plan->count > 0;
}

int victim_main(uint64_t seed, uint64_t lifetime_ms, const victim_plan_t* given)
{
    rng_t rng = rng_new(seed);
    static blocker_t blockers[BLOCKERS_MAX];
    static fthread_t threads[BLOCKERS_MAX + 1];
    static uint64_t deadline;
    victim_plan_t plan;
    if (given != NULL)
    {
        plan = *given;
    }
    else
    {
        plan.handler = rng_chance(&rng, 50);
        plan.count = (int)rng_range(&rng, 1, BLOCKERS_MAX);
        for (int i = 0; i < plan.count; i++)
        {
            plan.kinds[i] = (int)rng_below(&rng, B_KINDS);
        }
        plan.main = (int)rng_below(&rng, VICTIM_MAIN_MODES);
    }
    if (plan.handler)
    {
        note_handler(victim_on_note); // notes interrupt; without it most end the process
    }
    deadline = uptime() + lifetime_ms * NS_PER_MS;
    fthread_start(&threads[BLOCKERS_MAX], victim_timer, &deadline);
    fd_t shared_file = io_open("sys:/stat/mem");
    for (int i = 0; i < plan.count; i++)
    {
        blockers[i].kind = plan.kinds[i];
        blocker_setup(&blockers[i], seed, i, shared_file);
        fthread_start(&threads[i], blocker_body, &blockers[i]);
    }
    write(STDOUT_FILENO, "ready", 5);
    close(STDOUT_FILENO);
    switch (plan.main)
    {
    case VICTIM_MAIN_EXITS: // end while the threads are blocked
        sleep_ns(rng_below(&rng, lifetime_ms * NS_PER_MS + 1));
        exit((int)rng_below(&rng, 3));
    case VICTIM_MAIN_LEAVES: // the main thread leaves; the process lives on in its threads
        thread_exit();
    default: // block with the others
    {
        static volatile uint32_t never;
        for (;;)
        {
            futex(&never, 0, FUTEX_WAIT, TIMEOUT_NEVER);
        }
    }
    }
}

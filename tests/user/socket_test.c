// Suite "socket": local sockets through sys:/net/local. One server
// process, many client processes; the same in one process with
// non-blocking files; closing the handle frees the socket; a process that
// does not descend from the socket's maker is refused.
#include "tap.h"
#include "thread_join.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/io.h>
#include <sys/proc.h>

#define HELPER "home:/test/helpers/socket_helper"
#define CLIENTS 6

// Spawn the helper with stdout on a new pipe; *out gets the pipe's reading end.
static pid_t spawn_with_output(const char** argv, fd_t* out)
{
    fd_t fds[2];
    if (io_open2("sys:/pipe/new", fds) == -1)
    {
        return -1;
    }
    spawn_fd_t map[] = {{STDOUT_FILENO, fds[1]}, SPAWN_FD_END};
    pid_t pid = spawn(argv, map, NULL, PRIORITY_INHERIT);
    close(fds[1]);
    *out = fds[0];
    return pid;
}

static fd_t socket_new(char id[24])
{
    fd_t handle = io_open("sys:/net/local/new?nonblock");
    memset(id, 0, 24);
    if (handle != -1 && read(handle, id, 23) <= 0)
    {
        close(handle);
        return -1;
    }
    return handle;
}

static int socket_command(const char* id, const char* command)
{
    fd_t ctl = io_openf("sys:/net/local/%s/ctl", id);
    if (ctl == -1)
    {
        return -1;
    }
    ssize_t written = writef(ctl, "%s", command);
    close(ctl);
    return written == -1 ? -1 : 0;
}

static const char* test_one_server_many_clients(void)
{
    char count[8];
    snprintf(count, sizeof(count), "%d", CLIENTS);
    const char* server_argv[] = {HELPER, "server", "socket-test", count, NULL};
    fd_t output;
    pid_t server = spawn_with_output(server_argv, &output);
    TAP_CHECK(server != -1, "spawn the server: %s", strerror(errno));
    char ready[8] = {0};
    ssize_t got = read(output, ready, 6);
    close(output);
    TAP_CHECK(got == 6 && strcmp(ready, "ready\n") == 0, "the server said '%s'", ready);
    pid_t clients[CLIENTS];
    char texts[CLIENTS][16];
    for (int i = 0; i < CLIENTS; i++)
    {
        snprintf(texts[i], sizeof(texts[i]), "hello %d", i);
        const char* argv[] = {HELPER, "client", "socket-test", texts[i], NULL};
        clients[i] = spawn(argv, NULL, NULL, PRIORITY_INHERIT);
        TAP_CHECK(clients[i] != -1, "spawn client %d: %s", i, strerror(errno));
    }
    for (int i = 0; i < CLIENTS; i++)
    {
        int status = -1;
        TAP_CHECK_OK(process_wait(clients[i], &status));
        TAP_CHECK(status == 0, "client %d exited with %d", i, status);
    }
    int status = -1;
    TAP_CHECK_OK(process_wait(server, &status));
    TAP_CHECK(status == 0, "the server exited with %d", status);
    return NULL;
}

// Both ends here, non-blocking: "would block" where data or a connection
// is missing, then a ping-pong.
static const char* test_nonblocking_in_one_process(void)
{
    char server_id[24], client_id[24];
    fd_t server = socket_new(server_id);
    fd_t client = socket_new(client_id);
    TAP_CHECK(server != -1 && client != -1, "sys:/net/local/new: %s", strerror(errno));
    TAP_CHECK_OK(socket_command(server_id, "bind socket-test-nb"));
    TAP_CHECK_OK(socket_command(server_id, "listen"));
    TAP_CHECK_ERRNO(io_openf("sys:/net/local/%s/accept?nonblock", server_id), EAGAIN);
    TAP_CHECK_OK(socket_command(client_id, "connect socket-test-nb"));
    fd_t accepted = io_openf("sys:/net/local/%s/accept?nonblock", server_id);
    fd_t data = io_openf("sys:/net/local/%s/data", client_id);
    TAP_CHECK(accepted != -1 && data != -1, "accept/data: %s", strerror(errno));
    char byte;
    TAP_CHECK_ERRNO(read(accepted, &byte, 1), EAGAIN);
    TAP_CHECK_ERRNO(read(data, &byte, 1), EAGAIN);
    for (int i = 0; i < 50; i++)
    {
        char sent = (char)i, back = 0, echo = 0;
        TAP_CHECK(write(data, &sent, 1) == 1 && read(accepted, &back, 1) == 1 && back == sent, "round %d there", i);
        TAP_CHECK(write(accepted, &back, 1) == 1 && read(data, &echo, 1) == 1 && echo == sent, "round %d back", i);
    }
    pollfd_t fds[1] = {{data, POLL_READ, 0}};
    TAP_CHECK(io_poll(fds, 1, 0) == 0, "poll says data waits on an empty socket");
    close(accepted);
    TAP_CHECK(read(data, &byte, 1) == 0, "no end of file after the server's end closed");
    close(data);
    close(client);
    close(server);
    return NULL;
}

static const char* test_close_frees(void)
{
    char id[24], path[64];
    fd_t handle = socket_new(id);
    TAP_CHECK(handle != -1, "sys:/net/local/new: %s", strerror(errno));
    snprintf(path, sizeof(path), "sys:/net/local/%s", id);
    stat_t info;
    TAP_CHECK_OK(io_stat(path, &info));
    TAP_CHECK_OK(close(handle));
    TAP_CHECK_ERRNO(io_stat(path, &info), ENOENT);
    return NULL;
}

// Our child may open our socket's files; we may not open our child's.
static const char* test_only_descendants(void)
{
    char id[24], path[64];
    fd_t handle = socket_new(id);
    TAP_CHECK(handle != -1, "sys:/net/local/new: %s", strerror(errno));
    snprintf(path, sizeof(path), "sys:/net/local/%s/ctl", id);
    const char* argv[] = {HELPER, "open", path, NULL};
    int status = -1;
    pid_t child = spawn(argv, NULL, NULL, PRIORITY_INHERIT);
    TAP_CHECK(child != -1 && process_wait(child, &status) == 0, "spawn/wait: %s", strerror(errno));
    close(handle);
    TAP_CHECK(status == 0, "our child could not open our socket (errno %d)", status);

    const char* hold_argv[] = {HELPER, "hold", NULL};
    fd_t output;
    pid_t holder = spawn_with_output(hold_argv, &output);
    TAP_CHECK(holder != -1, "spawn the holder: %s", strerror(errno));
    char their_id[24] = {0};
    ssize_t got = read(output, their_id, sizeof(their_id) - 1);
    close(output);
    char* newline = strchr(their_id, '\n');
    if (newline != NULL)
    {
        *newline = '\0';
    }
    errno = 0;
    fd_t refused = got > 0 ? io_openf("sys:/net/local/%s/ctl", their_id) : -1;
    int refused_errno = errno;
    process_kill(holder);
    process_wait(holder, NULL);
    TAP_CHECK(got > 0, "the holder said nothing");
    TAP_CHECK(refused == -1 && refused_errno == EACCES, "opening another tree's socket gave %d, errno %d", refused,
        refused_errno);
    return NULL;
}

// ---- the socket's state against commands through ctl files -------------
//
// A ctl file opened before the handle was closed still takes commands;
// they must find the socket closed and refuse, and two commands through
// two ctl files must not both get through. Both races once left freed
// sockets in the list of names or leaked connections.

#define RACE_ROUNDS 150
#define RACER_STACK 16384

static uint8_t racer_stack[RACER_STACK] __attribute__((aligned(16)));

typedef struct
{
    fd_t ctl;
    const char* command;
    ssize_t result;
    int error;
    volatile uint32_t done;
} racer_t;

static void racer_run(void* argument)
{
    racer_t* racer = argument;
    racer->result = writef(racer->ctl, "%s", racer->command);
    racer->error = errno;
    thread_join_signal(&racer->done);
}

// Write @p command to @p ctl from another thread, while @p meanwhile runs here.
static const char* race_command(racer_t* racer, fd_t ctl, const char* command, void (*meanwhile)(void*),
    void* argument)
{
    *racer = (racer_t){.ctl = ctl, .command = command};
    TAP_CHECK(thread_create_raw(racer_run, racer, racer_stack + RACER_STACK) != -1, "thread_create_raw: %s",
              strerror(errno));
    meanwhile(argument);
    TAP_CHECK(thread_join_wait(&racer->done, 60000000000ULL), "the racing thread did not finish");
    return NULL;
}

static void close_handle(void* argument)
{
    close(*(fd_t*)argument);
}

static const char* test_closed_socket_refuses_commands(void)
{
    char listener_id[24], id[24];
    fd_t listener = socket_new(listener_id);
    TAP_CHECK(listener != -1, "sys:/net/local/new: %s", strerror(errno));
    TAP_CHECK_OK(socket_command(listener_id, "bind socket-test-closed"));
    TAP_CHECK_OK(socket_command(listener_id, "listen"));
    for (int round = 0; round < 3; round++)
    {
        const char* command = round == 0 ? "bind socket-test-late" : round == 1 ? "connect socket-test-closed" : "listen";
        fd_t handle = socket_new(id);
        TAP_CHECK(handle != -1, "sys:/net/local/new: %s", strerror(errno));
        fd_t ctl = io_openf("sys:/net/local/%s/ctl", id);
        TAP_CHECK(ctl != -1, "open ctl: %s", strerror(errno));
        close(handle);
        TAP_CHECK_ERRNO(writef(ctl, "%s", command), EBADF);
        close(ctl);
    }
    // The refused connect queued nothing, and the refused bind holds no name.
    TAP_CHECK_ERRNO(io_openf("sys:/net/local/%s/accept?nonblock", listener_id), EAGAIN);
    fd_t fresh = socket_new(id);
    TAP_CHECK(fresh != -1, "sys:/net/local/new: %s", strerror(errno));
    TAP_CHECK_OK(socket_command(id, "bind socket-test-late"));
    close(fresh);
    close(listener);
    return NULL;
}

static const char* test_bind_racing_close(void)
{
    racer_t racer;
    char id[24];
    for (int round = 0; round < RACE_ROUNDS; round++)
    {
        fd_t handle = socket_new(id);
        TAP_CHECK(handle != -1, "sys:/net/local/new: %s", strerror(errno));
        fd_t ctl = io_openf("sys:/net/local/%s/ctl", id);
        TAP_CHECK(ctl != -1, "open ctl: %s", strerror(errno));
        const char* failure = race_command(&racer, ctl, "bind socket-test-race", close_handle, &handle);
        close(ctl);
        if (failure != NULL)
        {
            return failure;
        }
        TAP_CHECK(racer.result != -1 || racer.error == EBADF, "round %d: bind failed with %s, not EBADF", round,
                  strerror(racer.error));
        // Whichever came first, the name is free again now.
        fd_t fresh = socket_new(id);
        TAP_CHECK(fresh != -1, "sys:/net/local/new: %s", strerror(errno));
        int bound = socket_command(id, "bind socket-test-race");
        int error = errno;
        close(fresh);
        TAP_CHECK(bound == 0, "round %d: a new socket could not bind the name: %s", round, strerror(error));
    }
    return NULL;
}

typedef struct
{
    fd_t ctl;
    ssize_t result;
    int error;
} connect_t;

static void connect_here(void* argument)
{
    connect_t* connect = argument;
    connect->result = writef(connect->ctl, "connect socket-test-twice");
    connect->error = errno;
}

static const char* test_two_connects_one_connection(void)
{
    char listener_id[24], id[24];
    fd_t listener = socket_new(listener_id);
    TAP_CHECK(listener != -1, "sys:/net/local/new: %s", strerror(errno));
    TAP_CHECK_OK(socket_command(listener_id, "bind socket-test-twice"));
    TAP_CHECK_OK(socket_command(listener_id, "listen"));
    racer_t racer;
    for (int round = 0; round < RACE_ROUNDS; round++)
    {
        fd_t handle = socket_new(id);
        fd_t ctl_a = io_openf("sys:/net/local/%s/ctl", id);
        fd_t ctl_b = io_openf("sys:/net/local/%s/ctl", id);
        TAP_CHECK(handle != -1 && ctl_a != -1 && ctl_b != -1, "socket files: %s", strerror(errno));
        connect_t here = {.ctl = ctl_b};
        const char* failure = race_command(&racer, ctl_a, "connect socket-test-twice", connect_here, &here);
        if (failure != NULL)
        {
            return failure;
        }
        int made = (racer.result != -1) + (here.result != -1);
        TAP_CHECK(made == 1, "round %d: %d of two connects succeeded", round, made);
        int error = racer.result == -1 ? racer.error : here.error;
        TAP_CHECK(error == EISCONN, "round %d: the other connect failed with %s, not EISCONN", round,
                  strerror(error));
        fd_t accepted = io_openf("sys:/net/local/%s/accept?nonblock", listener_id);
        TAP_CHECK(accepted != -1, "round %d: no connection to accept: %s", round, strerror(errno));
        close(accepted);
        TAP_CHECK_ERRNO(io_openf("sys:/net/local/%s/accept?nonblock", listener_id), EAGAIN);
        close(ctl_a);
        close(ctl_b);
        close(handle);
    }
    close(listener);
    return NULL;
}

int main(void)
{
    tap_suite("socket");
    tap_run("one-server-many-clients", test_one_server_many_clients);
    tap_run("nonblocking-in-one-process", test_nonblocking_in_one_process);
    tap_run("close-frees", test_close_frees);
    tap_run("only-descendants", test_only_descendants);
    tap_run("closed-socket-refuses-commands", test_closed_socket_refuses_commands);
    tap_run("bind-racing-close", test_bind_racing_close);
    tap_run("two-connects-one-connection", test_two_connects_one_connection);
    return tap_exit_status();
}

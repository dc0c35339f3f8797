// Races on local sockets, through ctl and accept files opened before the
// handle is closed: bind against close (a closed socket must not keep its
// name), connect against close, two connects on one socket at once (at
// most one may succeed), and accept against close.
#include "ops.h"
#include "socket_util.h"
#include "thread.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

typedef struct
{
    fd_t fd;
    char command[96];
    int result; // 0 or an errno
} ctl_race_t;

static void ctl_race_body(void* argument)
{
    ctl_race_t* race = argument;
    race->result = socket_command(race->fd, race->command);
}

static void race_join(child_t* child, fthread_t* thread, const char* what)
{
    if (!fthread_join(thread, FUZZ_JOIN_BOUND_NS))
    {
        child_fail(child, FUZZ_EXIT_HANG, "HANG: %s did not return", what);
    }
}

void op_race_socket_bind_close(child_t* child, rng_t* rng)
{
    char name[64];
    child_unique_name(child, "fb", name, sizeof(name));
    uint64_t id;
    fd_t handle = socket_open("", &id);
    ctl_race_t race = {.fd = handle == -1 ? -1 : socket_file(id, "ctl")};
    if (race.fd == -1)
    {
        close(handle);
        return;
    }
    snprintf(race.command, sizeof(race.command), "bind %s", name);
    fthread_t thread;
    bool started = fthread_start(&thread, ctl_race_body, &race);
    sleep_ns(rng_below(rng, 300000));
    close(handle);
    if (started)
    {
        race_join(child, &thread, "a bind racing with the socket's close");
    }
    if (rng_chance(rng, 50))
    {
        socket_command(race.fd, "listen"); // on a closed socket: refused
    }
    close(race.fd);
    // The socket is gone, so its name must be free.
    fd_t again = socket_listener(name, &id);
    if (again == -1 && errno == EADDRINUSE)
    {
        child_check_failed(child, "the name of a closed socket is still taken (the bind %s as it closed)",
            race.result == 0 ? "succeeded" : "failed");
    }
    close(again);
}

void op_race_socket_connect_close(child_t* child, rng_t* rng)
{
    char name[64];
    child_unique_name(child, "fc", name, sizeof(name));
    uint64_t listener_id, id;
    fd_t listener = socket_listener(name, &listener_id);
    fd_t handle = listener == -1 ? -1 : socket_open(rng_chance(rng, 50) ? "?nonblock" : "", &id);
    ctl_race_t race = {.fd = handle == -1 ? -1 : socket_file(id, "ctl")};
    if (race.fd == -1)
    {
        close(handle);
        close(listener);
        return;
    }
    snprintf(race.command, sizeof(race.command), "connect %s", name);
    fthread_t thread;
    bool started = fthread_start(&thread, ctl_race_body, &race);
    sleep_ns(rng_below(rng, 300000));
    close(handle);
    if (started)
    {
        race_join(child, &thread, "a connect racing with the socket's close");
    }
    if (rng_chance(rng, 50))
    {
        fd_t accepted = socket_file(listener_id, "accept?nonblock");
        if (accepted != -1)
        {
            close(accepted);
        }
    }
    close(race.fd);
    close(listener);
}

void op_race_socket_double_connect(child_t* child, rng_t* rng)
{
    char name[64];
    child_unique_name(child, "fd", name, sizeof(name));
    uint64_t listener_id, id;
    fd_t listener = socket_listener(name, &listener_id);
    fd_t handle = listener == -1 ? -1 : socket_open("", &id);
    ctl_race_t races[2] = {{.fd = handle == -1 ? -1 : socket_file(id, "ctl")}, {.fd = handle == -1 ? -1 : socket_file(id, "ctl")}};
    if (races[0].fd == -1 || races[1].fd == -1)
    {
        close(races[0].fd);
        close(races[1].fd);
        close(handle);
        close(listener);
        return;
    }
    fthread_t threads[2];
    bool started[2];
    for (int i = 0; i < 2; i++)
    {
        snprintf(races[i].command, sizeof(races[i].command), "connect %s", name);
        started[i] = fthread_start(&threads[i], ctl_race_body, &races[i]);
    }
    for (int i = 0; i < 2; i++)
    {
        if (started[i])
        {
            race_join(child, &threads[i], "one of two connects on one socket");
        }
    }
    bool both = started[0] && started[1] && races[0].result == 0 && races[1].result == 0;
    if (rng_chance(rng, 50))
    {
        close(handle); // the connection goes with it
        handle = -1;
    }
    close(races[0].fd);
    close(races[1].fd);
    close(handle);
    close(listener);
    if (both)
    {
        child_check_failed(child, "two connects on one socket both succeeded");
    }
    (void)rng;
}

typedef struct
{
    uint64_t id;
    int result; // 0 or an errno
} accept_race_t;

static void accept_race_body(void* argument)
{
    accept_race_t* race = argument;
    fd_t fd = socket_file(race->id, "accept");
    race->result = fd == -1 ? errno : 0;
    if (fd != -1)
    {
        close(fd);
    }
}

void op_race_socket_accept_close(child_t* child, rng_t* rng)
{
    char name[64];
    child_unique_name(child, "fa", name, sizeof(name));
    accept_race_t race;
    fd_t listener = socket_listener(name, &race.id);
    if (listener == -1)
    {
        return;
    }
    fthread_t thread;
    bool started = fthread_start(&thread, accept_race_body, &race);
    sleep_ns(rng_below(rng, NS_PER_MS));
    fd_t client = -1;
    if (rng_chance(rng, 40))
    {
        // A client arrives: the accept takes it (or the close drops it).
        uint64_t id;
        client = socket_open("?nonblock", &id);
        fd_t ctl = client == -1 ? -1 : socket_file(id, "ctl");
        char command[96];
        snprintf(command, sizeof(command), "connect %s", name);
        if (ctl != -1)
        {
            socket_command(ctl, command);
            close(ctl);
        }
    }
    close(listener); // a waiting accept fails with ECONNABORTED
    if (started)
    {
        race_join(child, &thread, "an accept waiting on a socket that was closed");
    }
    if (client != -1)
    {
        close(client);
    }
}

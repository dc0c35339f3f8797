// The socket and the clients' streams. The listening socket cannot be
// polled for waiting connections, so a thread waits in accept and hands
// each new connection's descriptor to the main loop through a pipe.
// A client that breaks a rule is marked dead at once (nothing more is read
// from or sent to it) and dropped by server_reap at the end of the loop's
// turn, so no handler ever sees a window vanish under it.
#include "dwm.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>
#include <threads.h>

client_t clients[MAX_CLIENTS];
static char socket_id[24];
static fd_t handle = -1;
static fd_t taken[2] = {-1, -1}; // the acceptor writes descriptors to [1]
static uint32_t next_client = 1;

static int acceptor(void* unused)
{
    (void)unused;
    for (;;)
    {
        fd_t fd = io_openf("sys:/net/local/%s/accept", socket_id);
        if (fd == -1)
        {
            if (errno != EINTR)
            {
                sleep_ns(10000000); // out of descriptors or memory: try again a little later
            }
            continue;
        }
        if (write(taken[1], &fd, sizeof(fd)) != sizeof(fd))
        {
            close(fd);
        }
    }
    return 0;
}

static int command(const char* text)
{
    fd_t ctl = io_openf("sys:/net/local/%s/ctl", socket_id);
    if (ctl == -1)
    {
        return -1;
    }
    ssize_t written = writef(ctl, "%s", text);
    close(ctl);
    return written == -1 ? -1 : 0;
}

int server_init(const char* name)
{
    char bind[MAX_NAME + 8];
    handle = io_open("sys:/net/local/new");
    if (handle == -1 || read(handle, socket_id, sizeof(socket_id) - 1) <= 0)
    {
        return -1;
    }
    snprintf(bind, sizeof(bind), "bind %s", name);
    thrd_t thread;
    if (command(bind) == -1 || command("listen") == -1 || io_open2("sys:/pipe/new", taken) == -1 ||
        thrd_create(&thread, acceptor, NULL) != thrd_success)
    {
        return -1;
    }
    return taken[0];
}

void server_take(void)
{
    fd_t fd;
    if (read(taken[0], &fd, sizeof(fd)) != sizeof(fd))
    {
        return;
    }
    for (int i = 0; i < MAX_CLIENTS; i++)
    {
        if (!clients[i].used)
        {
            clients[i] = (client_t){.used = true, .fd = fd, .id = next_client++};
            return;
        }
    }
    close(fd); // full: the client sees its connection end
}

static void kill_client(int client, const char* why)
{
    if (!clients[client].dead)
    {
        clients[client].dead = true;
        fprintf(stderr, "dwm: client %u disconnected: %s\n", clients[client].id, why);
    }
}

void server_read(int index)
{
    client_t* client = &clients[index];
    if (client->dead)
    {
        return;
    }
    ssize_t got = read(client->fd, client->buffer + client->buffered, sizeof(client->buffer) - client->buffered);
    if (got <= 0)
    {
        kill_client(index, client->buffered > 0 ? "gone in the middle of a message" : "gone");
        return;
    }
    client->buffered += (size_t)got;
    while (!client->dead)
    {
        proto_header_t header;
        proto_msg_t msg;
        proto_error_t error = proto_frame(client->buffer, client->buffered, &header);
        if (error == PROTO_NEED_MORE)
        {
            return;
        }
        if (error == PROTO_OK)
        {
            error = proto_decode(client->buffer, header.size, PROTO_FROM_CLIENT, &msg);
        }
        if (error != PROTO_OK)
        {
            kill_client(index, proto_error_string(error));
            return;
        }
        client->buffered -= header.size;
        memmove(client->buffer, client->buffer + header.size, client->buffered);
        if (!request_handle(index, &msg))
        {
            kill_client(index, proto_type_name(msg.header.type));
        }
    }
}

bool server_send(int index, proto_msg_t* msg)
{
    client_t* client = &clients[index];
    if (client->dead)
    {
        return false;
    }
    uint8_t bytes[PROTO_MESSAGE_MAX];
    size_t size = proto_encode(msg, bytes, sizeof(bytes));
    // dwm must not wait for a client: one whose stream has no room is dropped.
    pollfd_t fd = {client->fd, POLL_WRITE, 0};
    if (size == 0 || io_poll(&fd, 1, 0) != 1 || !(fd.revents & POLL_WRITE) ||
        write(client->fd, bytes, size) != (ssize_t)size)
    {
        kill_client(index, "cannot take its events");
        return false;
    }
    return true;
}

void server_drop(int index)
{
    for (int i = 0; window_stacked(i) != NULL;)
    {
        window_t* window = window_stacked(i);
        if (window->client == index)
        {
            window_free(window);
        }
        else
        {
            i++;
        }
    }
    close(clients[index].fd);
    clients[index] = (client_t){0};
}

void server_reap(void)
{
    for (int i = 0; i < MAX_CLIENTS; i++)
    {
        if (clients[i].used && clients[i].dead)
        {
            server_drop(i);
        }
    }
}

void server_fail(int index, const char* why)
{
    kill_client(index, why);
}

int server_count(void)
{
    int count = 0;
    for (int i = 0; i < MAX_CLIENTS; i++)
    {
        count += clients[i].used; // the dead too, until server_reap has freed their windows
    }
    return count;
}

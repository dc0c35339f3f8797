// The connection to dwm: connecting, sending, reading whole messages,
// and the queue of events that came while a reply was awaited.
#include "internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

#define CONNECT_RETRY_NS 100000000ull

static int connect_socket(pw_client_t* client, const char* name)
{
    client->handle = io_open("sys:/net/local/new");
    if (client->handle == -1)
    {
        return -1;
    }
    char id[24] = {0};
    if (read(client->handle, id, sizeof(id) - 1) <= 0)
    {
        return -1;
    }
    fd_t ctl = io_openf("sys:/net/local/%s/ctl", id);
    if (ctl == -1)
    {
        return -1;
    }
    ssize_t written = writef(ctl, "connect %s", name);
    int saved = errno;
    close(ctl);
    errno = saved;
    if (written == -1)
    {
        return -1;
    }
    client->data = io_openf("sys:/net/local/%s/data", id);
    return client->data == -1 ? -1 : 0;
}

pw_client_t* pw_connect(const char* name)
{
    pw_client_t* client = calloc(1, sizeof(*client));
    if (client == NULL)
    {
        return NULL;
    }
    client->handle = client->data = -1;
    proto_msg_t hello = {.header.type = PROTO_HELLO, .hello.version = PROTO_VERSION}, welcome;
    if (connect_socket(client, name != NULL ? name : PROTO_SOCKET_NAME) == -1 ||
        pw_request(client, &hello, PROTO_WELCOME, &welcome) == -1)
    {
        int saved = errno;
        pw_disconnect(client);
        errno = saved;
        return NULL;
    }
    client->id = welcome.welcome.client;
    client->screen_width = welcome.welcome.screen_width;
    client->screen_height = welcome.welcome.screen_height;
    return client;
}

pw_client_t* pw_connect_wait(const char* name, uint64_t timeout_ns)
{
    uint64_t start = uptime();
    for (;;)
    {
        pw_client_t* client = pw_connect(name);
        if (client != NULL || errno != ECONNREFUSED)
        {
            return client;
        }
        uint64_t waited = uptime() - start;
        if (timeout_ns != TIMEOUT_NEVER && waited >= timeout_ns)
        {
            return NULL;
        }
        sleep_ns(CONNECT_RETRY_NS); // nobody listens yet: dwm may be starting
    }
}

void pw_disconnect(pw_client_t* client)
{
    if (client == NULL)
    {
        return;
    }
    while (client->windows != NULL)
    {
        pw_window_t* window = client->windows;
        client->windows = window->next;
        window_unmap(window);
        free(window);
    }
    if (client->data != -1)
    {
        close(client->data);
    }
    if (client->handle != -1)
    {
        close(client->handle);
    }
    free(client);
}

fd_t pw_fd(const pw_client_t* client)
{
    return client->data;
}

uint32_t pw_screen_width(const pw_client_t* client)
{
    return client->screen_width;
}

uint32_t pw_screen_height(const pw_client_t* client)
{
    return client->screen_height;
}

int pw_send(pw_client_t* client, proto_msg_t* msg)
{
    uint8_t bytes[PROTO_MESSAGE_MAX];
    msg->header.sequence = ++client->sequence;
    size_t size = proto_encode(msg, bytes, sizeof(bytes));
    if (size == 0)
    {
        errno = EINVAL;
        return -1;
    }
    for (size_t sent = 0; sent < size;)
    {
        ssize_t written = write(client->data, bytes + sent, size - sent);
        if (written <= 0)
        {
            return -1;
        }
        sent += (size_t)written;
    }
    return 0;
}

int client_read(pw_client_t* client, proto_msg_t* msg, uint64_t timeout_ns)
{
    uint64_t deadline = timeout_ns == TIMEOUT_NEVER ? TIMEOUT_NEVER : uptime() + timeout_ns;
    for (;;)
    {
        proto_header_t header;
        proto_error_t error = proto_frame(client->buffer, client->buffered, &header);
        if (error == PROTO_OK)
        {
            error = proto_decode(client->buffer, header.size, PROTO_FROM_SERVER, msg);
            client->buffered -= header.size;
            memmove(client->buffer, client->buffer + header.size, client->buffered);
        }
        if (error == PROTO_OK)
        {
            return 1;
        }
        if (error != PROTO_NEED_MORE)
        {
            errno = EPROTO;
            return -1;
        }
        uint64_t now = uptime();
        uint64_t wait = deadline == TIMEOUT_NEVER ? TIMEOUT_NEVER : deadline > now ? deadline - now : 0;
        pollfd_t fd = {client->data, POLL_READ, 0};
        int ready = io_poll(&fd, 1, wait);
        if (ready == -1)
        {
            return -1;
        }
        if (ready == 0)
        {
            return 0;
        }
        ssize_t got = read(client->data, client->buffer + client->buffered, sizeof(client->buffer) - client->buffered);
        if (got == 0)
        {
            errno = EPIPE;
            return -1;
        }
        if (got < 0)
        {
            return -1;
        }
        client->buffered += (size_t)got;
    }
}

void client_queue(pw_client_t* client, const proto_msg_t* msg)
{
    if (client->queue_count == CLIENT_QUEUE)
    {
        client->queue_head = (client->queue_head + 1) % CLIENT_QUEUE;
        client->queue_count--;
    }
    client->queue[(client->queue_head + client->queue_count) % CLIENT_QUEUE] = *msg;
    client->queue_count++;
}

int pw_next_event(pw_client_t* client, proto_msg_t* event, uint64_t timeout_ns)
{
    if (client->queue_count > 0)
    {
        *event = client->queue[client->queue_head];
        client->queue_head = (client->queue_head + 1) % CLIENT_QUEUE;
        client->queue_count--;
        return 1;
    }
    return client_read(client, event, timeout_ns);
}

int pw_request(pw_client_t* client, proto_msg_t* request, uint32_t reply_type, proto_msg_t* reply)
{
    if (pw_send(client, request) == -1)
    {
        return -1;
    }
    for (;;)
    {
        if (client_read(client, reply, TIMEOUT_NEVER) != 1)
        {
            return -1;
        }
        if (reply->header.type == reply_type)
        {
            return 0;
        }
        if (reply->header.type == PROTO_ERROR && reply->error.sequence == request->header.sequence)
        {
            errno = reply->error.code == PROTO_ERR_TOO_MANY ? EMFILE : ENOMEM;
            return -1;
        }
        client_queue(client, reply);
    }
}

int pw_sync(pw_client_t* client)
{
    proto_msg_t request = {.header.type = PROTO_SYNC, .sync.token = client->sequence + 1}, reply;
    if (pw_request(client, &request, PROTO_SYNC_DONE, &reply) == -1)
    {
        return -1;
    }
    if (reply.sync.token != request.sync.token)
    {
        errno = EPROTO;
        return -1;
    }
    return 0;
}

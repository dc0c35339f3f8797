#include "socket.h"

#include "stream.h"

#include <kernel/fs/ctl.h>
#include <kernel/fs/sysfs.h>
#include <kernel/fs/vfs.h>
#include <kernel/mem/heap.h>
#include <kernel/panic/panic.h>
#include <kernel/proc/process.h>
#include <kernel/sched/sched.h>
#include <kernel/sync/waitqueue.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>

#define SOCKET_BACKLOG 64

// A socket's life, one state at a time, every change made under its lock
// (and, for the changes that add it to or take it out of the list of bound
// names, under names_lock first):
//
//   NEW --bind--> BOUND --listen--> LISTENING
//   NEW --connect--> CONNECTING --(queued at the listener)--> CONNECTED
//                    CONNECTING --(refused)--> NEW
//   any --(the handle is closed)--> CLOSED
//
// Every command checks the state it needs under the lock, so two commands
// through two ctl files, or a command racing with the close of the handle,
// find the socket in one state or the other, never in between. Nothing
// leaves CLOSED: commands on a closed socket fail (EBADF), its data file
// is not connected (ENOTCONN), accept is aborted (ECONNABORTED).
typedef enum
{
    SOCKET_NEW,
    SOCKET_BOUND,
    SOCKET_LISTENING,
    SOCKET_CONNECTING,
    SOCKET_CONNECTED,
    SOCKET_CLOSED,
} socket_state_t;

/** A connection waiting in a listener's queue: the server's side. */
typedef struct pending
{
    stream_end_t server;
    struct pending* next;
} pending_t;

typedef struct socket
{
    uint64_t id;
    pid_t creator; /**< 0: made by the kernel */
    volatile uint32_t refs;
    spinlock_t lock; /**< guards everything below */
    bool nonblock;
    socket_state_t state;
    char name[MAX_NAME];
    pending_t* pending_head;
    pending_t* pending_tail;
    uint32_t pending_count;
    wait_queue_t accepters;
    stream_end_t client; /**< a connected socket's side */
    sysfs_dir_t* dir;
    struct socket* names_next; /**< in the bound list while BOUND or LISTENING (names_lock) */
} socket_t;

static spinlock_t names_lock = SPINLOCK_INIT; // the bound list and ids
static socket_t* bound;
static uint64_t next_id = 1;
static uint64_t live;
static sysfs_dir_t* local_dir;

uint64_t socket_count(void)
{
    return __atomic_load_n(&live, __ATOMIC_RELAXED);
}

static void socket_ref(socket_t* socket)
{
    __atomic_add_fetch(&socket->refs, 1, __ATOMIC_ACQ_REL);
}

static void socket_put(socket_t* socket)
{
    if (__atomic_sub_fetch(&socket->refs, 1, __ATOMIC_ACQ_REL) == 0)
    {
        kfree(socket);
        __atomic_sub_fetch(&live, 1, __ATOMIC_RELAXED);
    }
}

// Take @p socket out of the bound list (names_lock held).
static void socket_unlink_name(socket_t* socket)
{
    socket_t** link = &bound;
    while (*link != NULL && *link != socket)
    {
        link = &(*link)->names_next;
    }
    if (*link != NULL)
    {
        *link = socket->names_next;
    }
}

// ---- the files in sys:/net/local/<id>/ ----------------------------------

// Only the socket's maker and its descendants get in.
static int socket_file_open(file_t* file)
{
    socket_t* socket = file->data;
    if (!process_is_descendant(process_current(), socket->creator))
    {
        return -EACCES;
    }
    socket_ref(socket);
    file->private = socket;
    return 0;
}

static void socket_file_close(file_t* file)
{
    socket_put(file->private);
}

// The client side's stream, with a reference on each pipe end, or NULL.
static bool socket_client(socket_t* socket, stream_end_t* out)
{
    spin_lock(&socket->lock);
    bool connected = socket->state == SOCKET_CONNECTED;
    if (connected)
    {
        *out = socket->client;
        file_ref(out->rx);
        file_ref(out->tx);
    }
    spin_unlock(&socket->lock);
    return connected;
}

static ssize_t socket_data_read(file_t* file, void* buffer, size_t count)
{
    stream_end_t end;
    if (!socket_client(file->private, &end))
    {
        return -ENOTCONN;
    }
    ssize_t result = stream_end_read(&end, buffer, count);
    stream_end_close(&end);
    return result;
}

static ssize_t socket_data_write(file_t* file, const void* buffer, size_t count)
{
    stream_end_t end;
    if (!socket_client(file->private, &end))
    {
        return -ENOTCONN;
    }
    ssize_t result = stream_end_write(&end, buffer, count);
    stream_end_close(&end);
    return result;
}

static uint16_t socket_data_poll(file_t* file)
{
    stream_end_t end;
    if (!socket_client(file->private, &end))
    {
        return POLL_ERROR;
    }
    uint16_t events = stream_end_poll(&end);
    stream_end_close(&end);
    return events;
}

static const file_ops_t socket_data_ops = {.open = socket_file_open,
    .read = socket_data_read,
    .write = socket_data_write,
    .poll = socket_data_poll,
    .close = socket_file_close};

// ---- ctl ------------------------------------------------------------------

// The error for a command the socket's state does not allow.
static int socket_state_error(const socket_t* socket)
{
    switch (socket->state)
    {
    case SOCKET_CLOSED:
        return -EBADF;
    case SOCKET_CONNECTING:
    case SOCKET_CONNECTED:
        return -EISCONN;
    default:
        return -EINVAL;
    }
}

static int socket_bind(socket_t* socket, const char* name)
{
    if (name[0] == '\0' || strlen(name) >= MAX_NAME)
    {
        return -EINVAL;
    }
    spin_lock(&names_lock);
    spin_lock(&socket->lock);
    int result = socket->state == SOCKET_NEW ? 0 : socket_state_error(socket);
    for (socket_t* other = bound; result == 0 && other != NULL; other = other->names_next)
    {
        if (strcmp(other->name, name) == 0)
        {
            result = -EADDRINUSE;
        }
    }
    if (result == 0)
    {
        strcpy(socket->name, name);
        socket->state = SOCKET_BOUND;
        socket->names_next = bound;
        bound = socket;
    }
    spin_unlock(&socket->lock);
    spin_unlock(&names_lock);
    return result;
}

static int socket_listen(socket_t* socket)
{
    spin_lock(&socket->lock);
    int result = socket->state == SOCKET_BOUND ? 0 : socket_state_error(socket);
    if (result == 0)
    {
        socket->state = SOCKET_LISTENING;
    }
    spin_unlock(&socket->lock);
    return result;
}

// The listener bound to @p name, with a reference; NULL if none.
static socket_t* socket_find_listener(const char* name)
{
    spin_lock(&names_lock);
    socket_t* found = bound;
    while (found != NULL && strcmp(found->name, name) != 0)
    {
        found = found->names_next;
    }
    if (found != NULL)
    {
        socket_ref(found);
    }
    spin_unlock(&names_lock);
    return found;
}

// Queue a new connection at the listener bound to @p name; the client's
// side goes to @p client. 0 or a negated errno (nothing is left behind).
static int socket_enqueue_connection(const char* name, bool nonblock, stream_end_t* client)
{
    socket_t* listener = socket_find_listener(name);
    if (listener == NULL)
    {
        return -ECONNREFUSED;
    }
    pending_t* pending = kcalloc(1, sizeof(pending_t));
    int result = pending == NULL ? -ENOMEM : stream_create(client, &pending->server);
    if (result == 0)
    {
        stream_end_set_nonblock(client, nonblock);
        spin_lock(&listener->lock);
        if (listener->state != SOCKET_LISTENING)
        {
            result = -ECONNREFUSED;
        }
        else if (listener->pending_count >= SOCKET_BACKLOG)
        {
            result = nonblock ? -EAGAIN : -ECONNREFUSED;
        }
        else
        {
            if (listener->pending_tail != NULL)
            {
                listener->pending_tail->next = pending;
            }
            else
            {
                listener->pending_head = pending;
            }
            listener->pending_tail = pending;
            listener->pending_count++;
            wait_wake(&listener->accepters, UINT32_MAX);
        }
        spin_unlock(&listener->lock);
        if (result != 0)
        {
            stream_end_close(client);
            stream_end_close(&pending->server);
        }
    }
    if (result != 0)
    {
        kfree(pending);
    }
    socket_put(listener);
    return result;
}

// NEW -> CONNECTING (claimed under the lock, so a second connect is
// refused), then the connection is made without the lock, then
// CONNECTING -> CONNECTED, or back to NEW if it was refused. If the handle
// was closed meanwhile (CLOSED), the new connection is dropped here.
static int socket_connect(socket_t* socket, const char* name)
{
    spin_lock(&socket->lock);
    int result = socket->state == SOCKET_NEW ? 0 : socket_state_error(socket);
    bool nonblock = socket->nonblock;
    if (result == 0)
    {
        socket->state = SOCKET_CONNECTING;
    }
    spin_unlock(&socket->lock);
    if (result != 0)
    {
        return result;
    }
    stream_end_t client = {NULL, NULL};
    result = socket_enqueue_connection(name, nonblock, &client);
    spin_lock(&socket->lock);
    if (socket->state == SOCKET_CLOSED)
    {
        result = result == 0 ? -EBADF : result;
    }
    else if (result == 0)
    {
        socket->client = client;
        client = (stream_end_t){NULL, NULL};
        socket->state = SOCKET_CONNECTED;
    }
    else
    {
        socket->state = SOCKET_NEW;
    }
    spin_unlock(&socket->lock);
    stream_end_close(&client); // only when closed meanwhile: the server sees end of file
    if (result == 0)
    {
        vfs_poll_notify();
    }
    return result;
}

static int socket_ctl_bind(file_t* file, const ctl_arg_t* args)
{
    return socket_bind(file->private, args[0].text);
}

static int socket_ctl_listen(file_t* file, const ctl_arg_t* args)
{
    (void)args;
    return socket_listen(file->private);
}

static int socket_ctl_connect(file_t* file, const ctl_arg_t* args)
{
    return socket_connect(file->private, args[0].text);
}

static const ctl_command_t socket_ctl_commands[] = {
    {.name = "bind", .args = {CTL_TEXT}, .usage = "NAME", .run = socket_ctl_bind},
    {.name = "listen", .run = socket_ctl_listen},
    {.name = "connect", .args = {CTL_TEXT}, .usage = "NAME", .run = socket_ctl_connect},
};

static const ctl_table_t socket_ctl_table = CTL_TABLE("socket ctl", socket_ctl_commands);

static ssize_t socket_ctl_write(file_t* file, const void* buffer, size_t count)
{
    return ctl_write(file, &socket_ctl_table, buffer, count);
}

static const file_ops_t socket_ctl_ops = {
    .open = socket_file_open, .write = socket_ctl_write, .close = socket_file_close};

// ---- accept ---------------------------------------------------------------

// Opening accept takes the oldest waiting connection (waiting for one
// unless ?nonblock); the file is then the server's end of it.
static int socket_accept_open(file_t* file)
{
    int result = socket_file_open(file);
    if (result != 0)
    {
        return result;
    }
    socket_t* socket = file->private;
    spin_lock(&socket->lock);
    while (result == 0 && socket->pending_head == NULL)
    {
        if (socket->state == SOCKET_CLOSED)
        {
            result = -ECONNABORTED;
        }
        else if (socket->state != SOCKET_LISTENING)
        {
            result = -EINVAL;
        }
        else if (file_flags(file) & FILE_NONBLOCK)
        {
            result = -EAGAIN;
        }
        else
        {
            result = wait_block(&socket->accepters, &socket->lock, 0) == WAIT_INTERRUPTED ? -EINTR : 0;
        }
    }
    pending_t* pending = NULL;
    if (result == 0)
    {
        pending = socket->pending_head;
        socket->pending_head = pending->next;
        socket->pending_tail = socket->pending_head != NULL ? socket->pending_tail : NULL;
        socket->pending_count--;
    }
    spin_unlock(&socket->lock);
    socket_put(socket); // the file holds the stream, not the socket
    if (result != 0)
    {
        return result;
    }
    stream_end_t* end = kmalloc(sizeof(stream_end_t));
    if (end == NULL)
    {
        stream_end_close(&pending->server);
        kfree(pending);
        return -ENOMEM;
    }
    *end = pending->server;
    kfree(pending);
    stream_end_set_nonblock(end, file_flags(file) & FILE_NONBLOCK);
    file->private = end;
    return 0;
}

static ssize_t socket_accepted_read(file_t* file, void* buffer, size_t count)
{
    return stream_end_read(file->private, buffer, count);
}

static ssize_t socket_accepted_write(file_t* file, const void* buffer, size_t count)
{
    return stream_end_write(file->private, buffer, count);
}

static uint16_t socket_accepted_poll(file_t* file)
{
    return stream_end_poll(file->private);
}

static void socket_accepted_close(file_t* file)
{
    stream_end_close(file->private);
    kfree(file->private);
}

static const file_ops_t socket_accept_ops = {.open = socket_accept_open,
    .read = socket_accepted_read,
    .write = socket_accepted_write,
    .poll = socket_accepted_poll,
    .close = socket_accepted_close};

// ---- the handle: sys:/net/local/new --------------------------------------

static int socket_new_open(file_t* file)
{
    socket_t* socket = kcalloc(1, sizeof(socket_t));
    if (socket == NULL)
    {
        return -ENOMEM;
    }
    process_t* process = process_current();
    socket->creator = process != NULL ? process->id : 0;
    socket->refs = 1; // the handle's
    socket->nonblock = file_flags(file) & FILE_NONBLOCK;
    spinlock_init(&socket->lock);
    wait_queue_init(&socket->accepters);
    spin_lock(&names_lock);
    socket->id = next_id++;
    spin_unlock(&names_lock);
    char name[24];
    snprintf(name, sizeof(name), "%lu", (unsigned long)socket->id);
    socket->dir = sysfs_dir_new(local_dir, name);
    if (socket->dir == NULL || sysfs_file_new(socket->dir, "data", &socket_data_ops, socket) != 0 ||
        sysfs_file_new(socket->dir, "ctl", &socket_ctl_ops, socket) != 0 ||
        sysfs_file_new(socket->dir, "accept", &socket_accept_ops, socket) != 0)
    {
        if (socket->dir != NULL)
        {
            sysfs_dir_remove(socket->dir);
        }
        kfree(socket);
        return -ENOMEM;
    }
    __atomic_add_fetch(&live, 1, __ATOMIC_RELAXED);
    file->private = socket;
    return 0;
}

static ssize_t socket_new_read(file_t* file, void* buffer, size_t count)
{
    socket_t* socket = file->private;
    return file_read_number(file, buffer, count, socket->id);
}

// Closing the handle ends the socket: its name, its waiting connections,
// its own connection and its directory go; files still open on it fail.
static void socket_new_close(file_t* file)
{
    socket_t* socket = file->private;
    spin_lock(&names_lock);
    spin_lock(&socket->lock);
    if (socket->state == SOCKET_BOUND || socket->state == SOCKET_LISTENING)
    {
        socket_unlink_name(socket);
    }
    socket->state = SOCKET_CLOSED;
    pending_t* pending = socket->pending_head;
    socket->pending_head = socket->pending_tail = NULL;
    socket->pending_count = 0;
    stream_end_t client = socket->client;
    socket->client = (stream_end_t){NULL, NULL};
    wait_wake(&socket->accepters, UINT32_MAX);
    spin_unlock(&socket->lock);
    spin_unlock(&names_lock);
    while (pending != NULL)
    {
        pending_t* next = pending->next;
        stream_end_close(&pending->server);
        kfree(pending);
        pending = next;
    }
    stream_end_close(&client);
    sysfs_dir_remove(socket->dir); // waits for accepts still in their open hook
    vfs_poll_notify();
    socket_put(socket);
}

static const file_ops_t socket_new_ops = {.open = socket_new_open, .read = socket_new_read, .close = socket_new_close};

void socket_init(void)
{
    sysfs_dir_t* net = sysfs_dir_new(NULL, "net");
    local_dir = net != NULL ? sysfs_dir_new(net, "local") : NULL;
    if (local_dir == NULL || sysfs_file_new(local_dir, "new", &socket_new_ops, NULL) != 0)
    {
        panic("socket: cannot make sys:/net/local/new");
    }
}

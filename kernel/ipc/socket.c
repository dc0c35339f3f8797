#include "socket.h"

#include "stream.h"

#include <kernel/fs/ctl.h>
#include <kernel/fs/idlist.h>
#include <kernel/fs/vfs.h>
#include <kernel/mem/heap.h>
#include <kernel/proc/process.h>
#include <kernel/sched/sched.h>
#include <kernel/sched/waitqueue.h>

#include <errno.h>
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

/** A connection waiting in a listener's queue (the server's side), then an accepted file's object. */
typedef struct pending
{
    stream_end_t server;
    struct pending* next;
} pending_t;

typedef struct socket
{
    idlist_link_t link; /**< in sockets while its handle is open; its id */
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
    struct socket* names_next; /**< in the bound list while BOUND or LISTENING (names_lock) */
} socket_t;

static spinlock_t names_lock = SPINLOCK_INIT; // the bound list
static socket_t* bound;
// Every socket whose handle is open: sys:/net/local lists them, and the
// files in <id>/ find their socket here when they are opened.
static idlist_t sockets = IDLIST_INIT;
static uint64_t live;

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

// A reference for a file found by id (the list's lock held): a listed
// socket has its handle's reference, so it is never on its way out.
static bool socket_take(idlist_link_t* link)
{
    socket_ref(IDLIST_OBJECT(link, socket_t, link));
    return true;
}

// ---- the files in sys:/net/local/<id>/ ----------------------------------

// The socket with @p id, with a reference: -ENOENT once its handle is
// closed; only its maker and its descendants get in (-EACCES).
static int socket_find(uint64_t id, socket_t** out)
{
    idlist_link_t* link = idlist_get(&sockets, id, socket_take);
    if (link == NULL)
    {
        return -ENOENT;
    }
    socket_t* socket = IDLIST_OBJECT(link, socket_t, link);
    if (!process_is_descendant(process_current(), socket->creator))
    {
        socket_put(socket);
        return -EACCES;
    }
    *out = socket;
    return 0;
}

// The data and ctl files keep their socket until they close; what it
// can still do is checked at each use (a closed socket refuses).
static int socket_file_open(file_t* file, uint64_t id)
{
    socket_t* socket;
    int result = socket_find(id, &socket);
    if (result == 0)
    {
        file->object = socket;
    }
    return result;
}

static void socket_file_close(file_t* file)
{
    socket_put(file->object);
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
    if (!socket_client(file->object, &end))
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
    if (!socket_client(file->object, &end))
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
    if (!socket_client(file->object, &end))
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
    return socket_bind(file->object, args[0].text);
}

static int socket_ctl_listen(file_t* file, const ctl_arg_t* args)
{
    (void)args;
    return socket_listen(file->object);
}

static int socket_ctl_connect(file_t* file, const ctl_arg_t* args)
{
    return socket_connect(file->object, args[0].text);
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
// unless ?nonblock); the file is about the server's end of it, not about
// the socket, which it holds only while it waits.
static int socket_accept_open(file_t* file, uint64_t id)
{
    socket_t* socket;
    int result = socket_find(id, &socket);
    if (result != 0)
    {
        return result;
    }
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
    socket_put(socket);
    if (result != 0)
    {
        return result;
    }
    // The connection, taken out of the queue, is now the file's.
    stream_end_set_nonblock(&pending->server, file_flags(file) & FILE_NONBLOCK);
    file->object = pending;
    return 0;
}

static stream_end_t* socket_accepted_end(file_t* file)
{
    pending_t* connection = file->object;
    return &connection->server;
}

static ssize_t socket_accepted_read(file_t* file, void* buffer, size_t count)
{
    return stream_end_read(socket_accepted_end(file), buffer, count);
}

static ssize_t socket_accepted_write(file_t* file, const void* buffer, size_t count)
{
    return stream_end_write(socket_accepted_end(file), buffer, count);
}

static uint16_t socket_accepted_poll(file_t* file)
{
    return stream_end_poll(socket_accepted_end(file));
}

static void socket_accepted_close(file_t* file)
{
    stream_end_close(socket_accepted_end(file));
    kfree(file->object);
}

static const file_ops_t socket_accept_ops = {.open = socket_accept_open,
    .read = socket_accepted_read,
    .write = socket_accepted_write,
    .poll = socket_accepted_poll,
    .close = socket_accepted_close};

// ---- the handle: sys:/net/local/new --------------------------------------

static int socket_new_open(file_t* file, uint64_t id)
{
    (void)id;
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
    __atomic_add_fetch(&live, 1, __ATOMIC_RELAXED);
    idlist_add(&sockets, &socket->link);
    file->object = socket;
    return 0;
}

static ssize_t socket_new_read(file_t* file, void* buffer, size_t count)
{
    socket_t* socket = file->object;
    return file_read_number(file, buffer, count, socket->link.id);
}

// Closing the handle ends the socket: its directory, its name, its
// waiting connections and its own connection go; files still open on it
// fail from now on.
static void socket_new_close(file_t* file)
{
    socket_t* socket = file->object;
    idlist_remove(&sockets, &socket->link);
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
    vfs_poll_notify();
    socket_put(socket);
}

static const file_ops_t socket_new_ops = {.open = socket_new_open, .read = socket_new_read, .close = socket_new_close};

// ---- the device: sys:/net/local ------------------------------------------

enum
{
    SOCKET_DIR = 1, /**< sys:/net/local/<id> */
};

static const sysdev_file_t socket_root_files[] = {{"new", &socket_new_ops}};
static const sysdev_file_t socket_files[] = {
    {"data", &socket_data_ops}, {"ctl", &socket_ctl_ops}, {"accept", &socket_accept_ops}};

// Whether the handle of socket @p id is still open (its directory exists).
static bool socket_listed(uint64_t id)
{
    idlist_link_t* link = idlist_get(&sockets, id, socket_take);
    if (link != NULL)
    {
        socket_put(IDLIST_OBJECT(link, socket_t, link));
    }
    return link != NULL;
}

static bool socket_id_at(uint64_t index, uint64_t* id)
{
    return idlist_id_at(&sockets, index, id);
}

static const sysdev_objects_t socket_objects = {
    .root_files = socket_root_files,
    .root_count = sizeof(socket_root_files) / sizeof(socket_root_files[0]),
    .type = SOCKET_DIR,
    .files = socket_files,
    .count = sizeof(socket_files) / sizeof(socket_files[0]),
    .listed = socket_listed,
    .id_at = socket_id_at,
};

static int socket_gen(const sysdev_qid_t* dir, uint64_t index, sysdev_entry_t* entry)
{
    return sysdev_objects_gen(&socket_objects, dir, index, entry);
}

static int socket_walk(const sysdev_qid_t* dir, const char* name, sysdev_entry_t* entry)
{
    return sysdev_objects_walk(&socket_objects, dir, name, entry);
}

const sysdev_t socket_device = {.path = "net/local", .gen = socket_gen, .walk = socket_walk};

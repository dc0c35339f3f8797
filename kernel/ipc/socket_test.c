#include "socket.h"

#include <kernel/fs/vfs.h>
#include <kernel/test/ktest.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>

// A socket handle and its id (read once: the handle cannot seek back).
typedef struct
{
    file_t* handle;
    char id[24];
} test_socket_t;

static int socket_test_new(const char* path, test_socket_t* socket)
{
    memset(socket->id, 0, sizeof(socket->id));
    int result = vfs_open(NULL, path, &socket->handle);
    if (result == 0 && file_read(socket->handle, socket->id, sizeof(socket->id) - 1) <= 0)
    {
        file_put(socket->handle);
        result = -EIO;
    }
    return result;
}

// Open sys:/net/local/<id>/<name><flags>.
static int socket_test_open(test_socket_t* socket, const char* name, const char* flags, file_t** out)
{
    char path[96];
    snprintf(path, sizeof(path), "sys:/net/local/%s/%s%s", socket->id, name, flags);
    return vfs_open(NULL, path, out);
}

// Write @p command to the ctl file: 0 when all of it was taken, else the error.
static ssize_t socket_test_command(test_socket_t* socket, const char* command)
{
    file_t* ctl;
    int result = socket_test_open(socket, "ctl", "", &ctl);
    if (result != 0)
    {
        return result;
    }
    ssize_t written = file_write(ctl, command, strlen(command));
    file_put(ctl);
    return written == (ssize_t)strlen(command) ? 0 : written;
}

KTEST(socket, connect_accept_and_talk_both_ways)
{
    uint64_t before = socket_count();
    test_socket_t server, client;
    KTEST_ASSERT_EQ(socket_test_new("sys:/net/local/new", &server), 0);
    KTEST_ASSERT_EQ(socket_test_new("sys:/net/local/new", &client), 0);
    KTEST_ASSERT_EQ(socket_test_command(&server, "bind ktest-server"), 0);
    ssize_t early_connect = socket_test_command(&client, "connect ktest-server"); // not listening yet
    KTEST_ASSERT_EQ(socket_test_command(&server, "listen"), 0);
    KTEST_ASSERT_EQ(socket_test_command(&client, "connect ktest-server"), 0);
    file_t* accepted;
    file_t* data;
    KTEST_ASSERT_EQ(socket_test_open(&server, "accept", "", &accepted), 0);
    KTEST_ASSERT_EQ(socket_test_open(&client, "data", "", &data), 0);
    ssize_t sent = file_write(data, "ping", 4);
    char text[8] = {0};
    ssize_t got = file_read(accepted, text, sizeof(text));
    ssize_t replied = file_write(accepted, "pong", 4);
    char reply[8] = {0};
    ssize_t got_reply = file_read(data, reply, sizeof(reply));
    file_put(accepted); // the client then reads end of file
    ssize_t at_end = file_read(data, reply, sizeof(reply));
    file_put(data);
    file_put(client.handle);
    file_put(server.handle);
    KTEST_ASSERT_EQ(early_connect, -ECONNREFUSED);
    KTEST_ASSERT_EQ(sent, 4);
    KTEST_ASSERT_EQ(got, 4);
    KTEST_ASSERT(memcmp(text, "ping", 4) == 0);
    KTEST_ASSERT_EQ(replied, 4);
    KTEST_ASSERT_EQ(got_reply, 4);
    KTEST_ASSERT(memcmp(reply, "pong", 4) == 0);
    KTEST_ASSERT_EQ(at_end, 0);
    KTEST_ASSERT_EQ(socket_count(), before);
}

KTEST(socket, bad_commands_and_states)
{
    test_socket_t a, b;
    KTEST_ASSERT_EQ(socket_test_new("sys:/net/local/new?nonblock", &a), 0);
    KTEST_ASSERT_EQ(socket_test_new("sys:/net/local/new", &b), 0);
    ssize_t unknown = socket_test_command(&a, "shout");
    ssize_t listen_unbound = socket_test_command(&a, "listen");
    ssize_t bind = socket_test_command(&a, "bind ktest-taken");
    ssize_t bind_taken = socket_test_command(&b, "bind ktest-taken");
    socket_test_command(&a, "listen");
    file_t* accepted = NULL;
    int accept_empty = socket_test_open(&a, "accept", "?nonblock", &accepted);
    file_t* data;
    KTEST_ASSERT_EQ(socket_test_open(&b, "data", "", &data), 0);
    char byte;
    ssize_t unconnected = file_read(data, &byte, 1);
    file_put(data);
    file_put(b.handle);
    file_put(a.handle);
    KTEST_ASSERT_EQ(unknown, -EINVAL);
    KTEST_ASSERT_EQ(listen_unbound, -EINVAL);
    KTEST_ASSERT_EQ(bind, 0);
    KTEST_ASSERT_EQ(bind_taken, -EADDRINUSE);
    KTEST_ASSERT_EQ(accept_empty, -EAGAIN);
    KTEST_ASSERT_EQ(unconnected, -ENOTCONN);
}

// Closing the handle frees the socket: its directory goes, its name can
// be bound again.
KTEST(socket, closing_the_handle_frees_it)
{
    uint64_t before = socket_count();
    test_socket_t socket;
    KTEST_ASSERT_EQ(socket_test_new("sys:/net/local/new", &socket), 0);
    KTEST_ASSERT_EQ(socket_test_command(&socket, "bind ktest-again"), 0);
    file_put(socket.handle);
    char path[64];
    snprintf(path, sizeof(path), "sys:/net/local/%s", socket.id);
    stat_t info;
    KTEST_ASSERT_EQ(vfs_stat(NULL, path, &info), -ENOENT);
    KTEST_ASSERT_EQ(socket_count(), before);
    KTEST_ASSERT_EQ(socket_test_new("sys:/net/local/new", &socket), 0);
    ssize_t rebound = socket_test_command(&socket, "bind ktest-again");
    file_put(socket.handle);
    KTEST_ASSERT_EQ(rebound, 0);
}

// sys:/net/local lists "new" and one directory per socket whose handle is
// open; a file opened before the close stays usable (and refuses, the
// socket being closed), a new open is -ENOENT.
KTEST(socket, the_directory_lists_open_sockets)
{
    test_socket_t socket;
    KTEST_ASSERT_EQ(socket_test_new("sys:/net/local/new", &socket), 0);
    file_t* ctl = NULL;
    int ctl_opened = socket_test_open(&socket, "ctl", "", &ctl);
    file_t* dir;
    KTEST_ASSERT_EQ(vfs_open(NULL, "sys:/net/local", &dir), 0);
    stat_t entries[16];
    ssize_t count = file_readdir(dir, entries, 16);
    file_put(dir);
    bool has_new = count > 0 && strcmp(entries[0].name, "new") == 0;
    bool has_socket = false;
    for (ssize_t i = 1; i < count; i++)
    {
        has_socket |= strcmp(entries[i].name, socket.id) == 0 && entries[i].type == STAT_DIR;
    }
    file_put(socket.handle);
    ssize_t after_close = ctl_opened == 0 ? file_write(ctl, "listen", 6) : ctl_opened;
    file_t* again = NULL;
    int reopen = socket_test_open(&socket, "ctl", "", &again);
    if (ctl_opened == 0)
    {
        file_put(ctl);
    }
    KTEST_ASSERT_EQ(ctl_opened, 0);
    KTEST_ASSERT(has_new);
    KTEST_ASSERT(has_socket);
    KTEST_ASSERT_EQ(after_close, -EBADF);
    KTEST_ASSERT_EQ(reopen, -ENOENT);
}

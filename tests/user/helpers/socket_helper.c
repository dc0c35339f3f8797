// The other processes of socket_test, chosen by argv[1]:
//   server NAME COUNT   bind NAME, listen, print "ready" on stdout, then
//                       accept COUNT connections one at a time and send
//                       each message back with "echo: " in front
//   client NAME TEXT    connect to NAME, send TEXT, expect the echo
//   echo NAME           bind NAME, listen, print "ready", accept one
//                       connection and send back all it gets until end of file
//   sink NAME BYTES     the same, but read and count: exit 0 if exactly BYTES came
//   hold                make a socket, print its id on stdout, sleep
//   open PATH           open PATH: exit 0, or with the errno
// Exits with 0 when all went as expected.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

static fd_t socket_new(char id[24])
{
    fd_t handle = io_open("sys:/net/local/new");
    memset(id, 0, 24);
    if (handle == -1 || read(handle, id, 23) <= 0)
    {
        exit(10);
    }
    return handle;
}

static void socket_command(const char* id, const char* command)
{
    fd_t ctl = io_openf("sys:/net/local/%s/ctl", id);
    if (ctl == -1 || writef(ctl, "%s", command) == -1)
    {
        exit(11);
    }
    close(ctl);
}

// Make a socket, bind it to @p name, listen, and say "ready" on stdout.
static void listen_as(const char* name, char id[24])
{
    char command[96];
    socket_new(id);
    snprintf(command, sizeof(command), "bind %s", name);
    socket_command(id, command);
    socket_command(id, "listen");
    writef(STDOUT_FILENO, "ready\n");
}

static int serve(const char* name, int count)
{
    char id[24];
    listen_as(name, id);
    for (int i = 0; i < count; i++)
    {
        fd_t connection = io_openf("sys:/net/local/%s/accept", id);
        char message[64] = {0};
        ssize_t got = connection == -1 ? -1 : read(connection, message, sizeof(message) - 1);
        if (got <= 0 || writef(connection, "echo: %s", message) == -1)
        {
            return 12;
        }
        close(connection);
    }
    return 0;
}

// Listen as @p name and accept one connection.
static fd_t accept_one(const char* name)
{
    char id[24];
    listen_as(name, id);
    return io_openf("sys:/net/local/%s/accept", id);
}

static int echo(const char* name)
{
    fd_t connection = accept_one(name);
    static char buffer[65536];
    ssize_t got;
    while (connection != -1 && (got = read(connection, buffer, sizeof(buffer))) > 0)
    {
        for (ssize_t done = 0; done < got;)
        {
            ssize_t written = write(connection, buffer + done, (size_t)(got - done));
            if (written <= 0)
            {
                return 15;
            }
            done += written;
        }
    }
    return connection == -1 ? 16 : 0;
}

static int sink(const char* name, unsigned long long expected)
{
    fd_t connection = accept_one(name);
    static char buffer[65536];
    unsigned long long total = 0;
    ssize_t got;
    while (connection != -1 && (got = read(connection, buffer, sizeof(buffer))) > 0)
    {
        total += (unsigned long long)got;
    }
    return total == expected ? 0 : 17;
}

static int client(const char* name, const char* text)
{
    char id[24], command[96], expected[96], reply[96] = {0};
    socket_new(id);
    snprintf(command, sizeof(command), "connect %s", name);
    socket_command(id, command);
    fd_t data = io_openf("sys:/net/local/%s/data", id);
    if (data == -1 || write(data, text, strlen(text)) != (ssize_t)strlen(text))
    {
        return 13;
    }
    snprintf(expected, sizeof(expected), "echo: %s", text);
    size_t total = 0;
    ssize_t got;
    while (total < strlen(expected) && (got = read(data, reply + total, sizeof(reply) - 1 - total)) > 0)
    {
        total += (size_t)got;
    }
    return strcmp(reply, expected) == 0 ? 0 : 14;
}

int main(int argc, char** argv)
{
    if (argc >= 4 && strcmp(argv[1], "server") == 0)
    {
        return serve(argv[2], atoi(argv[3]));
    }
    if (argc >= 4 && strcmp(argv[1], "client") == 0)
    {
        return client(argv[2], argv[3]);
    }
    if (argc >= 3 && strcmp(argv[1], "echo") == 0)
    {
        return echo(argv[2]);
    }
    if (argc >= 4 && strcmp(argv[1], "sink") == 0)
    {
        return sink(argv[2], strtoull(argv[3], NULL, 10));
    }
    if (argc >= 2 && strcmp(argv[1], "hold") == 0)
    {
        char id[24];
        socket_new(id);
        writef(STDOUT_FILENO, "%s\n", id);
        sleep_ns(UINT64_MAX / 2);
        return 0;
    }
    if (argc >= 3 && strcmp(argv[1], "open") == 0)
    {
        return io_open(argv[2]) == -1 ? errno : 0;
    }
    return 2;
}

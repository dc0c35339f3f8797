// home:/bench/compare_ipc, and /bin/compare_ipc in the Linux guest: local
// sockets and shared memory, the same operations on both systems
// (bench/compare.sh; shared helpers in compare.h). Only making a socket
// and a shared-memory object differs, in the shims below: a Unix-domain
// stream socket with an abstract name and memfd_create on Linux,
// sys:/net/local and sys:/shm/new here. Raw integers:
//   socket_64k       KB/s: 32 MiB written in 64 KiB writes to a local
//                    socket, read by the accepting child in 64 KiB reads,
//                    until the child has been waited for
//   socket_pingpong  ns per round trip of one byte to the accepting child,
//                    which echoes it
//   NAME_median      for socket_64k and socket_pingpong: the same from the
//                    median batch (compare.h): 1 MiB, 50 round trips
//   shm_map_touch    ns per: create a shared-memory object, map 64 KiB of
//                    it, write one byte per page, unmap, close
// The program spawns itself (argv[0]) as the accepting child,
// "sink NAME BYTES" or "echo NAME", which writes "ready" to its stdout (a
// pipe) once it listens.
#ifdef __linux__
#define _GNU_SOURCE
#include <sys/socket.h>
#include <sys/un.h>
#else
#include <sys/io.h>
#endif

#include "compare.h"

#include <spawn.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#define STREAM_BYTES (32 * 1024 * 1024)
#define PIECE (64 * 1024)
#define PINGPONGS 2000
#define STREAM_BATCH_BYTES (1024 * 1024)
#define PINGPONG_BATCH 50
#define SHM_ROUNDS 200
#define SHM_BYTES (64 * 1024)

extern char** environ;

static const char* self;
static unsigned char piece[PIECE];

// ---- the shims ------------------------------------------------------------

typedef struct
{
    int fd;       // Linux: the listening socket; here: the socket's handle
    char id[24];  // here: the socket's id in sys:/net/local
} listener_t;

#ifdef __linux__
static void local_address(struct sockaddr_un* address, const char* name)
{
    memset(address, 0, sizeof(*address));
    address->sun_family = AF_UNIX;
    strncpy(address->sun_path + 1, name, sizeof(address->sun_path) - 2); // abstract: no file
}

static int listener_open(listener_t* listener, const char* name)
{
    struct sockaddr_un address;
    local_address(&address, name);
    listener->fd = socket(AF_UNIX, SOCK_STREAM, 0);
    if (listener->fd < 0 || bind(listener->fd, (struct sockaddr*)&address, sizeof(address)) != 0 ||
        listen(listener->fd, 1) != 0)
    {
        return -1;
    }
    return 0;
}

static int listener_accept(listener_t* listener)
{
    return accept(listener->fd, NULL, NULL);
}

// A stream connected to @p name, or -1; *handle is what else must stay
// open as long as the stream (nothing on Linux: -1).
static int stream_connect(const char* name, int* handle)
{
    struct sockaddr_un address;
    local_address(&address, name);
    *handle = -1;
    int fd = socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0 || connect(fd, (struct sockaddr*)&address, sizeof(address)) != 0)
    {
        return -1;
    }
    return fd;
}

static int shm_create(void)
{
    int fd = memfd_create("bench", 0);
    if (fd >= 0 && ftruncate(fd, SHM_BYTES) != 0)
    {
        close(fd);
        return -1;
    }
    return fd;
}
#else
// A new socket: its handle (closing it ends the socket), its id in @p id.
static int local_socket(char id[24])
{
    int handle = io_open("sys:/net/local/new");
    memset(id, 0, 24);
    if (handle < 0 || read(handle, id, 23) <= 0)
    {
        return -1;
    }
    return handle;
}

static int local_ctl(const char* id, const char* command)
{
    int ctl = io_openf("sys:/net/local/%s/ctl", id);
    int result = ctl < 0 || writef(ctl, "%s", command) < 0 ? -1 : 0;
    if (ctl >= 0)
    {
        close(ctl);
    }
    return result;
}

static int listener_open(listener_t* listener, const char* name)
{
    char command[64];
    snprintf(command, sizeof(command), "bind %s", name);
    listener->fd = local_socket(listener->id);
    return listener->fd < 0 || local_ctl(listener->id, command) != 0 || local_ctl(listener->id, "listen") != 0 ? -1 : 0;
}

// Each open of the accept file waits for and takes one connection.
static int listener_accept(listener_t* listener)
{
    return io_openf("sys:/net/local/%s/accept", listener->id);
}

static int stream_connect(const char* name, int* handle)
{
    char id[24];
    char command[64];
    snprintf(command, sizeof(command), "connect %s", name);
    *handle = local_socket(id);
    if (*handle < 0 || local_ctl(id, command) != 0)
    {
        return -1;
    }
    return io_openf("sys:/net/local/%s/data", id);
}

static int shm_create(void)
{
    return io_open("sys:/shm/new");
}
#endif

// ---- the accepting child --------------------------------------------------

// Listen as @p name, tell the parent, and take one connection.
static int child_accept(const char* name, listener_t* listener)
{
    if (listener_open(listener, name) != 0 || write(STDOUT_FILENO, "ready\n", 6) != 6)
    {
        return -1;
    }
    return listener_accept(listener);
}

static int child_sink(const char* name, long bytes)
{
    listener_t listener;
    int fd = child_accept(name, &listener);
    long total = 0;
    ssize_t got;
    while (fd >= 0 && (got = read(fd, piece, sizeof(piece))) > 0)
    {
        total += got;
    }
    return total == bytes ? 0 : 1;
}

static int child_echo(const char* name)
{
    listener_t listener;
    int fd = child_accept(name, &listener);
    char byte;
    while (fd >= 0 && read(fd, &byte, 1) == 1)
    {
        if (write(fd, &byte, 1) != 1)
        {
            return 1;
        }
    }
    return fd >= 0 ? 0 : 1;
}

// ---- the parent -----------------------------------------------------------

// Spawn "self MODE NAME ARGUMENT", wait for its "ready", connect to it.
// Returns the stream; *pid and *handle are to be waited for and closed.
static int connect_to_child(const char* mode, const char* name, const char* argument, pid_t* pid, int* handle)
{
    int ready[2];
    if (pipe(ready) != 0)
    {
        return -1;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, ready[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, ready[0]);
    char* argv[] = {(char*)self, (char*)mode, (char*)name, (char*)argument, NULL};
    int error = posix_spawn(pid, self, &actions, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    close(ready[1]);
    char word[8] = {0};
    ssize_t got = error == 0 ? read(ready[0], word, 6) : -1;
    close(ready[0]);
    if (got != 6 || strcmp(word, "ready\n") != 0)
    {
        errno = error != 0 ? error : errno;
        return -1;
    }
    return stream_connect(name, handle);
}

static int child_done(pid_t pid, int fd, int handle)
{
    close(fd);
    if (handle >= 0)
    {
        close(handle);
    }
    int status;
    return waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

static int bench_socket_stream(void)
{
    char count[24];
    snprintf(count, sizeof(count), "%d", STREAM_BYTES);
    pid_t pid;
    int handle;
    int fd = connect_to_child("sink", "bench-compare-sink", count, &pid, &handle);
    if (fd < 0)
    {
        return compare_fail("connecting to the sink");
    }
    memset(piece, 'x', sizeof(piece));
    compare_batches_t batches;
    uint64_t start = compare_now_ns();
    compare_batches_start(&batches);
    for (size_t sent = 0; sent < STREAM_BYTES;)
    {
        ssize_t wrote = write(fd, piece, PIECE);
        if (wrote <= 0)
        {
            return compare_fail("write to the socket");
        }
        compare_batches_bytes(&batches, sent, sent + (size_t)wrote, STREAM_BATCH_BYTES);
        sent += (size_t)wrote;
    }
    if (!child_done(pid, fd, handle))
    {
        errno = 0;
        return compare_fail("the sink did not get every byte");
    }
    compare_report("socket_64k", compare_kb_per_s(STREAM_BYTES, compare_now_ns() - start), "KB/s");
    compare_report("socket_64k_median", compare_kb_per_s(STREAM_BATCH_BYTES, compare_batches_median(&batches)), "KB/s");
    return 0;
}

static int bench_socket_pingpong(void)
{
    pid_t pid;
    int handle;
    int fd = connect_to_child("echo", "bench-compare-echo", NULL, &pid, &handle);
    if (fd < 0)
    {
        return compare_fail("connecting to the echo");
    }
    uint64_t start = 0;
    compare_batches_t batches;
    for (int i = -10; i < PINGPONGS; i++) // 10 to warm up
    {
        if (i == 0)
        {
            start = compare_now_ns();
            compare_batches_start(&batches);
        }
        else if (i > 0 && i % PINGPONG_BATCH == 0)
        {
            compare_batches_mark(&batches);
        }
        char byte = (char)i;
        if (write(fd, &byte, 1) != 1 || read(fd, &byte, 1) != 1 || byte != (char)i)
        {
            return compare_fail("socket ping-pong");
        }
    }
    uint64_t elapsed = compare_now_ns() - start;
    compare_batches_mark(&batches);
    if (!child_done(pid, fd, handle))
    {
        errno = 0;
        return compare_fail("the echo failed");
    }
    compare_report("socket_pingpong", elapsed / PINGPONGS, "ns");
    compare_report("socket_pingpong_median", compare_batches_median(&batches) / PINGPONG_BATCH, "ns");
    return 0;
}

static int bench_shm(void)
{
    uint64_t start = compare_now_ns();
    for (int i = 0; i < SHM_ROUNDS; i++)
    {
        int fd = shm_create();
        if (fd < 0)
        {
            return compare_fail("creating shared memory");
        }
        volatile unsigned char* memory = mmap(NULL, SHM_BYTES, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
        if (memory == MAP_FAILED)
        {
            return compare_fail("mmap of shared memory");
        }
        for (size_t at = 0; at < SHM_BYTES; at += 4096)
        {
            memory[at] = 1;
        }
        if (munmap((void*)memory, SHM_BYTES) != 0 || close(fd) != 0)
        {
            return compare_fail("munmap or close of shared memory");
        }
    }
    compare_report("shm_map_touch", (compare_now_ns() - start) / SHM_ROUNDS, "ns");
    return 0;
}

int main(int argc, char** argv)
{
    self = argv[0];
    if (argc == 4 && strcmp(argv[1], "sink") == 0)
    {
        return child_sink(argv[2], atol(argv[3]));
    }
    if (argc == 3 && strcmp(argv[1], "echo") == 0)
    {
        return child_echo(argv[2]);
    }
    int failed = bench_socket_stream();
    failed |= bench_socket_pingpong();
    failed |= bench_shm();
    return failed;
}

// home:/bench/ipc: inter-process communication figures, one "BENCH name
// value unit" line each (integer arithmetic; times from uptime()):
//   pipe_MBps            16 MiB written in 64 KiB pieces through a pipe to
//                        a child that reads it all (home:/test/helpers/pipe_sink)
//   pipe_pingpong_us     one byte to an echoing child and back
//                        (home:/test/helpers/pipe_echo), mean round trip
//   socket_MBps          16 MiB through a local socket to a child that
//                        counts it (socket_helper sink)
//   socket_pingpong_us   one byte to an echoing child over a local
//                        socket and back (socket_helper echo)
//   shm_create_map_unmap_us  open sys:/shm/new, map 64 KiB, touch each
//                        page, unmap, close: mean over SHM_ROUNDS
// Exits with 1, after a "# " line saying why, if something fails.
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

#define STREAM_BYTES (16 * 1024 * 1024)
#define STREAM_PIECE (64 * 1024)
#define PING_PONGS 2000
#define SHM_ROUNDS 200
#define SHM_BYTES (64 * 1024)

static uint8_t piece[STREAM_PIECE];

static int fail(const char* what)
{
    writef(STDOUT_FILENO, "# bench ipc: %s: %s\n", what, strerror(errno));
    return 1;
}

// Start @p program with its stdin and stdout on the given descriptors (-1: none).
static pid_t start_child(const char* program, const char* argument, fd_t in, fd_t out)
{
    const char* argv[] = {program, argument, NULL};
    spawn_fd_t map[3] = {SPAWN_FD_END, SPAWN_FD_END, SPAWN_FD_END};
    int used = 0;
    if (in >= 0)
    {
        map[used++] = (spawn_fd_t){STDIN_FILENO, in};
    }
    if (out >= 0)
    {
        map[used++] = (spawn_fd_t){STDOUT_FILENO, out};
    }
    return spawn(argv, map, NULL, PRIORITY_INHERIT);
}

static int bench_pipe_stream(void)
{
    fd_t fds[2];
    if (io_open2("sys:/pipe/new", fds) == -1)
    {
        return fail("open2 sys:/pipe/new");
    }
    char count[24];
    snprintf(count, sizeof(count), "%d", STREAM_BYTES);
    pid_t pid = start_child("home:/test/helpers/pipe_sink", count, fds[0], -1);
    if (pid == -1)
    {
        return fail("spawn pipe_sink");
    }
    close(fds[0]);
    uint64_t start = uptime();
    for (size_t sent = 0; sent < STREAM_BYTES; sent += STREAM_PIECE)
    {
        if (write(fds[1], piece, STREAM_PIECE) != STREAM_PIECE)
        {
            return fail("write to the pipe");
        }
    }
    close(fds[1]);
    int status = -1;
    if (process_wait(pid, &status) == -1 || status != 0)
    {
        return fail("pipe_sink did not get every byte");
    }
    uint64_t micros = (uptime() - start) / 1000;
    writef(STDOUT_FILENO, "BENCH pipe_MBps %llu MB/s\n", (unsigned long long)(STREAM_BYTES / (micros ? micros : 1)));
    return 0;
}

static int bench_pipe_ping_pong(void)
{
    fd_t to_child[2], from_child[2];
    if (io_open2("sys:/pipe/new", to_child) == -1 || io_open2("sys:/pipe/new", from_child) == -1)
    {
        return fail("open2 sys:/pipe/new");
    }
    pid_t pid = start_child("home:/test/helpers/pipe_echo", NULL, to_child[0], from_child[1]);
    if (pid == -1)
    {
        return fail("spawn pipe_echo");
    }
    close(to_child[0]);
    close(from_child[1]);
    uint64_t start = uptime();
    for (int i = 0; i < PING_PONGS; i++)
    {
        char byte = (char)i;
        if (write(to_child[1], &byte, 1) != 1 || read(from_child[0], &byte, 1) != 1)
        {
            return fail("ping-pong");
        }
    }
    uint64_t elapsed = uptime() - start;
    close(to_child[1]);
    close(from_child[0]);
    process_wait(pid, NULL);
    writef(STDOUT_FILENO, "BENCH pipe_pingpong_us %llu us\n", (unsigned long long)(elapsed / PING_PONGS / 1000));
    return 0;
}

// A socket_helper server in MODE, ready for us; our connected data file.
// *handle gets the socket's handle: closing it ends the socket.
static fd_t socket_to_helper(const char* mode, const char* name, const char* extra, pid_t* pid, fd_t* handle_out)
{
    fd_t fds[2];
    if (io_open2("sys:/pipe/new", fds) == -1)
    {
        return -1;
    }
    const char* argv[] = {"home:/test/helpers/socket_helper", mode, name, extra, NULL};
    spawn_fd_t map[] = {{STDOUT_FILENO, fds[1]}, SPAWN_FD_END};
    *pid = spawn(argv, map, NULL, PRIORITY_INHERIT);
    close(fds[1]);
    char ready[8] = {0};
    ssize_t got = *pid == -1 ? -1 : read(fds[0], ready, 6);
    close(fds[0]);
    fd_t handle = got == 6 ? io_open("sys:/net/local/new") : -1;
    char id[24] = {0};
    if (handle == -1 || read(handle, id, sizeof(id) - 1) <= 0)
    {
        return -1;
    }
    fd_t ctl = io_openf("sys:/net/local/%s/ctl", id);
    if (ctl == -1 || writef(ctl, "connect %s", name) == -1)
    {
        return -1;
    }
    close(ctl);
    *handle_out = handle;
    return io_openf("sys:/net/local/%s/data", id);
}

static int bench_socket_stream(void)
{
    char count[24];
    snprintf(count, sizeof(count), "%d", STREAM_BYTES);
    pid_t pid;
    fd_t handle = -1;
    fd_t data = socket_to_helper("sink", "bench-sink", count, &pid, &handle);
    if (data == -1)
    {
        return fail("connecting to socket_helper sink");
    }
    uint64_t start = uptime();
    for (size_t sent = 0; sent < STREAM_BYTES; sent += STREAM_PIECE)
    {
        if (write(data, piece, STREAM_PIECE) != STREAM_PIECE)
        {
            return fail("write to the socket");
        }
    }
    close(data);
    close(handle);
    int status = -1;
    if (process_wait(pid, &status) == -1 || status != 0)
    {
        return fail("socket_helper sink did not get every byte");
    }
    uint64_t micros = (uptime() - start) / 1000;
    writef(STDOUT_FILENO, "BENCH socket_MBps %llu MB/s\n", (unsigned long long)(STREAM_BYTES / (micros ? micros : 1)));
    return 0;
}

static int bench_socket_ping_pong(void)
{
    pid_t pid;
    fd_t handle = -1;
    fd_t data = socket_to_helper("echo", "bench-echo", NULL, &pid, &handle);
    if (data == -1)
    {
        return fail("connecting to socket_helper echo");
    }
    uint64_t start = uptime();
    for (int i = 0; i < PING_PONGS; i++)
    {
        char byte = (char)i;
        if (write(data, &byte, 1) != 1 || read(data, &byte, 1) != 1)
        {
            return fail("socket ping-pong");
        }
    }
    uint64_t elapsed = uptime() - start;
    close(data);
    close(handle);
    process_wait(pid, NULL);
    writef(STDOUT_FILENO, "BENCH socket_pingpong_us %llu us\n", (unsigned long long)(elapsed / PING_PONGS / 1000));
    return 0;
}

static int bench_shm(void)
{
    uint64_t start = uptime();
    for (int i = 0; i < SHM_ROUNDS; i++)
    {
        fd_t handle = io_open("sys:/shm/new");
        if (handle == -1)
        {
            return fail("open sys:/shm/new");
        }
        volatile uint8_t* memory = mem_map(handle, NULL, SHM_BYTES, PROT_READ | PROT_WRITE);
        if (memory == NULL)
        {
            return fail("mmap");
        }
        for (size_t at = 0; at < SHM_BYTES; at += 4096)
        {
            memory[at] = 1;
        }
        munmap((void*)memory, SHM_BYTES);
        close(handle);
    }
    uint64_t elapsed = uptime() - start;
    writef(STDOUT_FILENO, "BENCH shm_create_map_unmap_us %llu us\n", (unsigned long long)(elapsed / SHM_ROUNDS / 1000));
    return 0;
}

int main(void)
{
    int failed = bench_pipe_stream();
    failed |= bench_pipe_ping_pong();
    failed |= bench_socket_stream();
    failed |= bench_socket_ping_pong();
    failed |= bench_shm();
    return failed;
}

// A client of dwm for dwm_test, good or hostile:
//   dwm_client NAME MODE [WINDOW]
// connects to the dwm bound as NAME and, by MODE:
//   garbage     sends bytes that are not the protocol
//   oversized   a header that announces 100000 bytes
//   version     a hello of protocol version 2
//   nohello     create-window before hello
//   steal       hello, then damage for WINDOW (somebody else's)
//   midmessage  hello, then half a create-window, and exits at once
//   many        asks for 1000 windows: 64 must come, the rest be refused
// The hostile modes (but midmessage) then send a test-probe and read
// until dwm ends the connection: they exit with 0 if it does without
// having answered the probe (11 if it answered: the hostile message was
// taken). midmessage waits for the welcome first, so that the cut message
// is the last thing dwm reads. "many" exits with 0 if dwm counted right.
#include <patchwork/client.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>

static fd_t handle = -1;

static fd_t connect_raw(const char* name)
{
    handle = io_open("sys:/net/local/new");
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
    return io_openf("sys:/net/local/%s/data", id);
}

static int send_msg(fd_t fd, proto_msg_t* msg, size_t cut)
{
    uint8_t bytes[PROTO_MESSAGE_MAX];
    size_t size = proto_encode(msg, bytes, sizeof(bytes));
    size = cut != 0 && cut < size ? cut : size;
    return size != 0 && write(fd, bytes, size) == (ssize_t)size ? 0 : -1;
}

static int hello(fd_t fd)
{
    proto_msg_t msg = {.header.type = PROTO_HELLO, .hello.version = PROTO_VERSION};
    return send_msg(fd, &msg, 0);
}

// Read messages until the end of the stream: 0 once dwm has closed it
// without a probe-result, 11 if it answered the probe, 12 if what came
// was not the protocol.
static int until_closed(fd_t fd)
{
    uint8_t buffer[1024];
    size_t buffered = 0;
    for (;;)
    {
        proto_header_t header;
        proto_error_t error = proto_frame(buffer, buffered, &header);
        if (error == PROTO_OK)
        {
            if (header.type == PROTO_PROBE_RESULT)
            {
                return 11;
            }
            buffered -= header.size;
            memmove(buffer, buffer + header.size, buffered);
            continue;
        }
        if (error != PROTO_NEED_MORE)
        {
            return 12;
        }
        ssize_t got = read(fd, buffer + buffered, sizeof(buffer) - buffered);
        if (got == 0)
        {
            return 0;
        }
        if (got < 0)
        {
            return 10;
        }
        buffered += (size_t)got;
    }
}

// Wait for the welcome (its 32 bytes).
static int welcomed(fd_t fd)
{
    uint8_t bytes[32];
    for (size_t got = 0; got < sizeof(bytes);)
    {
        ssize_t n = read(fd, bytes + got, sizeof(bytes) - got);
        if (n <= 0)
        {
            return -1;
        }
        got += (size_t)n;
    }
    return bytes[0] == PROTO_WELCOME ? 0 : -1;
}

static int many(const char* name)
{
    pw_client_t* client = pw_connect(name);
    if (client == NULL)
    {
        return 20;
    }
    int made = 0, refused = 0;
    for (int i = 0; i < 1000; i++)
    {
        pw_window_t* window = pw_window_create(client, 600 + i % 50, 400 + i % 50, 8, 8, "many");
        made += window != NULL;
        refused += window == NULL && errno == EMFILE;
    }
    if (made != PROTO_MAX_WINDOWS || refused != 1000 - PROTO_MAX_WINDOWS)
    {
        fprintf(stderr, "dwm_client: %d windows made, %d refused\n", made, refused);
        return 21;
    }
    return 0; // exiting with the windows open: dwm cleans up
}

int main(int argc, char** argv)
{
    if (argc < 3)
    {
        return 2;
    }
    const char* mode = argv[2];
    if (strcmp(mode, "many") == 0)
    {
        return many(argv[1]);
    }
    fd_t fd = connect_raw(argv[1]);
    if (fd == -1)
    {
        return 3;
    }
    if (strcmp(mode, "garbage") == 0)
    {
        uint8_t bytes[300];
        uint32_t state = 12345;
        for (size_t i = 0; i < sizeof(bytes); i++)
        {
            state = state * 1103515245u + 12345u;
            bytes[i] = (uint8_t)(state >> 16);
        }
        bytes[2] = PROTO_VERSION; // get past the version: garbage in the size or type
        if (write(fd, bytes, sizeof(bytes)) != sizeof(bytes))
        {
            return 4;
        }
    }
    else if (strcmp(mode, "oversized") == 0)
    {
        uint8_t header[PROTO_HEADER_SIZE] = {PROTO_CREATE_WINDOW, 0, PROTO_VERSION, 0, 0xA0, 0x86, 0x01, 0};
        if (hello(fd) == -1 || write(fd, header, sizeof(header)) != sizeof(header))
        {
            return 4;
        }
    }
    else if (strcmp(mode, "version") == 0)
    {
        uint8_t bytes[PROTO_MESSAGE_MAX];
        proto_msg_t msg = {.header.type = PROTO_HELLO, .hello.version = PROTO_VERSION};
        size_t size = proto_encode(&msg, bytes, sizeof(bytes));
        bytes[2] = PROTO_VERSION + 1;
        if (write(fd, bytes, size) != (ssize_t)size)
        {
            return 4;
        }
    }
    else if (strcmp(mode, "nohello") == 0)
    {
        proto_msg_t msg = {.header.type = PROTO_CREATE_WINDOW, .create = {.width = 10, .height = 10}};
        if (send_msg(fd, &msg, 0) == -1)
        {
            return 4;
        }
    }
    else if (strcmp(mode, "steal") == 0 && argc == 4)
    {
        proto_msg_t msg = {.header.type = PROTO_DAMAGE, .damage = {(uint32_t)strtoul(argv[3], NULL, 10), 1}};
        msg.damage.rects[0] = (proto_rect_t){0, 0, 1, 1};
        if (hello(fd) == -1 || send_msg(fd, &msg, 0) == -1)
        {
            return 4;
        }
    }
    else if (strcmp(mode, "midmessage") == 0)
    {
        proto_msg_t msg = {.header.type = PROTO_CREATE_WINDOW, .create = {.width = 10, .height = 10}};
        return hello(fd) == -1 || welcomed(fd) == -1 || send_msg(fd, &msg, 20) == -1 ? 4 : 0;
    }
    else
    {
        return 2;
    }
    proto_msg_t probe = {.header.type = PROTO_TEST_PROBE};
    send_msg(fd, &probe, 0); // may fail: dwm may have closed the stream already
    return until_closed(fd);
}

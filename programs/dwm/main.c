// dwm, the desktop window manager (docs/desktop.md).
//
// usage: dwm [--test] [--name NAME] (--help: this usage)
//   --name NAME  bind the local socket NAME instead of "dwm"
//   --test       compose into memory only (not sys:/fb/0), no input
//                devices, accept the test-* messages (for the tests)
// It prints "ready" on its standard output once clients may connect.
#include "dwm.h"

#include <stdio.h>
#include <string.h>
#include <sys/io.h>

options_t options = {.name = PROTO_SOCKET_NAME};

#define USAGE "usage: dwm [--test] [--name NAME]\n"

int main(int argc, char** argv)
{
    for (int i = 1; i < argc; i++)
    {
        if (strcmp(argv[i], "--help") == 0)
        {
            fputs(USAGE, stdout);
            return 0;
        }
        if (strcmp(argv[i], "--test") == 0)
        {
            options.test = true;
        }
        else if (strcmp(argv[i], "--name") == 0 && i + 1 < argc && argv[i + 1][0] != '\0' &&
                 strlen(argv[i + 1]) < MAX_NAME)
        {
            options.name = argv[++i];
        }
        else
        {
            fputs(USAGE, stderr);
            return 2;
        }
    }
    fd_t kbd, mouse;
    fd_t taken = screen_init() == -1 ? -1 : server_init(options.name);
    if (taken == -1)
    {
        fprintf(stderr, "dwm: cannot serve '%s'\n", options.name);
        return 1;
    }
    input_init(&kbd, &mouse);
    screen_compose();
    printf("ready\n");
    fflush(stdout);
    for (;;)
    {
        // [0] new clients, [1] keyboard, [2] mouse, then one per client.
        pollfd_t fds[3 + MAX_CLIENTS];
        int owner[3 + MAX_CLIENTS];
        size_t count = 0;
        fds[count++] = (pollfd_t){taken, POLL_READ, 0};
        fds[count++] = (pollfd_t){kbd, POLL_READ, 0};
        fds[count++] = (pollfd_t){mouse, POLL_READ, 0};
        for (int i = 0; i < MAX_CLIENTS; i++)
        {
            if (clients[i].used && !clients[i].dead)
            {
                owner[count] = i;
                fds[count++] = (pollfd_t){clients[i].fd, POLL_READ, 0};
            }
        }
        if (kbd == -1)
        {
            fds[1].events = 0, fds[1].fd = taken; // a stand-in nobody asks anything of
        }
        if (mouse == -1)
        {
            fds[2].events = 0, fds[2].fd = taken;
        }
        if (io_poll(fds, count, TIMEOUT_NEVER) <= 0)
        {
            continue;
        }
        if (kbd != -1 && (fds[1].revents & POLL_READ))
        {
            input_read_keyboard(kbd);
        }
        if (mouse != -1 && (fds[2].revents & POLL_READ))
        {
            input_read_mouse(mouse);
        }
        for (size_t i = 3; i < count; i++)
        {
            if (fds[i].revents & (POLL_READ | POLL_HANGUP))
            {
                server_read(owner[i]);
            }
            else if (fds[i].revents & (POLL_ERROR | POLL_INVALID))
            {
                server_fail(owner[i], "its stream broke"); // a read could wait for nothing
            }
        }
        if (fds[0].revents & POLL_READ)
        {
            server_take();
        }
        server_reap();
        screen_compose();
    }
}

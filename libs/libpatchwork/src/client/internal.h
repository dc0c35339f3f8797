// Shared by the files of src/client.
#ifndef PATCHWORK_CLIENT_INTERNAL_H
#define PATCHWORK_CLIENT_INTERNAL_H

#include <patchwork/client.h>

#define CLIENT_QUEUE 64          // events kept while a reply is awaited
#define CLIENT_BUFFER 4096       // bytes read from the stream at most

struct pw_client
{
    fd_t handle; // sys:/net/local/new: the socket lives while it is open
    fd_t data;
    uint32_t id;
    uint32_t screen_width, screen_height;
    uint32_t sequence;
    uint8_t buffer[CLIENT_BUFFER];
    size_t buffered;
    proto_msg_t queue[CLIENT_QUEUE];
    size_t queue_head, queue_count;
    pw_window_t* windows; // a list through pw_window.next
};

struct pw_window
{
    pw_client_t* client;
    pw_window_t* next;
    uint32_t id;
    uint32_t width, height, stride;
    uint64_t shm;
    uint32_t* pixels;
    size_t mapped; // bytes
};

// Read one message from the stream (not the queue), waiting up to
// @p timeout_ns: 1, 0 on timeout, -1.
int client_read(pw_client_t* client, proto_msg_t* msg, uint64_t timeout_ns);

// Keep an event for pw_next_event (the oldest is dropped when full).
void client_queue(pw_client_t* client, const proto_msg_t* msg);

// Map the surface of a window-created or window-resized message.
int window_map(pw_window_t* window, const proto_msg_t* surface);
void window_unmap(pw_window_t* window);

#endif

// The event loop (loop.h): dwm events routed by window, descriptors
// through io_poll, timers kept in a small table (a program has a handful,
// so finding the next one by a scan is cheaper than keeping a heap).
#include <patchwork/loop.h>

#include <errno.h>
#include <stdlib.h>
#include <sys/io.h>
#include <sys/proc.h>

typedef struct
{
    fd_t fd;
    uint16_t events;
    pw_fd_handler_t handler;
    void* data;
} loop_fd_t;

typedef struct
{
    pw_timer_id_t id; // 0: a free slot
    uint64_t due;
    uint64_t interval;
    pw_timer_handler_t handler;
    void* data;
} loop_timer_t;

typedef struct
{
    uint32_t window; // 0: a free slot
    pw_event_handler_t handler;
    void* data;
} loop_window_t;

struct pw_loop
{
    pw_client_t* client;
    bool stopped;
    pw_event_handler_t on_event;
    void* on_event_data;
    size_t fd_count;
    loop_fd_t fds[PW_LOOP_MAX_FDS];
    loop_timer_t timers[PW_LOOP_MAX_TIMERS];
    pw_timer_id_t next_timer;
    loop_window_t windows[PW_LOOP_MAX_WINDOWS];
};

pw_loop_t* pw_loop_create(pw_client_t* client)
{
    pw_loop_t* loop = calloc(1, sizeof(*loop));
    if (loop == NULL)
    {
        errno = ENOMEM;
        return NULL;
    }
    loop->client = client;
    loop->next_timer = 1;
    return loop;
}

void pw_loop_destroy(pw_loop_t* loop)
{
    free(loop);
}

pw_client_t* pw_loop_client(const pw_loop_t* loop)
{
    return loop->client;
}

uint64_t pw_loop_now(void)
{
    return uptime();
}

void pw_loop_on_event(pw_loop_t* loop, pw_event_handler_t handler, void* data)
{
    loop->on_event = handler;
    loop->on_event_data = data;
}

int pw_loop_watch_window(pw_loop_t* loop, uint32_t window, pw_event_handler_t handler, void* data)
{
    loop_window_t* free_slot = NULL;
    for (size_t i = 0; i < PW_LOOP_MAX_WINDOWS; i++)
    {
        loop_window_t* slot = &loop->windows[i];
        if (slot->window == window)
        {
            *slot = handler == NULL ? (loop_window_t){0} : (loop_window_t){window, handler, data};
            return 0;
        }
        free_slot = free_slot == NULL && slot->window == 0 ? slot : free_slot;
    }
    if (handler == NULL)
    {
        return 0;
    }
    if (free_slot == NULL || window == 0)
    {
        errno = window == 0 ? EINVAL : ENOSPC;
        return -1;
    }
    *free_slot = (loop_window_t){window, handler, data};
    return 0;
}

int pw_loop_add_fd(pw_loop_t* loop, fd_t fd, uint16_t events, pw_fd_handler_t handler, void* data)
{
    for (size_t i = 0; i < loop->fd_count; i++)
    {
        if (loop->fds[i].fd == fd)
        {
            loop->fds[i] = (loop_fd_t){fd, events, handler, data};
            return 0;
        }
    }
    if (loop->fd_count == PW_LOOP_MAX_FDS)
    {
        errno = ENOSPC;
        return -1;
    }
    loop->fds[loop->fd_count++] = (loop_fd_t){fd, events, handler, data};
    return 0;
}

void pw_loop_remove_fd(pw_loop_t* loop, fd_t fd)
{
    for (size_t i = 0; i < loop->fd_count; i++)
    {
        if (loop->fds[i].fd == fd)
        {
            loop->fds[i] = loop->fds[--loop->fd_count];
            return;
        }
    }
}

pw_timer_id_t pw_loop_add_timer(pw_loop_t* loop, uint64_t delay_ns, uint64_t interval_ns,
                                pw_timer_handler_t handler, void* data)
{
    for (size_t i = 0; i < PW_LOOP_MAX_TIMERS; i++)
    {
        if (loop->timers[i].id == 0)
        {
            pw_timer_id_t id = loop->next_timer++;
            if (loop->next_timer == 0)
            {
                loop->next_timer = 1;
            }
            uint64_t now = uptime();
            uint64_t due = delay_ns > UINT64_MAX - now ? UINT64_MAX : now + delay_ns;
            loop->timers[i] = (loop_timer_t){id, due, interval_ns, handler, data};
            return id;
        }
    }
    errno = ENOSPC;
    return 0;
}

static loop_timer_t* timer_find(const pw_loop_t* loop, pw_timer_id_t id)
{
    for (size_t i = 0; id != 0 && i < PW_LOOP_MAX_TIMERS; i++)
    {
        if (loop->timers[i].id == id)
        {
            return (loop_timer_t*)&loop->timers[i];
        }
    }
    return NULL;
}

void pw_loop_cancel_timer(pw_loop_t* loop, pw_timer_id_t timer)
{
    loop_timer_t* found = timer_find(loop, timer);
    if (found != NULL)
    {
        *found = (loop_timer_t){0};
    }
}

bool pw_loop_timer_pending(const pw_loop_t* loop, pw_timer_id_t timer)
{
    return timer_find(loop, timer) != NULL;
}

void pw_loop_stop(pw_loop_t* loop)
{
    loop->stopped = true;
}

// The earliest pending timer, or NULL.
static loop_timer_t* timer_next(pw_loop_t* loop)
{
    loop_timer_t* next = NULL;
    for (size_t i = 0; i < PW_LOOP_MAX_TIMERS; i++)
    {
        if (loop->timers[i].id != 0 && (next == NULL || loop->timers[i].due < next->due))
        {
            next = &loop->timers[i];
        }
    }
    return next;
}

// Call the handlers of the timers due by now, each once.
static void timers_fire(pw_loop_t* loop)
{
    uint64_t now = uptime();
    loop_timer_t* timer;
    while (!loop->stopped && (timer = timer_next(loop)) != NULL && timer->due <= now)
    {
        loop_timer_t fired = *timer;
        if (timer->interval == 0)
        {
            *timer = (loop_timer_t){0};
        }
        else
        {
            // The next turn on the schedule after now: missed turns are skipped.
            uint64_t missed = (now - timer->due) / timer->interval;
            timer->due += (missed + 1) * timer->interval;
        }
        fired.handler(loop, fired.id, fired.data);
    }
}

// The window an event names, or 0.
static uint32_t event_window(const proto_msg_t* event)
{
    switch (event->header.type)
    {
    case PROTO_KEY_EVENT: return event->key.window;
    case PROTO_MOUSE_EVENT: return event->mouse.window;
    case PROTO_FOCUS: return event->focus.window;
    case PROTO_CLOSE_REQUEST: return event->close_request.window;
    case PROTO_WINDOW_RESIZED: return event->surface.window;
    default: return 0;
    }
}

static void event_dispatch(pw_loop_t* loop, const proto_msg_t* event)
{
    uint32_t window = event_window(event);
    for (size_t i = 0; window != 0 && i < PW_LOOP_MAX_WINDOWS; i++)
    {
        if (loop->windows[i].window == window)
        {
            loop->windows[i].handler(loop, event, loop->windows[i].data);
            return;
        }
    }
    if (loop->on_event != NULL)
    {
        loop->on_event(loop, event, loop->on_event_data);
    }
}

// Every event that has come (queued by the client library or waiting in
// the stream), without waiting.
static int events_drain(pw_loop_t* loop)
{
    proto_msg_t event;
    int got;
    while (loop->client != NULL && !loop->stopped && (got = pw_next_event(loop->client, &event, 0)) != 0)
    {
        if (got == -1)
        {
            return -1;
        }
        event_dispatch(loop, &event);
    }
    return 0;
}

int pw_loop_turn(pw_loop_t* loop, uint64_t timeout_ns)
{
    loop->stopped = false; // a stop asked for in an earlier turn has been seen
    if (events_drain(loop) == -1)
    {
        return -1;
    }
    timers_fire(loop);
    if (loop->stopped)
    {
        return 0;
    }
    loop_timer_t* next = timer_next(loop);
    uint64_t now = uptime();
    if (next != NULL)
    {
        uint64_t until = next->due > now ? next->due - now : 0;
        timeout_ns = until < timeout_ns ? until : timeout_ns;
    }
    // The descriptors as they are now: a handler may change the table.
    pollfd_t polled[PW_LOOP_MAX_FDS + 1];
    size_t count = 0;
    for (size_t i = 0; i < loop->fd_count; i++)
    {
        polled[count++] = (pollfd_t){loop->fds[i].fd, loop->fds[i].events, 0};
    }
    if (loop->client != NULL)
    {
        polled[count++] = (pollfd_t){pw_fd(loop->client), POLL_READ, 0};
    }
    if (count == 0)
    {
        sleep_ns(timeout_ns);
        timers_fire(loop);
        return 0;
    }
    int ready = io_poll(polled, count, timeout_ns);
    if (ready == -1)
    {
        return errno == EINTR ? 0 : -1;
    }
    for (size_t i = 0; ready > 0 && i < count && !loop->stopped; i++)
    {
        if (polled[i].revents == 0 || (loop->client != NULL && polled[i].fd == pw_fd(loop->client)))
        {
            continue;
        }
        for (size_t j = 0; j < loop->fd_count; j++)
        {
            if (loop->fds[j].fd == polled[i].fd)
            {
                loop->fds[j].handler(loop, polled[i].fd, polled[i].revents, loop->fds[j].data);
                break;
            }
        }
    }
    if (events_drain(loop) == -1)
    {
        return -1;
    }
    timers_fire(loop);
    return 0;
}

int pw_loop_run(pw_loop_t* loop)
{
    do
    {
        if (pw_loop_turn(loop, TIMEOUT_NEVER) == -1)
        {
            return -1;
        }
    } while (!loop->stopped);
    return 0;
}

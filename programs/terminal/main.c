// terminal, the desktop's terminal emulator (docs/desktop.md, "Terminal").
//
// usage: terminal [--dwm NAME] [--dump FILE] [-e PROGRAM [ARG...]]
//   --dwm NAME   the dwm to connect to (default PROTO_SOCKET_NAME)
//   --dump FILE  write the screen's text to FILE on the note "dump" and on
//                exit (a seam for the tests)
//   -e PROGRAM   run PROGRAM with the remaining arguments (default
//                home:/bin/shell); found through PATH like the shell does
// A window of 80x24 cells titled "Terminal" shows the program's output;
// keys go to it. It exits when the program ends or the window is closed.
#include "input.h"
#include "render.h"
#include "session.h"
#include "vt.h"

#include <patchwork/client.h>
#include <patchwork/load.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

#define USAGE "usage: terminal [--dwm NAME] [--dump FILE] [-e PROGRAM [ARG...]]\n"
#define FONT_PATH PW_FONT_DIR "/mono-14.grf"
#define DEFAULT_PROGRAM "home:/bin/shell"
#define COLS 80
#define ROWS 24
#define WINDOW_X 40 // where the window's content goes on the screen
#define WINDOW_Y 40
#define READ_CHUNK 16384
#define READ_ROUND (256 * 1024) // output taken before drawing, at most

typedef struct
{
    pw_client_t* client;
    pw_window_t* window;
    surface_t surface;
    render_t render;
    vt_t vt;
    session_t session;
    input_t input;
    const char* dump_path;
} terminal_t;

static volatile int note_dump, note_quit;

static void on_note(const char* note)
{
    if (strcmp(note, "dump") == 0)
    {
        note_dump = 1;
    }
    else if (strcmp(note, "interrupt") == 0 || strcmp(note, "terminate") == 0)
    {
        note_quit = 1;
    }
}

// The live screen's text, a line per row (the test seam).
static void dump(terminal_t* t)
{
    if (t->dump_path == NULL)
    {
        return;
    }
    char path[MAX_PATH];
    snprintf(path, sizeof(path), "%s?create&trunc", t->dump_path);
    fd_t fd = io_open(path);
    if (fd == -1)
    {
        return;
    }
    int view = t->vt.view;
    t->vt.view = 0;
    static char line[VT_MAX_SIDE * 4 + 2];
    for (int row = 0; row < t->vt.rows; row++)
    {
        size_t length = vt_row_text(&t->vt, row, line, sizeof(line) - 1);
        line[length++] = '\n';
        write(fd, line, length);
    }
    t->vt.view = view;
    close(fd);
}

static void show(terminal_t* t, bool everything)
{
    damage_t damage = {0};
    if (everything)
    {
        render_all(&t->render, &t->vt, &t->surface, &damage);
    }
    else
    {
        render_dirty(&t->render, &t->vt, &t->surface, &damage);
    }
    proto_rect_t rects[DAMAGE_MAX_RECTS];
    uint32_t count = damage_count(&damage);
    for (uint32_t i = 0; i < count; i++)
    {
        rect_t r;
        damage_get(&damage, i, &r);
        rects[i] = (proto_rect_t){r.x, r.y, (uint32_t)r.width, (uint32_t)r.height};
    }
    if (count > 0)
    {
        pw_window_damage(t->window, rects, count);
    }
}

// The window got a new surface (window-resized): a new grid to match.
static void resized(terminal_t* t)
{
    uint32_t width = pw_window_width(t->window), height = pw_window_height(t->window);
    pw_window_surface(t->window, &t->surface);
    int cols, rows;
    render_grid_size(&t->render, width, height, &cols, &rows);
    if (vt_resize(&t->vt, cols, rows))
    {
        session_resize(&t->session, cols, rows);
    }
    show(t, true);
}

// Handle what dwm sent; false when the terminal should end.
static bool handle_events(terminal_t* t)
{
    proto_msg_t event;
    int got;
    while ((got = pw_next_event(t->client, &event, 0)) == 1)
    {
        switch (event.header.type)
        {
        case PROTO_KEY_EVENT: input_key(&t->input, &t->vt, &event); break;
        case PROTO_MOUSE_EVENT: input_mouse(&t->vt, &event); break;
        case PROTO_FOCUS:
            t->render.focused = event.focus.focused != 0;
            t->render.cursor_row = -1; // redrawn in its new look
            vt_dirty_span(&t->vt, t->vt.row, t->vt.col, t->vt.col + 1);
            break;
        case PROTO_WINDOW_RESIZED: resized(t); break;
        case PROTO_RESIZE_REQUEST: // the user dragged the corner: take the size (the reply is consumed here)
            if (pw_window_resize(t->window, event.resize.width, event.resize.height) == 0)
            {
                resized(t);
            }
            break;
        case PROTO_CLOSE_REQUEST: return false;
        default: break;
        }
    }
    return got == 0;
}

// Take the program's output; false once it has ended.
static bool handle_output(terminal_t* t)
{
    static char chunk[READ_CHUNK];
    for (size_t taken = 0; taken < READ_ROUND;)
    {
        ssize_t got = read(t->session.output, chunk, sizeof(chunk));
        if (got > 0)
        {
            vt_write(&t->vt, chunk, (size_t)got);
            taken += (size_t)got;
            continue;
        }
        return got == -1 && (errno == EAGAIN || errno == EINTR);
    }
    return true;
}

static int run(terminal_t* t)
{
    for (;;)
    {
        if (note_dump)
        {
            note_dump = 0;
            dump(t);
        }
        if (note_quit)
        {
            return 0;
        }
        pollfd_t fds[3] = {
            {pw_fd(t->client), POLL_READ, 0},
            {t->session.output, POLL_READ, 0},
            {t->session.input, t->input.length > 0 ? POLL_WRITE : 0, 0},
        };
        if (io_poll(fds, 3, TIMEOUT_NEVER) <= 0)
        {
            continue; // a note came (EINTR)
        }
        if (!handle_events(t))
        {
            return 0;
        }
        bool more = true;
        if (fds[1].revents & (POLL_READ | POLL_HANGUP | POLL_ERROR))
        {
            more = handle_output(t);
        }
        if (t->input.length > 0 && input_flush(&t->input, t->session.input) == -1)
        {
            more = false;
        }
        show(t, false);
        if (!more)
        {
            return 0;
        }
    }
}

static int setup(terminal_t* t, const char* dwm, const char** argv)
{
    static grf_font_t font; // its memory stays: the renderer points into it
    if (pw_font_load(FONT_PATH, &font) != 0) // which says why on stderr
    {
        fprintf(stderr, "terminal: cannot use the font %s\n", FONT_PATH);
        return -1;
    }
    render_init(&t->render, &font);
    if (!vt_init(&t->vt, COLS, ROWS, VT_HISTORY_DEFAULT))
    {
        fprintf(stderr, "terminal: out of memory\n");
        return -1;
    }
    t->client = pw_connect(dwm);
    if (t->client == NULL)
    {
        fprintf(stderr, "terminal: cannot connect to dwm '%s': %s\n", dwm != NULL ? dwm : PROTO_SOCKET_NAME,
                strerror(errno));
        return -1;
    }
    uint32_t width, height;
    render_window_size(&t->render, COLS, ROWS, &width, &height);
    t->window = pw_window_create(t->client, WINDOW_X, WINDOW_Y, width, height, "Terminal");
    if (t->window == NULL)
    {
        fprintf(stderr, "terminal: cannot make a window: %s\n", strerror(errno));
        return -1;
    }
    if (session_start(&t->session, argv, COLS, ROWS) == -1)
    {
        fprintf(stderr, "terminal: cannot start %s: %s\n", argv[0], strerror(errno));
        return -1;
    }
    resized(t);
    return 0;
}

int main(int argc, char** argv)
{
    static terminal_t t;
    const char* dwm = NULL;
    const char* default_argv[] = {DEFAULT_PROGRAM, NULL};
    const char** program = default_argv;
    for (int i = 1; i < argc; i++)
    {
        if (strcmp(argv[i], "--dwm") == 0 && i + 1 < argc && argv[i + 1][0] != '\0')
        {
            dwm = argv[++i];
        }
        else if (strcmp(argv[i], "--dump") == 0 && i + 1 < argc && argv[i + 1][0] != '\0')
        {
            t.dump_path = argv[++i];
        }
        else if (strcmp(argv[i], "-e") == 0 && i + 1 < argc)
        {
            program = (const char**)argv + i + 1;
            break;
        }
        else
        {
            fputs(USAGE, stderr);
            return 2;
        }
    }
    static char path[MAX_PATH];
    if (spawn_lookup(program[0], path, sizeof(path)) == -1)
    {
        fprintf(stderr, "terminal: %s: not found\n", program[0]);
        return 1;
    }
    program[0] = path;
    t.session = (session_t){.output = -1, .input = -1, .ctl = -1, .keep = -1, .child = -1};
    note_handler(on_note);
    int status = setup(&t, dwm, program) == 0 ? run(&t) : 1;
    dump(&t);
    session_end(&t.session);
    if (t.client != NULL)
    {
        pw_disconnect(t.client);
    }
    vt_free(&t.vt);
    return status;
}

// Starting the terminal's program on a pseudo-terminal (session.h).
// sys:/pty/new makes a pty (reading it gives its id); the terminal keeps
// that handle open, reads and writes sys:/pty/ID/screen, and the program
// gets sys:/pty/ID/tty as its descriptors 0, 1 and 2 and TERMCTL in its
// environment. Only we and our descendants may open those files.
#include "session.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

#define SESSION_MAX_ENV 256

// Our environment with TERMCTL=@p ctl (replacing one we have) and TERM.
static pid_t session_spawn(const char** argv, const char* ctl, fd_t in, fd_t out)
{
    static char termctl[MAX_PATH + 16];
    const char* envp[SESSION_MAX_ENV + 3];
    size_t count = 0;
    for (char** e = environ; e != NULL && *e != NULL && count < SESSION_MAX_ENV; e++)
    {
        if (strncmp(*e, "TERMCTL=", 8) != 0 && strncmp(*e, "TERM=", 5) != 0)
        {
            envp[count++] = *e;
        }
    }
    envp[count++] = "TERM=xterm-256color";
    snprintf(termctl, sizeof(termctl), "TERMCTL=%s", ctl);
    envp[count++] = termctl;
    envp[count] = NULL;
    spawn_fd_t fds[] = {{STDIN_FILENO, in}, {STDOUT_FILENO, out}, {STDERR_FILENO, out}, SPAWN_FD_END};
    return spawn_env(argv, envp, fds, NULL, PRIORITY_INHERIT);
}

int session_start(session_t* session, const char** argv, int cols, int rows)
{
    *session = (session_t){.output = -1, .input = -1, .ctl = -1, .keep = -1, .child = -1};
    session->keep = io_open("sys:/pty/new");
    if (session->keep == -1)
    {
        return -1;
    }
    char id[24] = {0};
    ssize_t got = read(session->keep, id, sizeof(id) - 1);
    id[got > 0 ? got : 0] = '\0';
    id[strcspn(id, "\n")] = '\0';
    char ctl[MAX_PATH], tty[MAX_PATH];
    snprintf(ctl, sizeof(ctl), "sys:/pty/%s/ctl", id);
    snprintf(tty, sizeof(tty), "sys:/pty/%s/tty", id);
    session->output = session->input = io_openf("sys:/pty/%s/screen?nonblock", id);
    session->ctl = io_open(ctl);
    fd_t program = io_open(tty);
    if (got <= 0 || session->output == -1 || session->ctl == -1 || program == -1)
    {
        int error = errno;
        if (program != -1)
        {
            close(program);
        }
        session_end(session);
        errno = error;
        return -1;
    }
    session_resize(session, cols, rows); // before it starts: it may ask at once
    session->child = session_spawn(argv, ctl, program, program);
    int error = errno;
    close(program);
    if (session->child == -1)
    {
        session_end(session);
        errno = error;
        return -1;
    }
    return 0;
}

void session_resize(session_t* session, int cols, int rows)
{
    if (session->ctl != -1)
    {
        writef(session->ctl, "size %d %d", cols, rows);
    }
}

int session_end(session_t* session)
{
    if (session->input != -1 && session->input != session->output)
    {
        close(session->input);
    }
    fd_t fds[] = {session->output, session->ctl, session->keep};
    for (size_t i = 0; i < sizeof(fds) / sizeof(fds[0]); i++)
    {
        if (fds[i] != -1)
        {
            close(fds[i]);
        }
    }
    int status = -1;
    if (session->child != -1)
    {
        process_kill(session->child); // fails harmlessly if it has exited
        if (process_wait(session->child, &status) == -1)
        {
            status = -1;
        }
    }
    *session = (session_t){.output = -1, .input = -1, .ctl = -1, .keep = -1, .child = -1};
    return status;
}

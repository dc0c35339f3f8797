// sdl2check --run SECONDS PROGRAM ARGS...: run an interactive SDL program
// (SDL's testdraw2) under a dwm of our own, let it draw for SECONDS once
// its window is up, then press Escape, which should end it. Prints what
// happened; exits 0 only if the window came and the program ended by
// itself with status 0.
#include "check.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/proc.h>

#define RUN_DWM "sdl2run"
#define WAIT_MS 60000u

int run_under_dwm(int argc, char** argv)
{
    pid_t dwm_pid, pid;
    pw_client_t* dwm;
    const char* why;
    int status = -1;

    if (argc < 2 || atoi(argv[0]) <= 0)
    {
        fprintf(stderr, "usage: sdl2check --run SECONDS PROGRAM [ARGS...]\n");
        return 2;
    }
    why = dwm_begin(RUN_DWM, &dwm_pid, &dwm);
    if (why != NULL)
    {
        printf("sdl2-run: no dwm: %s\n", why);
        dwm_end(dwm_pid, dwm);
        return 1;
    }
    setenv("SDL_PATCHWORK_DWM", RUN_DWM, 1);
    pid = spawn((const char**)&argv[1], NULL, NULL, PRIORITY_INHERIT);
    if (pid == -1)
    {
        printf("sdl2-run: cannot start %s: %s\n", argv[1], strerror(errno));
        dwm_end(dwm_pid, dwm);
        return 1;
    }
    if (!dwm_wait_windows(dwm, 1, WAIT_MS))
    {
        printf("sdl2-run: %s showed no window\n", argv[1]);
        process_kill(pid);
        process_wait(pid, &status);
        dwm_end(dwm_pid, dwm);
        return 1;
    }
    printf("sdl2-run: %s shows a window\n", argv[1]);
    fflush(stdout);
    sleep_ns((uint64_t)atoi(argv[0]) * 1000000000ull);
    // The window has the keyboard: it is the only one.
    dwm_send_key(dwm, PROTO_KEY_PRESS, 0x01);
    dwm_send_key(dwm, PROTO_KEY_RELEASE, 0x01);
    if (!dwm_wait_windows(dwm, 0, WAIT_MS))
    {
        printf("sdl2-run: %s kept its window after Escape; killed\n", argv[1]);
        process_kill(pid);
        process_wait(pid, &status);
        dwm_end(dwm_pid, dwm);
        return 1;
    }
    process_wait(pid, &status);
    printf("sdl2-run: %s ended with status %d\n", argv[1], status);
    dwm_end(dwm_pid, dwm);
    return status == 0 ? 0 : 1;
}

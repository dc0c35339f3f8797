// sdl2check: the PatchworkOS backend of SDL checked in the OS
// (docs/sdl2.md). Without arguments it runs every check against a
// "dwm --test" of its own and prints TAP lines; --run is run.c's.
// Run it by its full path (the base path check compares with argv[0]).
#include "check.h"
#include "window.h"

#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHECK_DWM "sdl2check"

int main(int argc, char** argv)
{
    pid_t dwm_pid;
    pw_client_t* dwm;
    const char* why;

    if (argc > 1 && strcmp(argv[1], "--run") == 0)
    {
        return run_under_dwm(argc - 2, argv + 2);
    }
    if (argc > 1)
    {
        fprintf(stderr, "usage: sdl2check [--run SECONDS PROGRAM [ARGS...]]\n");
        return 2;
    }
    // Audio is the dummy driver: it must initialise all the same.
    if (SDL_Init(SDL_INIT_AUDIO | SDL_INIT_EVENTS) != 0)
    {
        printf("not ok 1 - sdl2/init # SDL_Init: %s\n", SDL_GetError());
        return 1;
    }
    check_time();
    check_threads();
    check_paths(argv[0]);
    why = dwm_begin(CHECK_DWM, &dwm_pid, &dwm);
    if (why != NULL)
    {
        printf("not ok - sdl2/dwm # %s\n", why);
        dwm_end(dwm_pid, dwm);
        return 1;
    }
    check_dummy_video(dwm);
    setenv("SDL_PATCHWORK_DWM", CHECK_DWM, 1);
    check_video(dwm);
    if (check_renderer != NULL)
    {
        check_input(dwm);
    }
    SDL_Quit();
    dwm_end(dwm_pid, dwm);
    printf("sdl2check: done, %s\n", check_status() == 0 ? "all passed" : "some failed");
    return check_status();
}

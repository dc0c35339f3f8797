// SDL_GetBasePath is the program's folder; SDL_GetPrefPath makes
// home:/cfg/ORG/APP/ and refuses names that are not one folder.
#include "check.h"

#include <SDL.h>
#include <string.h>
#include <sys/stat.h>

static const char* program;

static const char* base_path_is_program_folder(void)
{
    char* base = SDL_GetBasePath();
    const char* slash = strrchr(program, '/');
    CHECK(base != NULL, "SDL_GetBasePath: %s", SDL_GetError());
    CHECK(slash != NULL && strchr(program, ':') != NULL, "started as '%s': run it by its full path", program);
    size_t length = (size_t)(slash - program) + 1;
    bool same = strlen(base) == length && strncmp(base, program, length) == 0;
    char copy[256];
    snprintf(copy, sizeof(copy), "%s", base);
    SDL_free(base);
    CHECK(same, "SDL_GetBasePath is '%s' for '%s'", copy, program);
    return NULL;
}

static const char* pref_path_made(void)
{
    struct stat st;
    char* path = SDL_GetPrefPath("sdl2check-org", "sdl2check-app");
    CHECK(path != NULL, "SDL_GetPrefPath: %s", SDL_GetError());
    bool right = strcmp(path, "home:/cfg/sdl2check-org/sdl2check-app/") == 0;
    char copy[256];
    snprintf(copy, sizeof(copy), "%s", path);
    SDL_free(path);
    CHECK(right, "SDL_GetPrefPath gave '%s'", copy);
    CHECK(stat("home:/cfg/sdl2check-org/sdl2check-app", &st) == 0 && S_ISDIR(st.st_mode), "%s was not made", copy);
    // A second call finds it there.
    path = SDL_GetPrefPath("sdl2check-org", "sdl2check-app");
    CHECK(path != NULL, "a second SDL_GetPrefPath: %s", SDL_GetError());
    SDL_free(path);
    return NULL;
}

static const char* pref_path_refuses_bad_names(void)
{
    CHECK(SDL_GetPrefPath("org", NULL) == NULL, "no application name was accepted");
    CHECK(strstr(SDL_GetError(), "application") != NULL, "error: '%s'", SDL_GetError());
    CHECK(SDL_GetPrefPath("org", "a/b") == NULL, "'a/b' was accepted");
    CHECK(SDL_GetPrefPath("sys:", "app") == NULL, "'sys:' was accepted");
    return NULL;
}

void check_paths(const char* argv0)
{
    program = argv0;
    check_run("base-path-is-program-folder", base_path_is_program_folder);
    check_run("pref-path-made", pref_path_made);
    check_run("pref-path-refuses-bad-names", pref_path_refuses_bad_names);
}

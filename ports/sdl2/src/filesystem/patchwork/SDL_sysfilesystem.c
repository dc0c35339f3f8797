/* Where a program's files are. Paths in PatchworkOS start with a label
 * (home:/usr/bin/prog): the base path is the folder of the path the
 * program was started from (spawn takes it from argv[0], which
 * sys:/proc/PID/cmdline shows first), and preferences live under
 * home:/cfg/ORG/APP/, with libpatchwork's configuration files. */
#include "../../SDL_internal.h"

#if SDL_FILESYSTEM_PATCHWORK

#include "SDL_error.h"
#include "SDL_filesystem.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define PREF_ROOT "home:/cfg/"

/* The program's argv[0] (words of cmdline are separated by spaces, so a
 * path with a space is cut there). */
static char *program_path(void)
{
    char name[64], line[1024];
    FILE *file;
    size_t length;

    SDL_snprintf(name, sizeof(name), "sys:/proc/%d/cmdline", (int)getpid());
    file = fopen(name, "r");
    if (!file) {
        SDL_SetError("patchwork: cannot read %s: %s", name, strerror(errno));
        return NULL;
    }
    if (!fgets(line, sizeof(line), file)) {
        fclose(file);
        SDL_SetError("patchwork: %s is empty", name);
        return NULL;
    }
    fclose(file);
    length = strcspn(line, " \n");
    line[length] = '\0';
    return SDL_strdup(line);
}

char *SDL_GetBasePath(void)
{
    char *path = program_path(), *slash, *base;
    char cwd[1024];

    if (!path) {
        return NULL;
    }
    slash = SDL_strrchr(path, '/');
    if (!slash) {
        slash = SDL_strrchr(path, ':');
    }
    if (!slash) {
        /* A bare name: the program was started from the working folder. */
        path[0] = '\0';
    } else {
        slash[1] = '\0';
    }
    if (SDL_strchr(path, ':')) {
        return path; /* labelled, so absolute */
    }
    /* Relative to the folder it was started in, which it inherited. */
    if (!getcwd(cwd, sizeof(cwd))) {
        SDL_free(path);
        SDL_SetError("patchwork: getcwd failed: %s", strerror(errno));
        return NULL;
    }
    base = SDL_malloc(SDL_strlen(cwd) + SDL_strlen(path) + 2);
    if (!base) {
        SDL_free(path);
        SDL_OutOfMemory();
        return NULL;
    }
    SDL_snprintf(base, SDL_strlen(cwd) + SDL_strlen(path) + 2, "%s%s%s",
                 cwd, (cwd[0] && cwd[SDL_strlen(cwd) - 1] == '/') ? "" : "/", path);
    SDL_free(path);
    return base;
}

/* A folder name from the program: not empty, no '/' or ':' of its own. */
static int check_part(const char *what, const char *part)
{
    if (!part || !*part) {
        return SDL_SetError("SDL_GetPrefPath: no %s name given", what);
    }
    if (SDL_strchr(part, '/') || SDL_strchr(part, ':')) {
        return SDL_SetError("SDL_GetPrefPath: the %s name '%s' has a '/' or ':'", what, part);
    }
    return 0;
}

static int make_folder(const char *path)
{
    if (mkdir(path, 0755) == 0 || errno == EEXIST) {
        return 0;
    }
    return SDL_SetError("SDL_GetPrefPath: cannot make %s: %s", path, strerror(errno));
}

/* home:/cfg/ORG/APP/ (home:/cfg/APP/ without an organisation), made if
 * missing; the caller frees it. */
char *SDL_GetPrefPath(const char *org, const char *app)
{
    size_t size;
    char *path;

    if (check_part("application", app) < 0) {
        return NULL;
    }
    if (org && *org && check_part("organisation", org) < 0) {
        return NULL;
    }
    size = sizeof(PREF_ROOT) + (org ? SDL_strlen(org) : 0) + SDL_strlen(app) + 3;
    path = SDL_malloc(size);
    if (!path) {
        SDL_OutOfMemory();
        return NULL;
    }
    if (make_folder("home:/cfg") < 0) {
        SDL_free(path);
        return NULL;
    }
    if (org && *org) {
        SDL_snprintf(path, size, PREF_ROOT "%s", org);
        if (make_folder(path) < 0) {
            SDL_free(path);
            return NULL;
        }
        SDL_snprintf(path, size, PREF_ROOT "%s/%s", org, app);
    } else {
        SDL_snprintf(path, size, PREF_ROOT "%s", app);
    }
    if (make_folder(path) < 0) {
        SDL_free(path);
        return NULL;
    }
    SDL_strlcat(path, "/", size);
    return path;
}

#endif /* SDL_FILESYSTEM_PATCHWORK */

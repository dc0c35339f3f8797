// Starting a program from the menu: its words split at blanks (no
// quoting), found through PATH like the shell finds them, with the
// taskbar's own descriptors; a thread waits for it so it leaves nothing
// behind when it ends.
#include "taskbar.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/proc.h>
#include <threads.h>

#define MAX_WORDS 16

static int reap(void* arg)
{
    int status;
    process_wait((pid_t)(intptr_t)arg, &status);
    return 0;
}

int launch(const char* command)
{
    char words[160];
    snprintf(words, sizeof(words), "%s", command);
    const char* argv[MAX_WORDS + 1];
    int count = 0;
    for (char* word = strtok(words, " \t"); word != NULL && count < MAX_WORDS; word = strtok(NULL, " \t"))
    {
        argv[count++] = word;
    }
    argv[count] = NULL;
    if (count == 0)
    {
        return -1;
    }
    char path[256];
    if (spawn_lookup(argv[0], path, sizeof(path)) == -1)
    {
        fprintf(stderr, "taskbar: %s: not found\n", argv[0]);
        return -1;
    }
    argv[0] = path;
    pid_t pid = spawn(argv, NULL, NULL, PRIORITY_INHERIT);
    if (pid == -1)
    {
        fprintf(stderr, "taskbar: cannot start %s: %s\n", path, strerror(errno));
        return -1;
    }
    thrd_t thread;
    if (thrd_create(&thread, reap, (void*)(intptr_t)pid) == thrd_success)
    {
        thrd_detach(thread);
    }
    return 0;
}

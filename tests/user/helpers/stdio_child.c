// home:/test/helpers/stdio_child MODE: what stdio_test needs a process of
// its own for, its stdout and stderr being pipes to the test:
//   exit        printf without a newline, then return from main: only
//               exit's flush can deliver it
//   quick-exit  the same, but _Exit: nothing may arrive
//   file-exit   fprintf to a file stream never closed, then exit: exit
//               writes out every stream, not just stdout
//   line        stdout on a pipe is line buffered: a printed line goes out
//               at once, a partial one waits (raw writes mark the order)
//   stderr      stderr is unbuffered: the message comes before a raw write
//   perror      perror("ctx") with errno ENOENT
//   prompt      printf a prompt without a newline, read a line from stdin
//               (a pipe), answer "hello NAME": the prompt must show before
//               the read waits
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>

int main(int argc, char** argv)
{
    if (argc != 2)
    {
        return 2;
    }
    const char* mode = argv[1];
    if (strcmp(mode, "exit") == 0)
    {
        printf("no newline %d", 7);
        return 0;
    }
    if (strcmp(mode, "quick-exit") == 0)
    {
        printf("lost");
        _Exit(0);
    }
    if (strcmp(mode, "file-exit") == 0)
    {
        FILE* f = fopen("home:/stdio_files/exit.txt", "w");
        if (f == NULL)
        {
            return 3;
        }
        fprintf(f, "kept %s", "at exit");
        exit(0);
    }
    if (strcmp(mode, "line") == 0)
    {
        printf("one\n");
        write(STDOUT_FILENO, "|", 1);
        printf("two");
        write(STDOUT_FILENO, "|", 1);
        return 0;
    }
    if (strcmp(mode, "stderr") == 0)
    {
        fprintf(stderr, "e%d", 1);
        write(STDERR_FILENO, "|", 1);
        return 0;
    }
    if (strcmp(mode, "perror") == 0)
    {
        errno = ENOENT;
        perror("ctx");
        return 0;
    }
    if (strcmp(mode, "prompt") == 0)
    {
        char name[64];
        printf("name? ");
        if (fgets(name, sizeof(name), stdin) == NULL)
        {
            return 3;
        }
        name[strcspn(name, "\n")] = '\0';
        printf("hello %s\n", name);
        return 0;
    }
    return 2;
}

// For c17_test: what ends a process, in one of these modes (argv[1]):
//   default-int   installs a SIGINT handler, puts SIG_DFL back and raises
//                 SIGINT: the note "interrupt" must end it (EXIT_KILLED)
//   abort-handler abort() with a SIGABRT handler, which prints "handled"
//   quick-exit    quick_exit(5) with an atexit and an at_quick_exit
//                 handler: only the second prints
// It exits with 0 if it gets past what should have ended it.
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>

static void on_signal(int sig)
{
    (void)sig;
    write(STDOUT_FILENO, "handled\n", 8);
}

static void at_exit_handler(void)
{
    write(STDOUT_FILENO, "atexit\n", 7);
}

static void at_quick_exit_handler(void)
{
    write(STDOUT_FILENO, "quick\n", 6);
}

int main(int argc, char** argv)
{
    const char* mode = argc > 1 ? argv[1] : "";
    if (strcmp(mode, "default-int") == 0)
    {
        signal(SIGINT, on_signal);
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
    }
    else if (strcmp(mode, "abort-handler") == 0)
    {
        signal(SIGABRT, on_signal);
        abort();
    }
    else if (strcmp(mode, "quick-exit") == 0)
    {
        atexit(at_exit_handler);
        at_quick_exit(at_quick_exit_handler);
        quick_exit(5);
    }
    else
    {
        fprintf(stderr, "usage: signal_child default-int|abort-handler|quick-exit\n");
        return 2;
    }
    return 0;
}

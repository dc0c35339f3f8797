// For c17_test: what ends a process, in one of these modes (argv[1]):
//   default-int   installs a SIGINT handler, puts SIG_DFL back and raises
//                 SIGINT: the note "interrupt" must end it (EXIT_KILLED)
//   abort-handler abort() with a SIGABRT handler, which prints "handled"
//   quick-exit    quick_exit(5) with an atexit and an at_quick_exit
//                 handler: only the second prints
//   wait-int      installs a SIGINT handler, prints "waiting for ^C" and
//                 sleeps until the handler has run (the console's ^C),
//                 then prints "caught SIGINT" (tests/user/run.sh)
// It exits with 0 if it gets past what should have ended it.
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

static void on_signal(int sig)
{
    (void)sig;
    write(STDOUT_FILENO, "handled\n", 8);
}

static volatile sig_atomic_t interrupted;

static void on_interrupt(int sig)
{
    interrupted = sig;
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
    else if (strcmp(mode, "wait-int") == 0)
    {
        signal(SIGINT, on_interrupt);
        write(STDOUT_FILENO, "waiting for ^C\n", 15);
        while (interrupted == 0)
        {
            sleep_ns(10000000); // a note cuts the sleep short (EINTR)
        }
        write(STDOUT_FILENO, interrupted == SIGINT ? "caught SIGINT\n" : "caught another\n", 14);
    }
    else
    {
        fprintf(stderr, "usage: signal_child default-int|abort-handler|quick-exit|wait-int\n");
        return 2;
    }
    return 0;
}

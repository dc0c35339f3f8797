// Suite "c17": the parts of C17's library that need the system: signal
// and raise on notes, abort's SIGABRT, quick_exit, system() through the
// shell, tmpnam, setlocale and localeconv.
#include "capture.h"
#include "tap.h"

#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>
#include <sys/wait.h>
#include <threads.h>

#define CHILD "home:/test/helpers/signal_child"

static volatile sig_atomic_t caught;
static volatile sig_atomic_t caught_count;

static void on_signal(int sig)
{
    caught = sig;
    caught_count++;
}

static const char* test_handler_runs(void)
{
    caught = 0;
    TAP_CHECK(signal(SIGINT, on_signal) == SIG_DFL, "the first disposition of SIGINT is not SIG_DFL");
    TAP_CHECK(raise(SIGINT) == 0, "raise(SIGINT) failed");
    TAP_CHECK(caught == SIGINT, "the handler did not run before raise returned (caught %d)", (int)caught);
    // The note itself, as another process (or ^C) sends it.
    caught = 0;
    TAP_CHECK_OK(note_send(process_id(), "interrupt"));
    TAP_CHECK(caught == SIGINT, "the note 'interrupt' did not run the SIGINT handler");
    TAP_CHECK(signal(SIGTERM, on_signal) == SIG_DFL, "SIGTERM's first disposition");
    caught = 0;
    TAP_CHECK(raise(SIGTERM) == 0 && caught == SIGTERM, "SIGTERM's handler did not run");
    TAP_CHECK(signal(SIGINT, SIG_DFL) == on_signal, "signal did not return the handler it replaced");
    TAP_CHECK(signal(SIGTERM, SIG_DFL) == on_signal, "signal did not return SIGTERM's handler");
    return NULL;
}

static volatile thrd_t handler_thread;
static volatile uint32_t sleeper_stop;

static void on_signal_where(int sig)
{
    (void)sig;
    handler_thread = thrd_current();
}

// Another thread waits in the kernel while the main thread raises: a
// note would wake it, and it may well come back first and take the note.
// The handler must still run on the raising thread, every time.
static int wait_in_futex(void* unused)
{
    (void)unused;
    while (!__atomic_load_n(&sleeper_stop, __ATOMIC_ACQUIRE))
    {
        futex(&sleeper_stop, 0, FUTEX_WAIT, TIMEOUT_NEVER); // a note ends it early: wait again
    }
    return 0;
}

static const char* test_raise_on_calling_thread(void)
{
    TAP_CHECK(signal(SIGTERM, on_signal_where) == SIG_DFL, "SIGTERM's first disposition");
    thrd_t sleeper;
    sleeper_stop = 0;
    TAP_CHECK(thrd_create(&sleeper, wait_in_futex, NULL) == thrd_success, "no second thread");
    int elsewhere = 0;
    for (int i = 0; i < 300; i++)
    {
        handler_thread = 0;
        sleep_ns(100000); // the other thread back in its wait
        raise(SIGTERM);
        elsewhere += !thrd_equal(handler_thread, thrd_current());
    }
    __atomic_store_n(&sleeper_stop, 1, __ATOMIC_RELEASE);
    futex(&sleeper_stop, 1, FUTEX_WAKE, 0);
    thrd_join(sleeper, NULL);
    signal(SIGTERM, SIG_DFL);
    TAP_CHECK(elsewhere == 0, "the handler ran on another thread (or not before raise returned) %d times in 300",
        elsewhere);
    return NULL;
}

static const char* test_ignore(void)
{
    caught_count = 0;
    TAP_CHECK(signal(SIGINT, SIG_IGN) != SIG_ERR, "signal(SIGINT, SIG_IGN) failed");
    TAP_CHECK(raise(SIGINT) == 0, "raise failed");
    TAP_CHECK_OK(note_send(process_id(), "interrupt"));
    // Still here: both were ignored.
    TAP_CHECK(caught_count == 0, "a handler ran");
    TAP_CHECK(signal(SIGINT, SIG_DFL) == SIG_IGN, "the disposition was not SIG_IGN");
    return NULL;
}

static const char* test_raised_only(void)
{
    caught = 0;
    TAP_CHECK(signal(SIGFPE, on_signal) == SIG_DFL, "SIGFPE's first disposition");
    TAP_CHECK(raise(SIGFPE) == 0 && caught == SIGFPE, "raise(SIGFPE) did not run the handler");
    TAP_CHECK(signal(SIGFPE, SIG_IGN) == on_signal && raise(SIGFPE) == 0, "raise of an ignored SIGFPE");
    signal(SIGFPE, SIG_DFL);
    TAP_CHECK(signal(SIGKILL, on_signal) == SIG_ERR && errno == EINVAL, "SIGKILL could be caught");
    TAP_CHECK(signal(0, on_signal) == SIG_ERR && signal(99, SIG_IGN) == SIG_ERR, "unknown signals accepted");
    TAP_CHECK(raise(99) != 0, "raise(99) succeeded");
    return NULL;
}

static const char* run_child(const char* mode, capture_t* result)
{
    const char* argv[] = {CHILD, mode, NULL};
    return capture_run(argv, NULL, NULL, result);
}

static const char* test_default_ends_process(void)
{
    capture_t r;
    const char* why = run_child("default-int", &r);
    TAP_CHECK(why == NULL, "%s", why);
    TAP_CHECK(r.status == EXIT_KILLED, "SIG_DFL for SIGINT: status %d, not %d", r.status, EXIT_KILLED);
    return NULL;
}

static const char* test_abort_raises_sigabrt(void)
{
    capture_t r;
    const char* why = run_child("abort-handler", &r);
    TAP_CHECK(why == NULL, "%s", why);
    TAP_CHECK(strcmp(r.out, "handled\n") == 0, "the SIGABRT handler printed '%s'", r.out);
    TAP_CHECK(r.status == ABORT_STATUS, "abort's status %d", r.status);
    return NULL;
}

static const char* test_quick_exit(void)
{
    capture_t r;
    const char* why = run_child("quick-exit", &r);
    TAP_CHECK(why == NULL, "%s", why);
    TAP_CHECK(r.status == 5, "quick_exit(5) gave status %d", r.status);
    TAP_CHECK(strcmp(r.out, "quick\n") == 0, "output '%s': only the at_quick_exit handler should run", r.out);
    return NULL;
}

static const char* test_system(void)
{
    TAP_CHECK(system(NULL) != 0, "system(NULL) says there is no shell");
    // waitpid's form (POSIX): WEXITSTATUS gives the command's status.
    int status = system("home:/test/helpers/exit_with 7");
    TAP_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 7, "exit_with 7 gave the status %#x", status);
    TAP_CHECK(system("home:/test/helpers/exit_with 0") == 0, "status 0");
    status = system("nosuchcommand");
    TAP_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 127, "an unknown command gave %#x", status);
    return NULL;
}

static const char* test_tmpnam(void)
{
    char name[L_tmpnam];
    TAP_CHECK(tmpnam(name) == name, "tmpnam(buffer) did not return the buffer");
    TAP_CHECK(strncmp(name, "home:/tmp/", 10) == 0, "the name '%s' is not in home:/tmp", name);
    const char* other = tmpnam(NULL);
    TAP_CHECK(other != NULL && strcmp(other, name) != 0, "two calls gave the same name");
    FILE* f = fopen(name, "w");
    TAP_CHECK(f != NULL, "fopen(%s): %s", name, strerror(errno));
    TAP_CHECK(fputs("x", f) >= 0 && fclose(f) == 0, "writing the file failed");
    char again[L_tmpnam];
    TAP_CHECK(tmpnam(again) != NULL && strcmp(again, name) != 0, "tmpnam returned a name that exists");
    TAP_CHECK_OK(remove(name));
    return NULL;
}

static const char* test_locale(void)
{
    TAP_CHECK(strcmp(setlocale(LC_ALL, NULL), "C") == 0, "the program did not start in \"C\"");
    TAP_CHECK(strcmp(setlocale(LC_ALL, ""), "C.UTF-8") == 0, "\"\" did not choose C.UTF-8");
    TAP_CHECK(strcmp(setlocale(LC_NUMERIC, "POSIX"), "C") == 0, "POSIX is not C");
    char composite[128];
    snprintf(composite, sizeof(composite), "%s", setlocale(LC_ALL, NULL));
    TAP_CHECK(strstr(composite, "LC_NUMERIC=C;") != NULL && strstr(composite, "LC_CTYPE=C.UTF-8") != NULL,
        "composite name '%s'", composite);
    TAP_CHECK(setlocale(LC_ALL, "fr_FR") == NULL, "an unknown locale was accepted");
    TAP_CHECK(strcmp(setlocale(LC_CTYPE, NULL), "C.UTF-8") == 0, "a failed setlocale changed LC_CTYPE");
    TAP_CHECK(strcmp(setlocale(LC_ALL, "C"), "C") == 0, "back to C");
    TAP_CHECK(strcmp(setlocale(LC_ALL, composite), composite) == 0, "the composite name did not restore");
    TAP_CHECK(setlocale(99, "C") == NULL, "an unknown category was accepted");
    setlocale(LC_ALL, "C");
    struct lconv* conventions = localeconv();
    TAP_CHECK(strcmp(conventions->decimal_point, ".") == 0 && conventions->thousands_sep[0] == '\0' &&
            conventions->frac_digits == CHAR_MAX,
        "localeconv is not C's");
    return NULL;
}

int main(void)
{
    tap_suite("c17");
    tap_run("signal-handler-runs", test_handler_runs);
    tap_run("signal-ignore", test_ignore);
    tap_run("raise-runs-handler-on-calling-thread", test_raise_on_calling_thread);
    tap_run("signal-raised-only", test_raised_only);
    tap_run("signal-default-ends-process", test_default_ends_process);
    tap_run("abort-raises-sigabrt", test_abort_raises_sigabrt);
    tap_run("quick-exit", test_quick_exit);
    tap_run("system", test_system);
    tap_run("tmpnam", test_tmpnam);
    tap_run("setlocale", test_locale);
    return tap_exit_status();
}

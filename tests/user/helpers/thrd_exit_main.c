// home:/test/helpers/thrd_exit_main: the main thread ends with
// thrd_exit(5) while another thread is still at work; threads_test
// expects, on stdout:
//   "main dtor 7;"          main's thread-specific destructor ran at thrd_exit
//   "joined main 5;"        the other thread joined the main thread
//   "atexit"                the last thread's end was exit(EXIT_SUCCESS)
// and an exit status of 0. Writes go straight to the descriptor.
#include <stdint.h>
#include <stdlib.h>
#include <sys/io.h>
#include <threads.h>

static tss_t key;

static void main_destructor(void* value)
{
    writef(STDOUT_FILENO, "main dtor %d;", (int)(intptr_t)value);
}

static void at_exit(void)
{
    write(STDOUT_FILENO, "atexit", 6);
}

static int worker(void* argument)
{
    thrd_t main_thread = argument;
    int result = -1;
    if (thrd_join(main_thread, &result) != thrd_success)
    {
        return 1;
    }
    writef(STDOUT_FILENO, "joined main %d;", result);
    return 0; // the last thread: the program ends here, with atexit's handler
}

int main(void)
{
    if (atexit(at_exit) != 0 || tss_create(&key, main_destructor) != thrd_success ||
        tss_set(key, (void*)(intptr_t)7) != thrd_success)
    {
        return 2;
    }
    thrd_t thread;
    if (thrd_create(&thread, worker, thrd_current()) != thrd_success)
    {
        return 3;
    }
    thrd_exit(5);
}

// home:/test/helpers/atexit_order: registers three atexit handlers that
// each write one letter to stdout, then returns from main; malloc_test
// expects "main CBA" (handlers run last registered first).
#include <stdlib.h>
#include <sys/io.h>

static void handler_a(void)
{
    write(STDOUT_FILENO, "A", 1);
}

static void handler_b(void)
{
    write(STDOUT_FILENO, "B", 1);
}

static void handler_c(void)
{
    write(STDOUT_FILENO, "C", 1);
}

int main(void)
{
    if (atexit(handler_a) != 0 || atexit(handler_b) != 0 || atexit(handler_c) != 0)
    {
        return 2;
    }
    write(STDOUT_FILENO, "main ", 5);
    return 0;
}

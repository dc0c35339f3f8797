#include "wait_internal.h"

#include <signal.h>

static const struct
{
    int native;
    int signal;
} wait_signals[] = {
    {137, SIGKILL}, {134, SIGABRT}, {128, SIGFPE}, {144, SIGFPE}, {147, SIGFPE},
    {140, SIGSEGV}, {141, SIGSEGV}, {142, SIGSEGV},
};

int _wait_status(int native)
{
    for (size_t i = 0; i < sizeof(wait_signals) / sizeof(wait_signals[0]); i++)
    {
        if (wait_signals[i].native == native)
        {
            return wait_signals[i].signal;
        }
    }
    return (native & 0xff) << 8;
}

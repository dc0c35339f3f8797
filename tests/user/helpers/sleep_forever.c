// Sleeps until it is killed: proc_test's target for ctl commands and for
// the cmdline and status files.
#include <sys/proc.h>

int main(void)
{
    for (;;)
    {
        sleep_ns(1000000000);
    }
}

#include <sys/proc.h>
#include <unistd.h>

pid_t getpid(void)
{
    return process_id();
}

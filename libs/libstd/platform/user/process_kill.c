#include "proc_ctl.h"

#include <sys/proc.h>

int process_kill(pid_t pid)
{
    return _proc_ctl(pid, "kill");
}

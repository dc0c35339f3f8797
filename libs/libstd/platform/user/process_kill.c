#include <sys/proc.h>

// "kill" is a note that cannot be handled: the process ends.
int process_kill(pid_t pid)
{
    return note_send(pid, "kill");
}

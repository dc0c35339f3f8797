// getppid(): the "parent" line of our own status file.
#include "../proc_file.h"

#include <sys/proc.h>
#include <unistd.h>

#define STATUS_MAX 512

pid_t getppid(void)
{
    char text[STATUS_MAX];
    long long parent = 0;
    if (_proc_file_read(process_id(), "status", text, sizeof(text)) == -1 ||
        _proc_status_field(text, "parent", &parent) == -1)
    {
        return 0;
    }
    return (pid_t)parent;
}

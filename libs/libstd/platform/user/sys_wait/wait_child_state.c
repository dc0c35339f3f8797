#include "../proc_file.h"
#include "wait_internal.h"

#include <errno.h>
#include <sys/proc.h>

#define STATUS_MAX 512

int _wait_child_state(pid_t pid, bool* exited)
{
    char text[STATUS_MAX];
    long long parent = 0;
    long long status = 0;
    if (_proc_file_read(pid, "status", text, sizeof(text)) == -1 ||
        _proc_status_field(text, "parent", &parent) == -1 || parent != process_id())
    {
        errno = ECHILD;
        return -1;
    }
    // The "exit" line appears once the process has exited.
    *exited = _proc_status_field(text, "exit", &status) == 0;
    return 0;
}

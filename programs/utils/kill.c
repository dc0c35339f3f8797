// kill [-s NOTE] PID...: sends each process a note, "terminate" unless
// -s names another. "kill" ends a process whatever it does; "terminate"
// and "interrupt" end one that has no note handler (see sys/proc.h).
#define PROGRAM "kill"
#define USAGE "usage: kill [-s NOTE] PID...\n"
#include "util.h"

#include <sys/proc.h>

int main(int argc, char** argv)
{
    const char* note = "terminate";
    options_t options = OPTIONS_INIT(argc, argv);
    while (options_next(&options, "s:") != 0)
    {
        note = options.value;
    }
    if (options.index == argc || *note == '\0')
    {
        usage(EXIT_USAGE);
    }
    int status = 0;
    for (int i = options.index; i < argc; i++)
    {
        char* end;
        long long pid = strtoll(argv[i], &end, 10);
        if (end == argv[i] || *end != '\0' || pid <= 0)
        {
            writef(STDERR_FILENO, "%s: %s: not a process id\n", PROGRAM, argv[i]);
            usage(EXIT_USAGE);
        }
        if (note_send((pid_t)pid, note) == -1)
        {
            complain(argv[i], errno);
            status = 1;
        }
    }
    return status;
}

// sleep SECONDS: waits that long; decimals allowed ("0.25").
#define PROGRAM "sleep"
#define USAGE "usage: sleep SECONDS\n"
#include "util.h"

#include <sys/proc.h>

#define NS_PER_SECOND 1000000000.0
// A limit that keeps the conversion to nanoseconds exact enough and finite.
#define MAX_SECONDS 1e9

int main(int argc, char** argv)
{
    options_t options = OPTIONS_INIT(argc, argv);
    options_next(&options, "");
    if (argc - options.index != 1)
    {
        usage(EXIT_USAGE);
    }
    char* end;
    const char* text = argv[options.index];
    double seconds = strtod(text, &end);
    // strtod takes "inf", "nan" and hexadecimal too: accept digits and a point only.
    if (end == text || *end != '\0' || strspn(text, "0123456789.") != strlen(text) || seconds > MAX_SECONDS)
    {
        writef(STDERR_FILENO, "%s: %s: not a number of seconds\n", PROGRAM, text);
        usage(EXIT_USAGE);
    }
    if (sleep_ns((uint64_t)(seconds * NS_PER_SECOND)) == -1)
    {
        complain("sleep_ns", errno);
        return 1;
    }
    return 0;
}

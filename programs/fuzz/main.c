// fuzz: the kernel's own fuzzer, run inside the OS (see docs/fuzzing.md).
//
//   fuzz [-t SECONDS] [-s SEED] [-j PARALLEL] [-n ITERATIONS] [-x FAMILIES]
//       a campaign: children started for SECONDS (default 60), PARALLEL at
//       a time (default 2), ITERATIONS operations each (default 1500),
//       their seeds derived from SEED; -x switches families of operations
//       off (a comma-separated list, e.g. -x sockets,elf). Prints each
//       child's seed and a report; exit status 0 when nothing hung, no
//       promise was broken and the free pages came back.
//   fuzz --child SEED ITERATIONS [-x FAMILIES] [-v]
//       one child: replays exactly what the campaign's child with that
//       seed did (races aside); -v names each operation as it starts.
//
// Internal: "fuzz --victim SEED LIFETIME_MS [PLAN]" is a process the
// children start and kill (victim.h); tests use it too.
#define PROGRAM "fuzz"
#define USAGE                                                                                      \
    "usage: fuzz [-t SECONDS] [-s SEED] [-j PARALLEL] [-n ITERATIONS] [-x FAMILIES]\n"             \
    "       fuzz --child SEED ITERATIONS [-x FAMILIES] [-v]\n"
#include "../utils/util.h" // usage and options, shared with the utilities

#include "child.h"
#include "supervisor.h"
#include "victim.h"

#define DEFAULT_SECONDS 60
#define DEFAULT_SEED 0x5eedULL
#define DEFAULT_PARALLEL 2
#define DEFAULT_ITERATIONS 1500
#define PARALLEL_MAX 16

// A whole number (decimal, or hex after 0x) or the usage.
static uint64_t number_or_usage(const char* text, uint64_t low, uint64_t high)
{
    char* end;
    errno = 0;
    unsigned long long value = strtoull(text, &end, 0);
    if (end == text || *end != '\0' || errno != 0 || *text == '-' || value < low || value > high)
    {
        writef(STDERR_FILENO, "fuzz: '%s' is not a number from %llu to %llu\n", text, (unsigned long long)low,
            (unsigned long long)high);
        usage(EXIT_USAGE);
    }
    return value;
}

static uint32_t families_or_usage(const char* list)
{
    uint32_t mask;
    if (!fuzz_families_parse(list, &mask))
    {
        usage(EXIT_USAGE);
    }
    return mask;
}

static int child_command(int argc, char** argv)
{
    if (argc < 4)
    {
        usage(EXIT_USAGE);
    }
    uint64_t seed = number_or_usage(argv[2], 0, UINT64_MAX);
    uint64_t iterations = number_or_usage(argv[3], 1, UINT64_MAX);
    uint32_t off = 0;
    bool verbose = false;
    options_t options = OPTIONS_INIT(argc - 3, argv + 3);
    int letter;
    while ((letter = options_next(&options, "x:v")) != 0)
    {
        if (letter == 'x')
        {
            off = families_or_usage(options.value);
        }
        else
        {
            verbose = true;
        }
    }
    if (options.index != argc - 3)
    {
        usage(EXIT_USAGE);
    }
    return child_main(seed, iterations, off, verbose);
}

int main(int argc, char** argv)
{
    if (argc > 1 && strcmp(argv[1], "--child") == 0)
    {
        return child_command(argc, argv);
    }
    if ((argc == 4 || argc == 5) && strcmp(argv[1], "--victim") == 0)
    {
        victim_plan_t plan;
        if (argc == 5 && !victim_plan_parse(argv[4], &plan))
        {
            writef(STDERR_FILENO, "fuzz: '%s' is not a victim's plan (see programs/fuzz/victim.h)\n", argv[4]);
            usage(EXIT_USAGE);
        }
        return victim_main(number_or_usage(argv[2], 0, UINT64_MAX), number_or_usage(argv[3], 0, 3600 * 1000),
            argc == 5 ? &plan : NULL);
    }
    supervisor_options_t options = {DEFAULT_SECONDS, DEFAULT_SEED, DEFAULT_PARALLEL, DEFAULT_ITERATIONS, NULL};
    options_t parse = OPTIONS_INIT(argc, argv);
    int letter;
    while ((letter = options_next(&parse, "t:s:j:n:x:")) != 0)
    {
        switch (letter)
        {
        case 't':
            options.seconds = number_or_usage(parse.value, 1, 1000000);
            break;
        case 's':
            options.seed = number_or_usage(parse.value, 0, UINT64_MAX);
            break;
        case 'j':
            options.parallel = (unsigned)number_or_usage(parse.value, 1, PARALLEL_MAX);
            break;
        case 'n':
            options.iterations = number_or_usage(parse.value, 1, 100000000);
            break;
        default:
            families_or_usage(parse.value);
            options.families_off = parse.value;
            break;
        }
    }
    if (parse.index != argc)
    {
        usage(EXIT_USAGE);
    }
    return supervisor_main(&options);
}

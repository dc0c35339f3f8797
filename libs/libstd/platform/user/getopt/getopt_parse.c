#include "getopt_internal.h"

#include <stdlib.h>
#include <string.h>

// A new argv, or optind changed by the program (to 1 or 0 to start over):
// forget the previous parse.
static void restart_if_asked(char* const argv[])
{
    _getopt_progress_t* progress = &_getopt_progress;
    if (optind != 0 && argv == progress->argv && optind == progress->last_optind)
    {
        return;
    }
    if (optind == 0)
    {
        optind = 1;
    }
    progress->next = NULL;
    progress->operands_start = progress->operands_end = optind;
}

static _getopt_mode_t mode_of(const char* optstring, bool long_only)
{
    _getopt_mode_t mode = {.options = optstring, .long_only = long_only};
    bool stop_at_operand = *mode.options == '+';
    mode.in_order = *mode.options == '-';
    if (stop_at_operand || mode.in_order)
    {
        mode.options++;
    }
    mode.quiet = *mode.options == ':';
    mode.permute = !stop_at_operand && !mode.in_order && getenv("POSIXLY_CORRECT") == NULL;
    return mode;
}

// An element starting with "--" or, for getopt_long_only, "-": a long
// option, or _GETOPT_CONTINUE to parse it as short options.
static int try_long(int argc, char* const argv[], const _getopt_mode_t* mode, const struct option* longopts,
                    int* longindex, bool long_only)
{
    const char* element = argv[optind];
    if (element[1] == '-')
    {
        return _getopt_long(argc, argv, mode, longopts, longindex, "--", element + 2, false);
    }
    // "-x" with x a short option stays short; anything else is tried as a
    // long name first, falling back to short options it starts with.
    if (long_only && (element[2] != '\0' || strchr(mode->options, element[1]) == NULL))
    {
        bool may_fall_back = element[1] != ':' && strchr(mode->options, element[1]) != NULL;
        return _getopt_long(argc, argv, mode, longopts, longindex, "-", element + 1, may_fall_back);
    }
    return _GETOPT_CONTINUE;
}

int _getopt_parse(int argc, char* const argv[], const char* optstring, const struct option* longopts,
                  int* longindex, bool long_only)
{
    _getopt_progress_t* progress = &_getopt_progress;
    restart_if_asked(argv);
    _getopt_mode_t mode = mode_of(optstring, long_only);
    optarg = NULL;
    int result = _GETOPT_CONTINUE;
    if (progress->next == NULL || *progress->next == '\0')
    {
        progress->next = NULL;
        result = _getopt_next_element(argc, argv, &mode);
        if (result == _GETOPT_CONTINUE && longopts != NULL)
        {
            result = try_long(argc, argv, &mode, longopts, longindex, long_only);
        }
        if (result == _GETOPT_CONTINUE)
        {
            progress->next = argv[optind] + 1;
        }
    }
    if (result == _GETOPT_CONTINUE)
    {
        result = _getopt_short(argc, argv, &mode);
    }
    progress->argv = argv;
    progress->last_optind = optind;
    return result;
}

#include "getopt_internal.h"

#include <string.h>

// Done with the current element: the next call looks at the next one.
static void next_element(void)
{
    _getopt_progress.next = NULL;
    optind++;
}

int _getopt_short(int argc, char* const argv[], const _getopt_mode_t* mode)
{
    _getopt_progress_t* progress = &_getopt_progress;
    char option = *progress->next++;
    bool last_in_element = *progress->next == '\0';
    // ':' only marks arguments; it is never an option.
    const char* spec = option == ':' ? NULL : strchr(mode->options, option);
    if (spec == NULL)
    {
        optopt = (unsigned char)option;
        _getopt_complain(mode, argv, "invalid option -- '%c'\n", option);
        if (last_in_element)
        {
            next_element();
        }
        return '?';
    }
    if (spec[1] != ':')
    {
        if (last_in_element)
        {
            next_element();
        }
        return (unsigned char)option;
    }
    if (!last_in_element)
    {
        optarg = (char*)progress->next; // "-ofile"
    }
    else if (spec[2] != ':' && optind + 1 < argc)
    {
        optarg = argv[++optind]; // "-o file"
    }
    else if (spec[2] != ':')
    {
        optopt = (unsigned char)option;
        _getopt_complain(mode, argv, "option requires an argument -- '%c'\n", option);
        next_element();
        return mode->quiet ? ':' : '?';
    }
    next_element();
    return (unsigned char)option;
}

// Finding the next option element, and GNU's permutation: operands met on
// the way are skipped and, once the options after them have been parsed,
// moved behind those options, so that at the end argv lists all options
// first and optind points at the first operand.
#include "getopt_internal.h"

#include <string.h>

static bool is_operand(const char* element)
{
    return element[0] != '-' || element[1] == '\0';
}

static void reverse(char** argv, int start, int end)
{
    for (end--; start < end; start++, end--)
    {
        char* swap = argv[start];
        argv[start] = argv[end];
        argv[end] = swap;
    }
}

// Swap the neighbouring ranges [start, middle) and [middle, end) of argv.
static void rotate(char* const argv[], int start, int middle, int end)
{
    // argv's elements are permuted, never written through: GNU's getopt
    // does the same despite the const.
    char** elements = (char**)argv;
    reverse(elements, start, middle);
    reverse(elements, middle, end);
    reverse(elements, start, end);
}

// The options parsed since the skipped operands go in front of them.
static void move_operands_behind(char* const argv[])
{
    _getopt_progress_t* progress = &_getopt_progress;
    if (progress->operands_start == progress->operands_end)
    {
        progress->operands_start = progress->operands_end = optind;
        return;
    }
    if (progress->operands_end < optind)
    {
        rotate(argv, progress->operands_start, progress->operands_end, optind);
        progress->operands_start += optind - progress->operands_end;
        progress->operands_end = optind;
    }
}

static int end_of_options(void)
{
    _getopt_progress_t* progress = &_getopt_progress;
    if (progress->operands_start != progress->operands_end)
    {
        optind = progress->operands_start;
    }
    progress->operands_start = progress->operands_end = optind;
    return -1;
}

int _getopt_next_element(int argc, char* const argv[], const _getopt_mode_t* mode)
{
    _getopt_progress_t* progress = &_getopt_progress;
    if (mode->permute)
    {
        move_operands_behind(argv);
        while (optind < argc && is_operand(argv[optind]))
        {
            optind++;
        }
        progress->operands_end = optind;
    }
    if (optind >= argc || argv[optind] == NULL)
    {
        return end_of_options();
    }
    const char* element = argv[optind];
    if (strcmp(element, "--") == 0)
    {
        optind++;
        // "--" goes in front of the skipped operands, which follow it.
        if (mode->permute && progress->operands_start != progress->operands_end)
        {
            rotate(argv, progress->operands_start, progress->operands_end, optind);
            progress->operands_start++;
            progress->operands_end = optind;
        }
        return end_of_options();
    }
    if (is_operand(element))
    {
        if (mode->in_order)
        {
            optarg = argv[optind++];
            return 1;
        }
        return -1; // '+' or POSIXLY_CORRECT: the first operand ends the options
    }
    return _GETOPT_CONTINUE;
}

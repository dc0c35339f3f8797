#include "getopt_internal.h"

#include <string.h>

// The long option @p name (up to '=' or its end, @p length bytes) names:
// an exact match, else the only prefix match (several that all mean the
// same count as one, except for getopt_long_only, as in glibc, where a
// short name is likelier a typo). *@p ambiguous when several differ.
static int find(const struct option* longopts, const char* name, size_t length, bool long_only, bool* ambiguous)
{
    int found = -1;
    *ambiguous = false;
    for (int i = 0; longopts[i].name != NULL; i++)
    {
        const struct option* candidate = &longopts[i];
        if (strncmp(candidate->name, name, length) != 0)
        {
            continue;
        }
        if (candidate->name[length] == '\0')
        {
            *ambiguous = false;
            return i;
        }
        if (found < 0)
        {
            found = i;
        }
        else if (long_only || longopts[found].has_arg != candidate->has_arg || longopts[found].flag != candidate->flag ||
                 longopts[found].val != candidate->val)
        {
            *ambiguous = true;
        }
    }
    return *ambiguous ? -1 : found;
}

int _getopt_long(int argc, char* const argv[], const _getopt_mode_t* mode, const struct option* longopts,
                 int* longindex, const char* prefix, const char* name, bool may_fall_back)
{
    size_t length = strcspn(name, "=");
    bool ambiguous;
    int index = find(longopts, name, length, mode->long_only, &ambiguous);
    if (index < 0 && !ambiguous && may_fall_back)
    {
        return _GETOPT_CONTINUE;
    }
    optind++;
    if (index < 0)
    {
        optopt = 0;
        if (ambiguous)
        {
            _getopt_complain(mode, argv, "option '%s%.*s' is ambiguous\n", prefix, (int)length, name);
        }
        else
        {
            _getopt_complain(mode, argv, "unrecognized option '%s%s'\n", prefix, name);
        }
        return '?';
    }
    const struct option* option = &longopts[index];
    if (name[length] == '=')
    {
        if (option->has_arg == no_argument)
        {
            optopt = option->val;
            _getopt_complain(mode, argv, "option '%s%s' doesn't allow an argument\n", prefix, option->name);
            return '?';
        }
        optarg = (char*)name + length + 1;
    }
    else if (option->has_arg == required_argument)
    {
        if (optind >= argc)
        {
            optopt = option->val;
            _getopt_complain(mode, argv, "option '%s%s' requires an argument\n", prefix, option->name);
            return mode->quiet ? ':' : '?';
        }
        optarg = argv[optind++];
    }
    if (longindex != NULL)
    {
        *longindex = index;
    }
    if (option->flag != NULL)
    {
        *option->flag = option->val;
        return 0;
    }
    return option->val;
}

#include "temp_fill.h"

#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/proc.h>

static const char letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

bool _temp_check(char* template, char** xs)
{
    size_t length = strlen(template);
    if (length < 6 || strcmp(template + length - 6, "XXXXXX") != 0)
    {
        errno = EINVAL;
        return false;
    }
    *xs = template + length - 6;
    return true;
}

// The names only need to differ between tries and between processes and
// threads trying at once; the creating call's exclusivity (excl, mkdir's
// EEXIST) is what makes them safe. A counter, the process and thread ids
// and the clock are mixed, so guessing the next name is not trivial.
void _temp_fill(char* xs)
{
    static uint64_t counter;
    uint64_t n = __atomic_fetch_add(&counter, 1, __ATOMIC_RELAXED);
    uint64_t value = (uptime() ^ ((uint64_t)process_id() << 40) ^ ((uint64_t)thread_id() << 24)) + n * 0x9e3779b97f4a7c15u;
    value ^= value >> 29;
    value *= 0xbf58476d1ce4e5b9u;
    value ^= value >> 32;
    for (int i = 0; i < 6; i++)
    {
        xs[i] = letters[value % (sizeof(letters) - 1)];
        value /= sizeof(letters) - 1;
    }
}

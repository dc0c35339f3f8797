#include "fuzz.h"

#include <string.h>

const char* const fuzz_family_names[] = {"raw", "rflags", "files", "memory", "proc", "threads", "notes", "sysfs",
    "pipes", "shm", "sockets", "console", "elf", "races", "victims", "exhaust", "pty", NULL};

bool fuzz_families_parse(const char* list, uint32_t* mask)
{
    *mask = 0;
    while (*list != '\0')
    {
        size_t length = strcspn(list, ",+");
        bool known = false;
        for (int i = 0; fuzz_family_names[i] != NULL; i++)
        {
            if (strlen(fuzz_family_names[i]) == length && strncmp(fuzz_family_names[i], list, length) == 0)
            {
                *mask |= 1U << i;
                known = true;
            }
        }
        if (!known && length > 0)
        {
            writef(STDERR_FILENO, "fuzz: unknown family '%.*s'; families:", (int)length, list);
            for (int i = 0; fuzz_family_names[i] != NULL; i++)
            {
                writef(STDERR_FILENO, " %s", fuzz_family_names[i]);
            }
            writef(STDERR_FILENO, "\n");
            return false;
        }
        list += length;
        list += *list == ',' || *list == '+';
    }
    return true;
}

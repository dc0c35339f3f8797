#include "ctl.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

int ctl_command(const void* buffer, size_t count, char* command, size_t size)
{
    if (count >= size)
    {
        return -EINVAL;
    }
    memcpy(command, buffer, count);
    while (count > 0 && (command[count - 1] == '\n' || command[count - 1] == ' ' || command[count - 1] == '\0'))
    {
        count--;
    }
    command[count] = '\0';
    return 0;
}

bool ctl_number_after(const char* command, const char* prefix, uint64_t* value)
{
    size_t length = strlen(prefix);
    if (strncmp(command, prefix, length) != 0 || command[length] == '\0')
    {
        return false;
    }
    char* end;
    *value = strtoull(command + length, &end, 0);
    return *end == '\0';
}

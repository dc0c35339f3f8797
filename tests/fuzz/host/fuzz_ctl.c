// The kernel's ctl command parsing (kernel/fs/ctl.c), which turns what a
// program writes to a ctl file into a command and its number. The input's
// first byte is the size of the command buffer, the rest is the write.
// ctl_command must copy exactly the write without its trailing newlines,
// spaces and null bytes, or refuse when it does not fit; ctl_number_after
// must read numbers as glibc's strtoull does (libstd's strtoull is the
// kernel's).
#include "fuzz.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int pw_ctl_command(const void* buffer, size_t count, char* command, size_t size);
bool pw_ctl_number_after(const char* command, const char* prefix, uint64_t* value);

FUZZ_FAIL_DEFINITION

static void check_number(const char* command, const char* prefix)
{
    uint64_t value = 0;
    bool found = pw_ctl_number_after(command, prefix, &value);
    size_t length = strlen(prefix);
    bool expected = false;
    unsigned long long host = 0;
    if (strncmp(command, prefix, length) == 0 && command[length] != '\0')
    {
        char* end;
        host = strtoull(command + length, &end, 0);
        expected = *end == '\0';
    }
    FUZZ_CHECK(found == expected, "ctl_number_after and strtoull disagree on a number's end");
    FUZZ_CHECK(!found || value == host, "ctl_number_after and strtoull read different numbers");
}

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
    {
        return 0;
    }
    size_t buffer_size = data[0];
    size_t count = size - 1;
    char* command = malloc(buffer_size != 0 ? buffer_size : 1);
    int result = pw_ctl_command(data + 1, count, command, buffer_size);
    if (count >= buffer_size)
    {
        FUZZ_CHECK(result < 0, "ctl_command took a write that does not fit");
        free(command);
        return 0;
    }
    FUZZ_CHECK(result == 0, "ctl_command refused a write that fits");
    size_t kept = count;
    while (kept > 0 && (data[kept] == '\n' || data[kept] == ' ' || data[kept] == '\0'))
    {
        kept--;
    }
    FUZZ_CHECK(memcmp(command, data + 1, kept) == 0 && command[kept] == '\0', "ctl_command changed the command");
    check_number(command, "handler ");
    check_number(command, "foreground ");
    check_number(command, "");
    free(command);
    return 0;
}

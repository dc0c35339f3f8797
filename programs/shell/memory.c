#include "memory.h"

#include <stdlib.h>
#include <string.h>
#include <sys/io.h>

static _Noreturn void memory_exhausted(void)
{
    static const char message[] = "shell: out of memory\n";
    write(STDERR_FILENO, message, sizeof(message) - 1);
    exit(1);
}

void* memory_resize(void* block, size_t size)
{
    void* result = realloc(block, size == 0 ? 1 : size);
    if (result == NULL)
    {
        memory_exhausted();
    }
    return result;
}

char* memory_strndup(const char* text, size_t length)
{
    char* copy = memory_resize(NULL, length + 1);
    memcpy(copy, text, length);
    copy[length] = '\0';
    return copy;
}

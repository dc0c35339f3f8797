// stack_deep MIB: recurses until about MIB MiB of its main stack are in
// use, touching every page on the way, then prints "pages BEFORE AFTER"
// (its sys:/proc/[pid]/status "pages" at the start and at the deepest
// point) and exits with 0. "stack_deep forever" recurses until the stack
// runs out: the guard page must end it with a page fault.
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

#define FRAME 4096

static long long own_pages(void)
{
    char path[64], text[512];
    snprintf(path, sizeof(path), "sys:/proc/%ld/status", (long)process_id());
    fd_t fd = io_open(path);
    ssize_t got = fd != -1 ? read(fd, text, sizeof(text) - 1) : -1;
    if (fd != -1)
    {
        close(fd);
    }
    if (got <= 0)
    {
        return -1;
    }
    text[got] = '\0';
    const char* line = strstr(text, "pages ");
    return line != NULL ? atoll(line + 6) : -1;
}

static long long before;

// Each level holds a page of its own and writes all of it.
static int descend(long levels, bool forever)
{
    volatile char frame[FRAME];
    memset((char*)frame, (int)(levels & 0x7F), FRAME);
    if (levels == 0 && !forever)
    {
        printf("pages %lld %lld\n", before, own_pages());
        return frame[levels % FRAME];
    }
    return descend(levels - 1, forever) + frame[FRAME - 1 - (levels % FRAME)];
}

int main(int argc, char** argv)
{
    if (argc != 2)
    {
        fprintf(stderr, "usage: stack_deep MIB|forever\n");
        return 2;
    }
    before = own_pages();
    bool forever = strcmp(argv[1], "forever") == 0;
    long levels = forever ? 0 : atol(argv[1]) * (1024 * 1024 / FRAME);
    int result = descend(levels, forever);
    return result == -1 ? 3 : 0; // keeps the recursion from being folded away
}

#include <errno.h>
#include <sys/mman.h>
#include <sys/proc.h>

#define MAP_KNOWN (MAP_SHARED | MAP_PRIVATE | MAP_FIXED | MAP_ANONYMOUS)
#define PROT_KNOWN (PROT_READ | PROT_WRITE | PROT_EXEC)

// 0 if mmap's arguments are something mem_map() can do, else the error.
static int mmap_check(size_t length, int protection, int flags, int fd, off_t offset)
{
    int sharing = flags & (MAP_SHARED | MAP_PRIVATE);
    if (length == 0 || offset != 0 || (flags & ~MAP_KNOWN) != 0 || (protection & ~PROT_KNOWN) != 0 ||
        (sharing != MAP_SHARED && sharing != MAP_PRIVATE))
    {
        return EINVAL;
    }
    if ((flags & MAP_FIXED) || (!(flags & MAP_ANONYMOUS) && sharing == MAP_PRIVATE))
    {
        return ENOTSUP;
    }
    if (!(flags & MAP_ANONYMOUS) && fd < 0)
    {
        return EBADF;
    }
    return 0;
}

void* mmap(void* address, size_t length, int protection, int flags, int fd, off_t offset)
{
    int error = mmap_check(length, protection, flags, fd, offset);
    if (error != 0)
    {
        errno = error;
        return MAP_FAILED;
    }
    void* mapped = mem_map((flags & MAP_ANONYMOUS) ? -1 : fd, address, length, protection);
    return mapped == NULL ? MAP_FAILED : mapped;
}

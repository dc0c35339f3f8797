// System calls for memory: mapping, unmapping and protecting user pages.
#include "handlers.h"

#include <kernel/mem/user_copy.h>
#include <kernel/mem/pmm.h>
#include <kernel/mem/vmm.h>
#include <kernel/proc/fd.h>

#include <errno.h>
#include <sys/proc.h>

static uint32_t sys_vmm_flags(int protection)
{
    return VMM_USER | (protection & PROT_WRITE ? VMM_WRITE : 0) | (protection & PROT_EXEC ? VMM_EXEC : 0);
}

// A page-aligned range inside user space, or -EINVAL / -EFAULT.
static int sys_user_pages(uint64_t address, uint64_t length, uint64_t* pages)
{
    if (length == 0 || address % PAGE_SIZE != 0)
    {
        return -EINVAL;
    }
    if (length > VMM_USER_END || !user_range_valid((void*)address, length))
    {
        return -EFAULT;
    }
    *pages = PAGES(length);
    return 0;
}

static int64_t sys_mmap_file(fd_t fd, uint64_t pages, uint32_t flags)
{
    process_t* process = process_current();
    file_t* file = fd_get(process, fd);
    if (file == NULL)
    {
        return -EBADF;
    }
    int64_t result = file_mmap(file, process->space, pages, flags);
    file_put(file);
    return result;
}

int64_t sys_mmap(fd_t fd, void* address_hint, size_t length, int protection)
{
    uint64_t hint = (uint64_t)address_hint;
    if (length == 0 || length > VMM_USER_END || (protection & ~(PROT_READ | PROT_WRITE | PROT_EXEC)) != 0 ||
        protection == PROT_NONE)
    {
        return -EINVAL;
    }
    uint64_t pages = PAGES(length);
    if (fd != -1)
    {
        return sys_mmap_file(fd, pages, sys_vmm_flags(protection));
    }
    space_t* space = process_current()->space;
    // Promised now, zero-filled page by page as the program touches them:
    // a large mapping costs nothing up front and never holds the space's
    // lock for long, and one memory cannot back is refused here (ENOMEM).
    uint32_t flags = sys_vmm_flags(protection) | VMM_LAZY;
    uint64_t address = 0;
    // The hint is used when it is free; anywhere else otherwise.
    if (hint != 0 && hint % PAGE_SIZE == 0 && user_range_valid((void*)hint, pages * PAGE_SIZE))
    {
        address = vmm_alloc(space, hint, pages, flags);
    }
    if (address == 0)
    {
        address = vmm_alloc(space, 0, pages, flags);
    }
    return address != 0 ? (int64_t)address : -ENOMEM;
}

int64_t sys_munmap(void* address, size_t length)
{
    uint64_t start = (uint64_t)address, pages;
    int result = sys_user_pages(start, length, &pages);
    if (result != 0)
    {
        return result;
    }
    space_t* space = process_current()->space;
    // Like any other pointer argument, a range with an unmapped page is EFAULT.
    return vmm_range_in_use(space, start, pages) ? vmm_unmap(space, start, pages) : -EFAULT;
}

int64_t sys_mprotect(void* address, size_t length, int protection)
{
    uint64_t start = (uint64_t)address, pages;
    int result = sys_user_pages(start, length, &pages);
    if (result != 0)
    {
        return result;
    }
    if ((protection & ~(PROT_READ | PROT_WRITE | PROT_EXEC)) != 0 || protection == PROT_NONE)
    {
        return -EINVAL;
    }
    result = vmm_protect(process_current()->space, start, pages, sys_vmm_flags(protection));
    return result == -ENOENT ? -EFAULT : result;
}

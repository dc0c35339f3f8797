/**
 * @file sys/mman.h
 * @brief POSIX's mmap, munmap and mprotect, on the native mem_map().
 *
 * What mmap can map:
 * - MAP_ANONYMOUS with MAP_PRIVATE: zeroed memory (mem_map(-1, ...)).
 *   MAP_ANONYMOUS with MAP_SHARED gives the same: there is no fork, so
 *   no other process could share it. @p fd is ignored, @p offset must be 0.
 * - MAP_SHARED of a descriptor the kernel can map (shared memory from
 *   sys:/shm, the framebuffer), from @p offset 0.
 * Anything else fails: ENOTSUP for MAP_PRIVATE of a descriptor (files are
 * not mapped copy-on-write) and for MAP_FIXED (the address is only a
 * hint to the kernel); EINVAL for a length of 0, a nonzero offset,
 * neither or both of MAP_PRIVATE and MAP_SHARED, unknown flags or
 * protections; EBADF and the others from mem_map() for the descriptor.
 */
#ifndef _SYS_MMAN_H
#define _SYS_MMAN_H 1

#include <sys/types.h>

/** Protections (as sys/proc.h). */
#define PROT_NONE 0x0
#define PROT_READ 0x1
#define PROT_WRITE 0x2
#define PROT_EXEC 0x4

/** Mapping flags (Linux's numbers). */
#define MAP_SHARED 0x01
#define MAP_PRIVATE 0x02
#define MAP_FIXED 0x10
#define MAP_ANONYMOUS 0x20
/** The older name of MAP_ANONYMOUS. */
#define MAP_ANON MAP_ANONYMOUS

/** What mmap returns on failure. */
#define MAP_FAILED ((void*)-1)

/**
 * Map @p length bytes (rounded up to pages) as described above, near
 * @p address (a hint; NULL: anywhere). Returns the address, or MAP_FAILED
 * with errno set.
 */
void* mmap(void* address, size_t length, int protection, int flags, int fd, off_t offset);

/** Unmap pages mapped with mmap() (or mem_map()). */
int munmap(void* address, size_t length);

/** Change the protection of mapped pages (PROT_ values ORed). */
int mprotect(void* address, size_t length, int protection);

#endif

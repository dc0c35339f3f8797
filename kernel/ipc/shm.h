// Shared memory as files.
//
// Opening sys:/shm/new makes a shared-memory object; reading the handle
// gives its id, and the object is also sys:/shm/<id>/data, which another
// process opens to share it. mmap on either file maps the object's pages:
// the first mapping decides the size (later ones may map as much or less).
// The object lives while a handle or file is open or a mapping exists
// anywhere; the mappings are counted by the VMM's callbacks, so a process
// that exits without unmapping still lets it go.
#ifndef KERNEL_IPC_SHM_H
#define KERNEL_IPC_SHM_H 1

#include <kernel/fs/sysdev.h>

#include <stdint.h>

/** sys:/shm: "new", and a directory <id> with "data" for each object alive. */
extern const sysdev_t shm_device;

/** Shared-memory objects alive now (for the tests). */
uint64_t shm_count(void);

#endif

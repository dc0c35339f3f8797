// sys: — files the kernel provides: processes, statistics, devices,
// sockets. A subsystem makes a directory and puts files in it, each with
// its own file_ops_t and a data pointer; opening one calls ops->open with
// file->data set, where the subsystem may take a reference on its object
// (or refuse with a negated errno, for example -EPERM).
//
// Removing a directory takes it and everything under it out of the tree at
// once; files already open stay usable, so their ops must keep their data
// alive between open and close. sysfs_dir_remove also waits for opens of
// its files that are still inside their open hook, so once it returns no
// hook will see the removed files' data again: the subsystem may free it
// (except what open hooks took references on). Hence an open hook must not
// remove the directory of the file being opened; it may add entries.
//
// Every function here may sleep (the tree has an rwlock): call them from
// thread context without spinlocks held. They may be called before
// sysfs_init; the tree is only mounted as sys: then.
#ifndef KERNEL_FS_SYSFS_H
#define KERNEL_FS_SYSFS_H 1

#include "file.h"

typedef struct sysfs_dir sysfs_dir_t;

/** The root directory of sys:. */
sysfs_dir_t* sysfs_root(void);

/** A new directory @p name in @p parent (NULL: the root); NULL if the name is taken or memory is out. */
sysfs_dir_t* sysfs_dir_new(sysfs_dir_t* parent, const char* name);

/** Take @p dir (not the root) and everything under it out of sys: and free the directories. */
void sysfs_dir_remove(sysfs_dir_t* dir);

/** Add a file; 0, -EEXIST or -ENOMEM. @p ops must outlive the file. */
int sysfs_file_new(sysfs_dir_t* dir, const char* name, const file_ops_t* ops, void* data);

/** Mount sys: (vfs_init calls it). */
void sysfs_init(void);

#endif

// The device table of sys: (docs/devices.md), after Plan 9's Dev.
//
// Every service the kernel shows in sys: (processes, pipes, sockets, the
// console, statistics...) is one sysdev_t: where it sits in sys: and a
// few functions that describe its directories when asked. Nothing is
// built in advance and nothing is taken down: listing sys:/proc asks the
// proc device for its entries, which it makes from the process table at
// that moment; opening sys:/proc/12/status asks it for "12", then for
// "status" in that directory. A process that has gone simply is not
// found any more.
//
// What a name stands for is a qid: the device's own number for the kind
// of directory or file (type) and the object it is about (id: a pid, a
// socket's id; 0 for none). A file's open hook (file_ops_t.open) gets
// that id, looks its object up in the device's table of live objects and
// takes a reference (or refuses: -ENOENT when it has gone), and keeps it
// as file->object until its close hook. Its other hooks check, at each
// use, that the object can still do what is asked (a closed socket, a
// pty that hung up, answer with an error). So a file that outlives its
// object never touches freed memory, and an open that races with the
// object's end either finds it or does not: no counts of opens in
// flight, no waiting, no tree to keep in step.
//
// Adding a device: a file with one sysdev_t, and one line in the kernel's
// list of devices (kernel/init/devices.c). The hooks may sleep; they run
// in thread context without locks held by sys: itself, and must take
// whatever locks guard their objects.
#ifndef KERNEL_FS_SYSDEV_H
#define KERNEL_FS_SYSDEV_H 1

#include "file.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/io.h>

/** What a sys: name stands for, as its device numbers it. */
typedef struct
{
    uint32_t type; /**< which of the device's directories (SYSDEV_ROOT: its own) */
    uint64_t id;   /**< the object it is about: a pid, a socket's id; 0 for none */
} sysdev_qid_t;

/** The type of a device's own node: its directory, or the device's one file. */
#define SYSDEV_ROOT 0

/** One name in a device's directory, as its gen or walk hook describes it. */
typedef struct
{
    char name[MAX_NAME];
    sysdev_qid_t qid;      /**< for a file only the id counts: its open hook gets it */
    const file_ops_t* ops; /**< a file's operations; NULL for a directory */
} sysdev_entry_t;

typedef struct sysdev
{
    /**
     * Where the device sits in sys:, without the leading '/': "proc",
     * "console", or deeper, "net/local", "stat/mem" (the directories on
     * the way, "net" and "stat", are made from the paths of the devices
     * under them).
     */
    const char* path;
    /** A device that is one file (sys:/console): its operations; gen and walk are then unused. */
    const file_ops_t* file;
    /**
     * Entry @p index (0, 1, ...) of the device's directory @p dir into
     * @p entry: 0, or -ENOENT past the last one. Entries may come and go
     * between calls (a process exits); listing asks for one index after
     * another. A directory whose object has gone has no entries.
     */
    int (*gen)(const sysdev_qid_t* dir, uint64_t index, sysdev_entry_t* entry);
    /**
     * The entry called @p name in directory @p dir: 0, or -ENOENT.
     * Optional: without it, the entries gen gives are compared one by one.
     */
    int (*walk)(const sysdev_qid_t* dir, const char* name, sysdev_entry_t* entry);
    /** Optional: false while there is nothing to serve (no framebuffer); the path does not exist then. */
    bool (*present)(void);
} sysdev_t;

/** A list of devices, in the order the directories that hold them list them. */
typedef struct
{
    const sysdev_t* const* devices;
    size_t count;
} sysdev_table_t;

/** One file of a fixed list (a process's ctl, status, ...). */
typedef struct
{
    const char* name;
    const file_ops_t* ops;
} sysdev_file_t;

/** Make @p entry the file @p name, with @p ops, about object @p id. */
void sysdev_entry_file(sysdev_entry_t* entry, const char* name, const file_ops_t* ops, uint64_t id);

/** Make @p entry the directory of object @p id, of @p type, named by the id in decimal ("12"). */
void sysdev_entry_object(sysdev_entry_t* entry, uint32_t type, uint64_t id);

/**
 * Entry @p index of the @p count files in @p files, all about object
 * @p id: 0, or -ENOENT past the last.
 */
int sysdev_gen_files(const sysdev_file_t* files, size_t count, uint64_t id, uint64_t index, sysdev_entry_t* entry);

/**
 * The file called @p name among the @p count files in @p files, about
 * object @p id: 0, or -ENOENT. For a walk hook that has already checked
 * the object once.
 */
int sysdev_walk_files(const sysdev_file_t* files, size_t count, uint64_t id, const char* name, sysdev_entry_t* entry);

/**
 * The entry @p name of directory @p dir of @p device, found by asking
 * its gen hook for one entry after another: 0 or -ENOENT.
 */
int sysdev_walk_gen(const sysdev_t* device, const sysdev_qid_t* dir, const char* name, sysdev_entry_t* entry);

/**
 * A device whose directory holds a few files of its own (such as "new")
 * followed by one directory per live object, named by its id, each with
 * the same files: sys:/shm, sys:/pty, sys:/net/local. Its gen and walk
 * hooks hand their arguments to sysdev_objects_gen and
 * sysdev_objects_walk along with this description.
 */
typedef struct
{
    const sysdev_file_t* root_files; /**< the device directory's own files, listed first */
    size_t root_count;
    uint32_t type; /**< the qid type of an object's directory */
    const sysdev_file_t* files; /**< the files in each object's directory */
    size_t count;
    /** Whether object @p id still has its directory (takes and drops a reference). */
    bool (*listed)(uint64_t id);
    /** The id of live object number @p index, in id order; false past the last. */
    bool (*id_at)(uint64_t index, uint64_t* id);
} sysdev_objects_t;

/** A gen hook for the device @p objects describes. */
int sysdev_objects_gen(const sysdev_objects_t* objects, const sysdev_qid_t* dir, uint64_t index, sysdev_entry_t* entry);

/**
 * A walk hook for the device @p objects describes: an object's directory
 * is checked here, its files again at open.
 */
int sysdev_objects_walk(const sysdev_objects_t* objects, const sysdev_qid_t* dir, const char* name, sysdev_entry_t* entry);

/**
 * The id a directory name stands for: decimal digits without a leading
 * zero, not 0, fitting 64 bits. False for any other name, so "012" or
 * "+12" never alias "12".
 */
bool sysdev_name_id(const char* name, uint64_t* id);

#endif

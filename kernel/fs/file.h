// Open files: what a descriptor refers to.
//
// A file_t is created by a file system when a path is opened (or by a
// subsystem for files with no path, such as a pipe's ends). It is
// reference counted: each descriptor that refers to it holds one reference
// (dup and spawn add more); the file system's close hook runs when the last
// one is dropped. All buffers passed to the operations are kernel memory:
// the system-call layer copies to and from user space.
#ifndef KERNEL_FS_FILE_H
#define KERNEL_FS_FILE_H 1

#include <kernel/sched/mutex.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/io.h>

/** Flags from the path ("?nonblock&create"), see vfs_flags_parse. */
#define FILE_NONBLOCK 0x1
#define FILE_CREATE 0x2
#define FILE_TRUNC 0x4
#define FILE_APPEND 0x8
#define FILE_DIR 0x10
#define FILE_EXCL 0x20

/**
 * The flags of an open file that may change while it is open (io_fd_flags
 * in sys/io.h); the others only matter while it is being opened.
 */
#define FILE_STATUS_FLAGS (FILE_NONBLOCK | FILE_APPEND)

/**
 * What kind of file a file_ops_t serves, as stat and fstat report it (the
 * STAT_ types of sys/io.h). The zero value is a device, so that a kernel
 * file nobody classified never passes for a terminal or a plain file.
 */
typedef enum
{
    FILE_KIND_DEVICE = 0, /**< STAT_DEVICE: kernel-provided (sys: files, framebuffer, input...) */
    FILE_KIND_CONSOLE,    /**< STAT_CONSOLE: the console a person types at */
    FILE_KIND_PIPE,       /**< STAT_PIPE: an end of a pipe */
    FILE_KIND_REGULAR,    /**< STAT_FILE: bytes stored by a file system */
    FILE_KIND_DIR,        /**< STAT_DIR */
} file_kind_t;

/** The STAT_ type of @p kind. */
uint32_t file_kind_stat_type(file_kind_t kind);

typedef struct file file_t;
struct space;

/**
 * What a kind of file can do. Any hook may be NULL: read, write, mmap and
 * truncate then fail with -EINVAL, seek with -ESPIPE, readdir with
 * -ENOTDIR; poll reports "ready to read and write"; stat leaves what
 * file_stat filled from @c kind; open and close do nothing.
 * read and write use and advance file->offset themselves (the caller holds
 * file->lock around read, write, seek and readdir, unless @c concurrent
 * says they need no lock); they return the bytes
 * done or a negated errno (-EAGAIN when FILE_NONBLOCK is set and they would
 * wait).
 */
typedef struct
{
    /** What stat reports as the file's type. */
    file_kind_t kind;
    /**
     * read and write keep no offset and lock what they share themselves,
     * so file->lock is not taken around them: a read waiting for input
     * then never holds up a write through the same file. Files read and
     * written by several processes at once (the console, a terminal's
     * tty) need this: a shell waiting for a line must not stop a
     * background program's output. (A pipe's end is either read or
     * written, and its lock keeps the writes that share it whole.)
     */
    bool concurrent;
    /**
     * sys: files (sysdev.h): called once the file_t exists, with the id of
     * the object the path named (0 for none); finds the object, takes a
     * reference and keeps it as file->object, or refuses with a negated
     * errno (-ENOENT: it has gone). A refused file is freed without close.
     */
    int (*open)(file_t* file, uint64_t id);
    ssize_t (*read)(file_t* file, void* buffer, size_t count);
    ssize_t (*write)(file_t* file, const void* buffer, size_t count);
    /** The new offset, or a negated errno (origin is SEEK_SET, SEEK_CUR or SEEK_END). */
    int64_t (*seek)(file_t* file, int64_t offset, int origin);
    /** Up to @p count entries from the file's offset (an entry index); the number given. */
    ssize_t (*readdir)(file_t* file, stat_t* entries, size_t count);
    /** The POLL_ events true now (never blocks). */
    uint16_t (*poll)(file_t* file);
    /**
     * Map @p pages pages of the file's memory (a framebuffer, shared
     * memory) into @p space anywhere, with VMM_ @p flags; the address, or
     * a negated errno.
     */
    int64_t (*mmap)(file_t* file, struct space* space, uint64_t pages, uint32_t flags);
    /**
     * For files opened with open2 (a pipe's "new" file): make the two ends,
     * each a new file with one reference, into @p ends. NULL: -EINVAL.
     */
    int (*open2)(file_t* file, file_t* ends[2]);
    /**
     * Fill in what the file system knows beyond the type (name, size);
     * @p info arrives zeroed with its type set from @c kind. 0 or a negated errno.
     */
    int (*stat)(file_t* file, stat_t* info);
    /**
     * Make the file @p length bytes long: cut, or grown with zero bytes.
     * Offsets do not move. 0 or a negated errno.
     */
    int (*truncate)(file_t* file, uint64_t length);
    /** The last reference is gone; free what open or the file system set up. */
    void (*close)(file_t* file);
} file_ops_t;

struct file
{
    const file_ops_t* ops;
    volatile uint32_t refs;
    /**
     * FILE_ flags from the path. The FILE_STATUS_FLAGS bits may change
     * while the file is in use: read them with file_flags, change them
     * with file_flags_change.
     */
    uint32_t flags;
    mutex_t lock;   /**< serialises read, write, seek and readdir */
    uint64_t offset;
    /**
     * What the file is about (a ramfs node, a pipe, a process, a socket),
     * owned by the file: set by whoever makes it (file_new) or by its
     * open hook, with a reference where the object is counted, and let go
     * by its close hook. It does not change while the file is open.
     */
    void* object;
};

/** A new file about @p object with one reference; ops->open is NOT called. NULL when out of memory. */
file_t* file_new(const file_ops_t* ops, void* object, uint32_t flags);

void file_ref(file_t* file);

/**
 * Free a file whose ops->open refused it (one reference, never handed
 * out): unlike file_put, the close hook does not run.
 */
void file_free(file_t* file);

/** Drop a reference; the last one runs ops->close and frees the file. */
void file_put(file_t* file);

// The operations, with the checks for missing hooks and the file's lock
// taken where the contract above says so. That lock is a mutex, so they may
// sleep (and so may file_put, through a close hook): thread context only,
// no spinlocks held. file_poll takes no lock.
ssize_t file_read(file_t* file, void* buffer, size_t count);
ssize_t file_write(file_t* file, const void* buffer, size_t count);
int64_t file_seek(file_t* file, int64_t offset, int origin);
ssize_t file_readdir(file_t* file, stat_t* entries, size_t count);
uint16_t file_poll(file_t* file);
int64_t file_mmap(file_t* file, struct space* space, uint64_t pages, uint32_t flags);

/** Describe @p file: its type from ops->kind, then the stat hook's details. */
int file_stat(file_t* file, stat_t* info);

/** Resize a file (the truncate hook); -EINVAL without one. */
int file_truncate(file_t* file, uint64_t length);

/** The file's FILE_ flags now (an atomic read: they may change meanwhile). */
uint32_t file_flags(const file_t* file);

/**
 * Set then clear FILE_STATUS_FLAGS bits of @p file in one atomic step, so
 * changes made at once through several descriptors are never lost; reads
 * and writes in progress see either the old or the new flags. Returns the
 * flags after the change.
 */
uint32_t file_flags_change(file_t* file, uint32_t set, uint32_t clear);

/**
 * Help for files whose content is a generated text: serve @p count bytes
 * at file->offset from @p text (@p length bytes) and advance the offset.
 */
ssize_t file_read_text(file_t* file, void* buffer, size_t count, const char* text, size_t length);

/** file_read_text of @p value in decimal (a handle that reads as its object's id). */
ssize_t file_read_number(file_t* file, void* buffer, size_t count, uint64_t value);

/**
 * Help for a seek hook: move file->offset relative to the start, the
 * current offset or @p size (the end); it may go past the end but not
 * below 0 (-EINVAL, as is an unknown origin). The new offset.
 */
int64_t file_seek_within(file_t* file, int64_t offset, int origin, uint64_t size);

#endif

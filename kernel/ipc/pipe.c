#include "pipe.h"

#include <kernel/fs/vfs.h>
#include <kernel/mem/heap.h>
#include <kernel/sched/sched.h>
#include <kernel/sched/waitqueue.h>

#include <errno.h>
#include <string.h>

typedef struct
{
    spinlock_t lock;
    uint8_t* buffer;
    size_t head;  /**< the oldest byte */
    size_t count; /**< bytes waiting */
    bool reader_open;
    bool writer_open;
    wait_queue_t readers; /**< waiting for data or for the writers to go */
    wait_queue_t writers; /**< waiting for room or for the readers to go */
} pipe_t;

static const file_ops_t pipe_read_ops;

// The two ends share the pipe; their operations tell them apart.
static bool pipe_is_reading_end(const file_t* file)
{
    return file->ops == &pipe_read_ops;
}

// Something changed that waiters of either kind may care about.
static void pipe_wake_locked(pipe_t* pipe)
{
    wait_wake(&pipe->readers, UINT32_MAX);
    wait_wake(&pipe->writers, UINT32_MAX);
}

// Wait on @p queue (lock held); -EINTR if the thread is being ended.
static int pipe_wait_locked(pipe_t* pipe, wait_queue_t* queue)
{
    return wait_block(queue, &pipe->lock, 0) == WAIT_INTERRUPTED ? -EINTR : 0;
}

// The copies in and out are made without the pipe's lock, on parts of
// the ring the other side leaves alone: the reader's bytes stay counted
// until it is done with them, the writer's are counted only once they are
// in. An end is one file, whose reads and writes file.c makes one at a
// time (pipes are not `concurrent`), so one reader and one writer copy
// at once. A copy of up to 64 KiB under the lock kept it taken most of
// the time; under emulation the host could stop the CPU holding it in the
// middle, and the other end then spun for the rest of the host's tick,
// 4 ms, for every piece (docs/benchmarks.md).
static ssize_t pipe_read(file_t* file, void* buffer, size_t count)
{
    pipe_t* pipe = file->object;
    spin_lock(&pipe->lock);
    while (pipe->count == 0 && count > 0)
    {
        int result = !pipe->writer_open ? 1 : (file_flags(file) & FILE_NONBLOCK) ? -EAGAIN : pipe_wait_locked(pipe, &pipe->readers);
        if (result != 0)
        {
            spin_unlock(&pipe->lock);
            return result > 0 ? 0 : result; // 1: end of file
        }
    }
    size_t taken = count < pipe->count ? count : pipe->count;
    size_t head = pipe->head;
    spin_unlock(&pipe->lock);
    for (size_t done = 0; done < taken;)
    {
        size_t run = PIPE_CAPACITY - head;
        run = run < taken - done ? run : taken - done;
        memcpy((uint8_t*)buffer + done, pipe->buffer + head, run);
        head = (head + run) % PIPE_CAPACITY;
        done += run;
    }
    spin_lock(&pipe->lock);
    pipe->head = head;
    pipe->count -= taken;
    wait_wake(&pipe->writers, UINT32_MAX);
    spin_unlock(&pipe->lock);
    vfs_poll_notify();
    return (ssize_t)taken;
}

static ssize_t pipe_write(file_t* file, const void* buffer, size_t count)
{
    pipe_t* pipe = file->object;
    size_t written = 0;
    int error = 0;
    spin_lock(&pipe->lock);
    while (written < count)
    {
        if (!pipe->reader_open)
        {
            error = -EPIPE;
            break;
        }
        if (pipe->count == PIPE_CAPACITY)
        {
            // Readers are woken once per write, or here, before the writer
            // waits for room: a reader on another CPU then gets a wrapped
            // write in one read, not its first piece while the second is
            // still being copied in.
            wait_wake(&pipe->readers, UINT32_MAX);
            error = (file_flags(file) & FILE_NONBLOCK) ? -EAGAIN : pipe_wait_locked(pipe, &pipe->writers);
            if (error != 0)
            {
                break;
            }
            continue;
        }
        // From the tail to the end of the buffer, or to the head when the
        // data wraps around: whichever is less.
        size_t tail = (pipe->head + pipe->count) % PIPE_CAPACITY;
        size_t room = PIPE_CAPACITY - pipe->count;
        size_t run = PIPE_CAPACITY - tail;
        run = run < room ? run : room;
        run = run < count - written ? run : count - written;
        spin_unlock(&pipe->lock);
        memcpy(pipe->buffer + tail, (const uint8_t*)buffer + written, run);
        spin_lock(&pipe->lock);
        pipe->count += run;
        written += run;
    }
    if (written > 0)
    {
        wait_wake(&pipe->readers, UINT32_MAX);
    }
    spin_unlock(&pipe->lock);
    vfs_poll_notify();
    return written > 0 ? (ssize_t)written : error;
}

static uint16_t pipe_poll(file_t* file)
{
    pipe_t* pipe = file->object;
    bool reading_end = pipe_is_reading_end(file);
    spin_lock(&pipe->lock);
    uint16_t events = 0;
    if (reading_end)
    {
        events |= pipe->count > 0 || !pipe->writer_open ? POLL_READ : 0;
        events |= !pipe->writer_open ? POLL_HANGUP : 0;
    }
    else
    {
        events |= pipe->count < PIPE_CAPACITY && pipe->reader_open ? POLL_WRITE : 0;
        events |= !pipe->reader_open ? POLL_ERROR : 0;
    }
    spin_unlock(&pipe->lock);
    return events;
}

static void pipe_close(file_t* file)
{
    pipe_t* pipe = file->object;
    bool freed;
    spin_lock(&pipe->lock);
    if (pipe_is_reading_end(file))
    {
        pipe->reader_open = false;
    }
    else
    {
        pipe->writer_open = false;
    }
    pipe_wake_locked(pipe);
    freed = !pipe->reader_open && !pipe->writer_open;
    spin_unlock(&pipe->lock);
    vfs_poll_notify();
    if (freed)
    {
        kfree(pipe->buffer);
        kfree(pipe);
    }
}

// Each end's ops refuse the other end's operation.
static ssize_t pipe_refuse_write(file_t* file, const void* buffer, size_t count)
{
    (void)file, (void)buffer, (void)count;
    return -EBADF;
}

static ssize_t pipe_refuse_read(file_t* file, void* buffer, size_t count)
{
    (void)file, (void)buffer, (void)count;
    return -EBADF;
}

static const file_ops_t pipe_read_ops = {.kind = FILE_KIND_PIPE,
    .read = pipe_read, .write = pipe_refuse_write, .poll = pipe_poll, .close = pipe_close};
static const file_ops_t pipe_write_ops = {.kind = FILE_KIND_PIPE,
    .read = pipe_refuse_read, .write = pipe_write, .poll = pipe_poll, .close = pipe_close};

int pipe_create(uint32_t flags, file_t* ends[2])
{
    pipe_t* pipe = kcalloc(1, sizeof(pipe_t));
    uint8_t* buffer = kmalloc(PIPE_CAPACITY);
    flags &= FILE_NONBLOCK;
    file_t* reader = file_new(&pipe_read_ops, pipe, flags);
    file_t* writer = file_new(&pipe_write_ops, pipe, flags);
    if (pipe == NULL || buffer == NULL || reader == NULL || writer == NULL)
    {
        if (reader != NULL)
        {
            file_free(reader);
        }
        if (writer != NULL)
        {
            file_free(writer);
        }
        kfree(buffer);
        kfree(pipe);
        return -ENOMEM;
    }
    spinlock_init(&pipe->lock);
    wait_queue_init(&pipe->readers);
    wait_queue_init(&pipe->writers);
    pipe->buffer = buffer;
    pipe->reader_open = true;
    pipe->writer_open = true;
    ends[0] = reader;
    ends[1] = writer;
    return 0;
}

static int pipe_new_open2(file_t* file, file_t* ends[2])
{
    return pipe_create(file_flags(file), ends);
}

static const file_ops_t pipe_new_ops = {.open2 = pipe_new_open2};

static const sysdev_file_t pipe_files[] = {{"new", &pipe_new_ops}};

static int pipe_gen(const sysdev_qid_t* dir, uint64_t index, sysdev_entry_t* entry)
{
    (void)dir; // sys:/pipe, the device's one directory
    return sysdev_gen_files(pipe_files, 1, 0, index, entry);
}

const sysdev_t pipe_device = {.path = "pipe", .gen = pipe_gen};

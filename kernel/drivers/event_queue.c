#include "event_queue.h"

#include <kernel/fs/vfs.h>
#include <kernel/sched/sched.h>

#include <errno.h>
#include <string.h>
#include <sys/io.h>

void event_queue_init(event_queue_t* queue, size_t record_size)
{
    memset(queue, 0, sizeof(*queue));
    spinlock_init(&queue->lock);
    wait_queue_init(&queue->readers);
    queue->record_size = record_size;
}

void event_queue_push(event_queue_t* queue, const void* record)
{
    spin_lock(&queue->lock);
    if (queue->count == EVENT_QUEUE_CAPACITY)
    {
        queue->head = (queue->head + 1) % EVENT_QUEUE_CAPACITY;
        queue->count--;
        queue->dropped++;
    }
    size_t tail = (queue->head + queue->count) % EVENT_QUEUE_CAPACITY;
    memcpy(queue->records[tail], record, queue->record_size);
    queue->count++;
    wait_wake(&queue->readers, UINT32_MAX);
    spin_unlock(&queue->lock);
    vfs_poll_notify();
}

ssize_t event_queue_read(event_queue_t* queue, void* buffer, size_t count, bool nonblock)
{
    if (count < queue->record_size)
    {
        return -EINVAL;
    }
    spin_lock(&queue->lock);
    while (queue->count == 0)
    {
        if (nonblock)
        {
            spin_unlock(&queue->lock);
            return -EAGAIN;
        }
        if (wait_block(&queue->readers, &queue->lock, 0) == WAIT_INTERRUPTED)
        {
            spin_unlock(&queue->lock);
            return -EINTR;
        }
    }
    size_t stored = 0;
    while (queue->count > 0 && count - stored >= queue->record_size)
    {
        memcpy((uint8_t*)buffer + stored, queue->records[queue->head], queue->record_size);
        queue->head = (queue->head + 1) % EVENT_QUEUE_CAPACITY;
        queue->count--;
        stored += queue->record_size;
    }
    spin_unlock(&queue->lock);
    return (ssize_t)stored;
}

uint16_t event_queue_poll(event_queue_t* queue)
{
    spin_lock(&queue->lock);
    uint16_t events = queue->count > 0 ? POLL_READ : 0;
    spin_unlock(&queue->lock);
    return events;
}

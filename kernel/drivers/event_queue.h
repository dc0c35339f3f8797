// A queue of fixed-size input events between an interrupt handler, which
// adds them, and the threads that read them through a device file.
#ifndef KERNEL_DRIVERS_EVENT_QUEUE_H
#define KERNEL_DRIVERS_EVENT_QUEUE_H 1

#include <kernel/sched/waitqueue.h>
#include <kernel/sync/spinlock.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define EVENT_QUEUE_CAPACITY 256
#define EVENT_QUEUE_RECORD_MAX 32

typedef struct
{
    spinlock_t lock;
    wait_queue_t readers;
    size_t record_size;
    size_t head;  /**< the oldest record */
    size_t count;
    uint64_t dropped;
    uint8_t records[EVENT_QUEUE_CAPACITY][EVENT_QUEUE_RECORD_MAX];
} event_queue_t;

void event_queue_init(event_queue_t* queue, size_t record_size);

/** Add a record (safe in an interrupt handler); a full queue drops its oldest. */
void event_queue_push(event_queue_t* queue, const void* record);

/**
 * Take whole records into @p buffer; waits for one unless @p nonblock.
 * Bytes stored, -EINVAL if @p count is smaller than a record, -EAGAIN,
 * -EINTR (the reading thread is being ended).
 */
ssize_t event_queue_read(event_queue_t* queue, void* buffer, size_t count, bool nonblock);

/** POLL_READ if records wait. */
uint16_t event_queue_poll(event_queue_t* queue);

#endif

#include "pipe.h"

#include <kernel/cpu/cpu.h>
#include <kernel/fs/vfs.h>
#include <kernel/sched/sched.h>
#include <kernel/sched/thread.h>
#include <kernel/test/ktest.h>

#include <errno.h>
#include <string.h>

static void pipe_test_close(file_t* ends[2])
{
    file_put(ends[0]);
    file_put(ends[1]);
}

KTEST(pipe, bytes_come_out_in_order_then_end_of_file)
{
    file_t* ends[2];
    KTEST_ASSERT_EQ(vfs_open2(NULL, "sys:/pipe/new", ends), 0);
    ssize_t written = file_write(ends[1], "hello, ", 7);
    ssize_t written2 = file_write(ends[1], "pipe", 4);
    char text[16] = {0};
    ssize_t got = file_read(ends[0], text, sizeof(text));
    file_put(ends[1]); // the writer goes: the reader sees end of file
    ssize_t at_end = file_read(ends[0], text, sizeof(text));
    uint16_t events = file_poll(ends[0]);
    file_put(ends[0]);
    KTEST_ASSERT_EQ(written, 7);
    KTEST_ASSERT_EQ(written2, 4);
    KTEST_ASSERT_EQ(got, 11);
    KTEST_ASSERT(memcmp(text, "hello, pipe", 11) == 0);
    KTEST_ASSERT_EQ(at_end, 0);
    KTEST_ASSERT_EQ(events & (POLL_READ | POLL_HANGUP), POLL_READ | POLL_HANGUP);
}

KTEST(pipe, writing_without_a_reader_fails)
{
    file_t* ends[2];
    KTEST_ASSERT_EQ(pipe_create(0, ends), 0);
    file_put(ends[0]);
    ssize_t result = file_write(ends[1], "x", 1);
    uint16_t events = file_poll(ends[1]);
    file_put(ends[1]);
    KTEST_ASSERT_EQ(result, -EPIPE);
    KTEST_ASSERT(events & POLL_ERROR);
}

KTEST(pipe, nonblocking_ends_say_would_block)
{
    file_t* ends[2];
    KTEST_ASSERT_EQ(vfs_open2(NULL, "sys:/pipe/new?nonblock", ends), 0);
    char byte;
    ssize_t empty = file_read(ends[0], &byte, 1);
    static uint8_t block[PIPE_CAPACITY + 100];
    ssize_t filled = file_write(ends[1], block, sizeof(block));
    ssize_t full = file_write(ends[1], block, 1);
    uint16_t writer_events = file_poll(ends[1]);
    pipe_test_close(ends);
    KTEST_ASSERT_EQ(empty, -EAGAIN);
    KTEST_ASSERT_EQ(filled, PIPE_CAPACITY);
    KTEST_ASSERT_EQ(full, -EAGAIN);
    KTEST_ASSERT_EQ(writer_events & POLL_WRITE, 0);
}

// Nonblock turned on after the pipe was made (io_fd_flags), and off again.
KTEST(pipe, nonblock_changed_while_open)
{
    file_t* ends[2];
    KTEST_ASSERT_EQ(pipe_create(0, ends), 0);
    uint32_t reader_flags = file_flags_change(ends[0], FILE_NONBLOCK, 0);
    uint32_t writer_flags = file_flags_change(ends[1], FILE_NONBLOCK | FILE_CREATE, 0);
    char byte;
    ssize_t empty = file_read(ends[0], &byte, 1);
    static uint8_t block[PIPE_CAPACITY];
    ssize_t filled = file_write(ends[1], block, sizeof(block));
    ssize_t full = file_write(ends[1], block, 1);
    uint32_t cleared = file_flags_change(ends[0], 0, FILE_NONBLOCK);
    ssize_t one = file_read(ends[0], &byte, 1);
    stat_t info;
    int stat_result = file_stat(ends[0], &info);
    pipe_test_close(ends);
    KTEST_ASSERT_EQ(reader_flags, FILE_NONBLOCK);
    KTEST_ASSERT_EQ(writer_flags, FILE_NONBLOCK); // only status flags change
    KTEST_ASSERT_EQ(empty, -EAGAIN);
    KTEST_ASSERT_EQ(filled, PIPE_CAPACITY);
    KTEST_ASSERT_EQ(full, -EAGAIN);
    KTEST_ASSERT_EQ(cleared, 0);
    KTEST_ASSERT_EQ(one, 1);
    KTEST_ASSERT_EQ(stat_result, 0);
    KTEST_ASSERT_EQ(info.type, STAT_PIPE);
    KTEST_ASSERT(strcmp(info.name, "") == 0);
}

KTEST(pipe, wrong_end_and_plain_open2)
{
    file_t* ends[2];
    KTEST_ASSERT_EQ(pipe_create(0, ends), 0);
    char byte = 0;
    ssize_t read_writer = file_read(ends[1], &byte, 1);
    ssize_t write_reader = file_write(ends[0], &byte, 1);
    pipe_test_close(ends);
    KTEST_ASSERT_EQ(read_writer, -EBADF);
    KTEST_ASSERT_EQ(write_reader, -EBADF);
    // A file with one end cannot be opened with open2.
    KTEST_ASSERT_EQ(vfs_open2(NULL, "sys:/stat/mem", ends), -EINVAL);
}

// A writer thread streams more than the pipe holds while this thread
// reads: the blocked writer and reader wake each other, and every byte
// arrives in order.
#define PIPE_TEST_BYTES (PIPE_CAPACITY * 4 + 123)

static void pipe_test_writer(void* argument)
{
    file_t* writer = argument;
    uint8_t chunk[1000];
    for (size_t sent = 0; sent < PIPE_TEST_BYTES;)
    {
        size_t length = PIPE_TEST_BYTES - sent < sizeof(chunk) ? PIPE_TEST_BYTES - sent : sizeof(chunk);
        for (size_t i = 0; i < length; i++)
        {
            chunk[i] = (uint8_t)((sent + i) * 7);
        }
        ssize_t done = file_write(writer, chunk, length);
        if (done <= 0)
        {
            break;
        }
        sent += (size_t)done;
    }
    file_put(writer);
}

KTEST(pipe, stream_between_threads)
{
    file_t* ends[2];
    KTEST_ASSERT_EQ(pipe_create(0, ends), 0);
    thread_t* writer = thread_create("pipe writer", pipe_test_writer, ends[1], SCHED_PRIORITY_DEFAULT, THREAD_ANY_CPU);
    KTEST_ASSERT(writer != NULL);
    static uint8_t received[PIPE_TEST_BYTES];
    size_t total = 0;
    for (;;)
    {
        ssize_t got = file_read(ends[0], received + total, sizeof(received) - total);
        if (got <= 0)
        {
            break;
        }
        total += (size_t)got;
    }
    thread_join(writer);
    file_put(ends[0]);
    KTEST_ASSERT_EQ(total, PIPE_TEST_BYTES);
    for (size_t i = 0; i < total; i++)
    {
        KTEST_ASSERT_EQ(received[i], (uint8_t)(i * 7));
    }
}

// Several writers and readers at once, the readers polling on two CPUs.
// Each record is 8 bytes (a writer's number and a sequence number),
// written and read whole. The copies are made outside the pipe's lock: a
// reader that took bytes not yet copied in, or a writer that wrote over
// bytes not yet copied out, would show as torn, lost or doubled records.
#define PIPE_TEST_WRITERS 3
#define PIPE_TEST_READERS 2
#define PIPE_TEST_RECORDS 20000
#define PIPE_TEST_BATCH 32   // records per write
#define PIPE_TEST_READ 512   // records a read asks for: long copies, which a second reader could overlap

typedef struct
{
    file_t* end;
    uint32_t id;
    volatile uint8_t* seen; // one byte per record, shared by the readers
    volatile uint32_t bad;  // records torn, out of range, or seen twice
    volatile uint32_t out_of_order;
    void* buffer; // a reader's, PIPE_TEST_READ records
} pipe_crowd_t;

static void pipe_crowd_writer(void* argument)
{
    pipe_crowd_t* crowd = argument;
    uint32_t batch[PIPE_TEST_BATCH][2];
    for (uint32_t seq = 0; seq < PIPE_TEST_RECORDS;)
    {
        uint32_t n = 0;
        for (; n < PIPE_TEST_BATCH && seq + n < PIPE_TEST_RECORDS; n++)
        {
            batch[n][0] = crowd->id;
            batch[n][1] = seq + n;
        }
        if (file_write(crowd->end, batch, n * 8) != (ssize_t)(n * 8))
        {
            break;
        }
        seq += n;
    }
    file_put(crowd->end);
}

static void pipe_crowd_reader(void* argument)
{
    pipe_crowd_t* crowd = argument;
    uint32_t(*records)[2] = crowd->buffer;
    int64_t last[PIPE_TEST_WRITERS]; // each writer's last sequence number this reader got
    for (int i = 0; i < PIPE_TEST_WRITERS; i++)
    {
        last[i] = -1;
    }
    for (;;)
    {
        ssize_t got = file_read(crowd->end, records, PIPE_TEST_READ * 8);
        if (got == -EAGAIN)
        {
            sched_yield(); // the readers poll, so both are after every byte as soon as it comes
            continue;
        }
        if (got <= 0)
        {
            break;
        }
        if (got % 8 != 0)
        {
            __atomic_fetch_add(&crowd->bad, 1, __ATOMIC_RELAXED);
            break;
        }
        for (ssize_t i = 0; i < got / 8; i++)
        {
            uint32_t writer = records[i][0];
            uint32_t seq = records[i][1];
            if (writer >= PIPE_TEST_WRITERS || seq >= PIPE_TEST_RECORDS ||
                __atomic_exchange_n(&crowd->seen[writer * PIPE_TEST_RECORDS + seq], 1, __ATOMIC_RELAXED) != 0)
            {
                __atomic_fetch_add(&crowd->bad, 1, __ATOMIC_RELAXED);
                continue;
            }
            // One reader at a time takes from the front, so what one
            // reader gets of a writer's records comes in its order.
            if ((int64_t)seq <= last[writer])
            {
                __atomic_fetch_add(&crowd->out_of_order, 1, __ATOMIC_RELAXED);
            }
            last[writer] = seq;
        }
    }
    file_put(crowd->end);
}

KTEST(pipe, many_writers_and_readers_keep_records_whole)
{
    static uint8_t seen[PIPE_TEST_WRITERS * PIPE_TEST_RECORDS];
    static pipe_crowd_t writers[PIPE_TEST_WRITERS];
    static pipe_crowd_t readers[PIPE_TEST_READERS];
    static uint32_t buffers[PIPE_TEST_READERS][PIPE_TEST_READ][2];
    memset(seen, 0, sizeof(seen));
    file_t* ends[2];
    KTEST_ASSERT_EQ(pipe_create(0, ends), 0);
    file_flags_change(ends[0], FILE_NONBLOCK, 0);
    thread_t* threads[PIPE_TEST_WRITERS + PIPE_TEST_READERS];
    for (uint32_t i = 0; i < PIPE_TEST_READERS; i++)
    {
        file_ref(ends[0]);
        readers[i] = (pipe_crowd_t){.end = ends[0], .seen = seen, .buffer = buffers[i]};
        // One reader per CPU where there are two: they read at the same time.
        int cpu = cpu_online_count() > 1 ? (int)i : THREAD_ANY_CPU;
        threads[i] = thread_create("pipe reader", pipe_crowd_reader, &readers[i], SCHED_PRIORITY_DEFAULT, cpu);
        KTEST_ASSERT(threads[i] != NULL);
    }
    for (uint32_t i = 0; i < PIPE_TEST_WRITERS; i++)
    {
        file_ref(ends[1]);
        writers[i] = (pipe_crowd_t){.end = ends[1], .id = i};
        threads[PIPE_TEST_READERS + i] =
            thread_create("pipe writer", pipe_crowd_writer, &writers[i], SCHED_PRIORITY_DEFAULT, THREAD_ANY_CPU);
        KTEST_ASSERT(threads[PIPE_TEST_READERS + i] != NULL);
    }
    pipe_test_close(ends); // the threads hold the ends now: end of file once the writers are done
    for (uint32_t i = 0; i < PIPE_TEST_WRITERS + PIPE_TEST_READERS; i++)
    {
        thread_join(threads[i]);
    }
    uint32_t missing = 0;
    for (size_t i = 0; i < sizeof(seen); i++)
    {
        missing += seen[i] == 0;
    }
    KTEST_ASSERT_EQ(readers[0].bad + readers[1].bad, 0);
    KTEST_ASSERT_EQ(readers[0].out_of_order + readers[1].out_of_order, 0);
    KTEST_ASSERT_EQ(missing, 0);
}

#include "console_input.h"

#include "byte_ring.h"
#include "line_discipline.h"

#include <kernel/arch/interrupt.h>
#include <kernel/log/log.h>
#include <kernel/log/serial.h>
#include <kernel/panic/panic.h>
#include <kernel/proc/note.h>
#include <kernel/proc/process.h>
#include <kernel/sched/sched.h>
#include <kernel/sched/thread.h>
#include <kernel/sched/waitqueue.h>
#include <kernel/sync/spinlock.h>

#include <errno.h>
#include <string.h>

#define SERIAL_IRQ 4
#define TYPED_CAPACITY 1024 // bytes typed but not yet seen by the console thread
#define READY_CAPACITY 4096 // bytes ready for readers

// The lock guards both rings and the mode.
static char typed_bytes[TYPED_CAPACITY];
static char ready_bytes[READY_CAPACITY];
static byte_ring_t typed = {typed_bytes, TYPED_CAPACITY, 0, 0};
static byte_ring_t ready = {ready_bytes, READY_CAPACITY, 0, 0};
static spinlock_t lock = SPINLOCK_INIT;
static wait_queue_t thread_waiting; // the console thread, for typed bytes
static wait_queue_t readers;        // for ready bytes
static uint32_t end_of_file_count;  // ^Ds not yet read as an empty read
static bool raw;
static pid_t foreground;
static ldisc_t ldisc; // the console thread's alone

void console_input_push(const char* bytes, size_t count)
{
    spin_lock(&lock);
    byte_ring_put(&typed, bytes, count);
    wait_wake(&thread_waiting, 1);
    spin_unlock(&lock);
}

static void console_serial_interrupt(interrupt_frame_t* frame)
{
    (void)frame;
    char bytes[16];
    size_t count = 0;
    int byte;
    while ((byte = serial_read_byte()) >= 0)
    {
        bytes[count++] = (char)byte;
        if (count == sizeof(bytes))
        {
            console_input_push(bytes, count);
            count = 0;
        }
    }
    if (count > 0)
    {
        console_input_push(bytes, count);
    }
}

// Hand bytes to the readers (the lock held).
static void console_make_ready(const char* bytes, size_t count)
{
    if (byte_ring_put(&ready, bytes, count) < count)
    {
        log_warn("console: %zu bytes typed were dropped: nobody reads them", count);
    }
    wait_wake(&readers, UINT32_MAX);
}

static void console_interrupt_foreground(void)
{
    spin_lock(&lock);
    pid_t pid = foreground;
    spin_unlock(&lock);
    process_t* process = pid > 0 ? process_get(pid) : NULL;
    if (process != NULL)
    {
        note_post(process, "interrupt", strlen("interrupt"));
        process_put(process);
    }
}

static void console_echo(const ldisc_step_t* step)
{
    for (size_t i = 0; i < step->erase; i++)
    {
        log_write_raw("\b \b", 3);
    }
    if (step->echo_length > 0)
    {
        log_write_raw(step->echo, step->echo_length);
    }
}

// One typed byte in cooked mode. Echo happens outside the lock: the log
// takes locks of its own and may be slow.
static void console_cook(uint8_t byte)
{
    ldisc_step_t step;
    ldisc_feed(&ldisc, byte, &step);
    console_echo(&step);
    spin_lock(&lock);
    if (step.line_length > 0)
    {
        console_make_ready(step.line, step.line_length);
    }
    if (step.end_of_file)
    {
        end_of_file_count++;
        wait_wake(&readers, UINT32_MAX);
    }
    spin_unlock(&lock);
    if (step.interrupt)
    {
        console_interrupt_foreground();
    }
}

static void console_thread(void* arg)
{
    (void)arg;
    for (;;)
    {
        char bytes[64];
        spin_lock(&lock);
        while (typed.count == 0)
        {
            wait_block_uninterruptible(&thread_waiting, &lock);
        }
        size_t count = byte_ring_take(&typed, bytes, sizeof(bytes));
        if (raw)
        {
            console_make_ready(bytes, count);
            spin_unlock(&lock);
            continue;
        }
        spin_unlock(&lock);
        for (size_t i = 0; i < count; i++)
        {
            console_cook((uint8_t)bytes[i]);
        }
    }
}

ssize_t console_input_read(void* buffer, size_t count, bool nonblock)
{
    spin_lock(&lock);
    while (ready.count == 0 && end_of_file_count == 0)
    {
        if (nonblock)
        {
            spin_unlock(&lock);
            return -EAGAIN;
        }
        if (wait_block(&readers, &lock, 0) == WAIT_INTERRUPTED)
        {
            spin_unlock(&lock);
            return -EINTR;
        }
    }
    size_t taken = byte_ring_take(&ready, buffer, count);
    if (taken == 0)
    {
        end_of_file_count--;
    }
    spin_unlock(&lock);
    return (ssize_t)taken;
}

uint16_t console_input_poll(void)
{
    spin_lock(&lock);
    bool readable = ready.count > 0 || end_of_file_count > 0;
    spin_unlock(&lock);
    return readable ? POLL_READ : 0;
}

void console_input_set_raw(bool on)
{
    spin_lock(&lock);
    raw = on;
    spin_unlock(&lock);
}

bool console_input_is_raw(void)
{
    return raw;
}

void console_input_set_foreground(pid_t pid)
{
    spin_lock(&lock);
    foreground = pid;
    spin_unlock(&lock);
}

pid_t console_input_foreground(void)
{
    return foreground;
}

void console_input_init(void)
{
    wait_queue_init(&thread_waiting);
    wait_queue_init(&readers);
    if (thread_create("console", console_thread, NULL, SCHED_PRIORITY_DEFAULT + 4, THREAD_ANY_CPU) == NULL)
    {
        panic("console: cannot start the console thread");
    }
    if (serial_enable_receive_interrupt())
    {
        interrupt_set_handler(VECTOR_IRQ_BASE + SERIAL_IRQ, console_serial_interrupt);
        interrupt_route_irq(SERIAL_IRQ, VECTOR_IRQ_BASE + SERIAL_IRQ);
        console_serial_interrupt(NULL); // anything that came before the interrupt was on
    }
}

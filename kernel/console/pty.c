#include "pty.h"

#include <kernel/fs/idlist.h>
#include <kernel/fs/vfs.h>
#include <kernel/mem/heap.h>
#include <kernel/proc/note.h>
#include <kernel/proc/process.h>

#include <errno.h>
#include <string.h>

// Every pty that has not hung up: sys:/pty lists them, and opening one
// of their files finds them here (pty_get).
static idlist_t ptys = IDLIST_INIT;
static uint64_t live;

uint64_t pty_count(void)
{
    return __atomic_load_n(&live, __ATOMIC_RELAXED);
}

pty_t* pty_new(pid_t creator)
{
    pty_t* pty = kcalloc(1, sizeof(pty_t));
    char* output = kmalloc(PTY_OUTPUT_CAPACITY);
    if (pty == NULL || output == NULL)
    {
        kfree(output);
        kfree(pty);
        return NULL;
    }
    pty->creator = creator;
    pty->refs = 1;
    pty->screens = 1;
    pty->columns = PTY_DEFAULT_COLUMNS;
    pty->rows = PTY_DEFAULT_ROWS;
    spinlock_init(&pty->lock);
    wait_queue_init(&pty->input_waiters);
    wait_queue_init(&pty->output_waiters);
    byte_ring_init(&pty->input, pty->input_bytes, PTY_INPUT_CAPACITY);
    byte_ring_init(&pty->output, output, PTY_OUTPUT_CAPACITY);
    pty->output_bytes = output;
    __atomic_add_fetch(&live, 1, __ATOMIC_RELAXED);
    idlist_add(&ptys, &pty->link);
    return pty;
}

// A listed pty has a screen side, which holds a reference: never on its way out.
static bool pty_take(idlist_link_t* link)
{
    pty_ref(IDLIST_OBJECT(link, pty_t, link));
    return true;
}

pty_t* pty_get(uint64_t id)
{
    idlist_link_t* link = idlist_get(&ptys, id, pty_take);
    return link != NULL ? IDLIST_OBJECT(link, pty_t, link) : NULL;
}

bool pty_id_at(uint64_t index, uint64_t* id)
{
    return idlist_id_at(&ptys, index, id);
}

void pty_ref(pty_t* pty)
{
    __atomic_add_fetch(&pty->refs, 1, __ATOMIC_ACQ_REL);
}

void pty_put(pty_t* pty)
{
    if (__atomic_sub_fetch(&pty->refs, 1, __ATOMIC_ACQ_REL) == 0)
    {
        kfree(pty->output_bytes);
        kfree(pty);
        __atomic_sub_fetch(&live, 1, __ATOMIC_RELAXED);
    }
}

// Every waiter looks again (lock held): the state, the mode or a count changed.
static void pty_wake_all_locked(pty_t* pty)
{
    wait_wake(&pty->input_waiters, UINT32_MAX);
    wait_wake(&pty->output_waiters, UINT32_MAX);
}

// ---- the screen side's and the tty files' counts ---------------------------

bool pty_hung_up(pty_t* pty)
{
    spin_lock(&pty->lock);
    bool hung_up = pty->hung_up;
    spin_unlock(&pty->lock);
    return hung_up;
}

bool pty_screen_attach(pty_t* pty)
{
    spin_lock(&pty->lock);
    bool attached = !pty->hung_up;
    pty->screens += attached;
    spin_unlock(&pty->lock);
    return attached;
}

bool pty_screen_detach(pty_t* pty)
{
    spin_lock(&pty->lock);
    bool last = --pty->screens == 0;
    if (last)
    {
        pty->hung_up = true;
        pty_wake_all_locked(pty);
    }
    spin_unlock(&pty->lock);
    if (last)
    {
        idlist_remove(&ptys, &pty->link);
    }
    vfs_poll_notify();
    return last;
}

bool pty_tty_attach(pty_t* pty)
{
    spin_lock(&pty->lock);
    bool attached = !pty->hung_up;
    if (attached)
    {
        pty->ttys++;
        pty->tty_opened = true;
        pty_wake_all_locked(pty); // a typist stops dropping and waits for room
    }
    spin_unlock(&pty->lock);
    vfs_poll_notify();
    return attached;
}

// The last tty file going ends the screen side's reads (end of file) and
// its waits for room nobody would make.
void pty_tty_detach(pty_t* pty)
{
    spin_lock(&pty->lock);
    pty->ttys--;
    pty_wake_all_locked(pty);
    spin_unlock(&pty->lock);
    vfs_poll_notify();
}

// ---- the screen side -------------------------------------------------------

// Put @p text on the output, each '\n' as "\r\n", as far as it fits (lock
// held); the bytes of @p text consumed.
static size_t pty_output_locked(pty_t* pty, const char* text, size_t length)
{
    size_t done = 0;
    while (done < length)
    {
        if (text[done] == '\n')
        {
            if (byte_ring_room(&pty->output) < 2)
            {
                break;
            }
            byte_ring_put(&pty->output, "\r\n", 2);
            done++;
            continue;
        }
        const char* newline = memchr(text + done, '\n', length - done);
        size_t run = (newline != NULL ? (size_t)(newline - text) : length) - done;
        size_t put = byte_ring_put(&pty->output, text + done, run);
        done += put;
        if (put < run)
        {
            break;
        }
    }
    return done;
}

// One typed byte (lock held). The echo is dropped where the output is
// full: the screen side, which would read it, is the one typing. Returns
// the process to interrupt, or 0.
static pid_t pty_feed_locked(pty_t* pty, uint8_t byte)
{
    if (pty->raw)
    {
        byte_ring_put(&pty->input, (const char*)&byte, 1);
        return 0;
    }
    ldisc_step_t step;
    ldisc_feed(&pty->ldisc, byte, &step);
    for (size_t i = 0; i < step.erase; i++)
    {
        pty_output_locked(pty, "\b \b", 3);
    }
    pty_output_locked(pty, step.echo, step.echo_length);
    if (step.line_length > 0)
    {
        byte_ring_put(&pty->input, step.line, step.line_length);
    }
    pty->end_of_file_count += step.end_of_file;
    return step.interrupt ? pty->foreground : 0;
}

// ^C: a process that is gone or going simply does not get the note.
static void pty_interrupt(pid_t pid)
{
    process_t* process = pid > 0 ? process_get(pid) : NULL;
    if (process != NULL)
    {
        note_post(process, "interrupt", strlen("interrupt"));
        process_put(process);
    }
}

// The room a typed byte needs: in cooked mode a whole line may come out of it.
static size_t pty_room_needed(const pty_t* pty)
{
    return pty->raw ? 1 : LDISC_LINE_MAX;
}

ssize_t pty_type(pty_t* pty, const void* buffer, size_t count, bool nonblock)
{
    const uint8_t* bytes = buffer;
    size_t done = 0;
    int error = 0;
    spin_lock(&pty->lock);
    while (done < count)
    {
        if (pty->hung_up)
        {
            error = -EIO;
            break;
        }
        if (byte_ring_room(&pty->input) < pty_room_needed(pty) && pty->ttys > 0)
        {
            if (nonblock)
            {
                error = -EAGAIN;
                break;
            }
            if (wait_block(&pty->input_waiters, &pty->lock, 0) == WAIT_INTERRUPTED)
            {
                error = -EINTR;
                break;
            }
            continue;
        }
        pid_t interrupt = pty_feed_locked(pty, bytes[done++]);
        pty_wake_all_locked(pty);
        if (interrupt != 0)
        {
            spin_unlock(&pty->lock);
            pty_interrupt(interrupt);
            spin_lock(&pty->lock);
        }
    }
    spin_unlock(&pty->lock);
    vfs_poll_notify();
    return done > 0 ? (ssize_t)done : error;
}

// The programs are gone: every tty file that was open has closed.
static bool pty_ttys_gone_locked(const pty_t* pty)
{
    return pty->hung_up || (pty->tty_opened && pty->ttys == 0);
}

ssize_t pty_screen_read(pty_t* pty, void* buffer, size_t count, bool nonblock)
{
    spin_lock(&pty->lock);
    while (pty->output.count == 0 && count > 0)
    {
        int result = pty_ttys_gone_locked(pty) ? 1
            : nonblock ? -EAGAIN
            : wait_block(&pty->output_waiters, &pty->lock, 0) == WAIT_INTERRUPTED ? -EINTR : 0;
        if (result != 0)
        {
            spin_unlock(&pty->lock);
            return result > 0 ? 0 : result; // 1: end of file
        }
    }
    size_t taken = byte_ring_take(&pty->output, buffer, count);
    pty_wake_all_locked(pty);
    spin_unlock(&pty->lock);
    vfs_poll_notify();
    return (ssize_t)taken;
}

uint16_t pty_screen_poll(pty_t* pty)
{
    spin_lock(&pty->lock);
    bool gone = pty_ttys_gone_locked(pty);
    uint16_t events = pty->output.count > 0 || gone ? POLL_READ : 0;
    events |= gone ? POLL_HANGUP : 0;
    bool room = byte_ring_room(&pty->input) >= pty_room_needed(pty) || pty->ttys == 0;
    events |= !pty->hung_up && room ? POLL_WRITE : 0;
    spin_unlock(&pty->lock);
    return events;
}

// ---- the tty side ------------------------------------------------------------

ssize_t pty_tty_read(pty_t* pty, void* buffer, size_t count, bool nonblock)
{
    if (count == 0)
    {
        return 0;
    }
    spin_lock(&pty->lock);
    while (pty->input.count == 0 && pty->end_of_file_count == 0)
    {
        int result = pty->hung_up ? 1
            : nonblock ? -EAGAIN
            : wait_block(&pty->input_waiters, &pty->lock, 0) == WAIT_INTERRUPTED ? -EINTR : 0;
        if (result != 0)
        {
            spin_unlock(&pty->lock);
            return result > 0 ? 0 : result; // 1: end of file
        }
    }
    size_t taken = byte_ring_take(&pty->input, buffer, count);
    if (taken == 0)
    {
        pty->end_of_file_count--;
    }
    pty_wake_all_locked(pty);
    spin_unlock(&pty->lock);
    vfs_poll_notify();
    return (ssize_t)taken;
}

ssize_t pty_tty_write(pty_t* pty, const void* buffer, size_t count, bool nonblock)
{
    const char* text = buffer;
    size_t done = 0;
    int error = 0;
    spin_lock(&pty->lock);
    while (done < count)
    {
        if (pty->hung_up)
        {
            error = -EPIPE;
            break;
        }
        size_t put = pty_output_locked(pty, text + done, count - done);
        done += put;
        if (put > 0)
        {
            pty_wake_all_locked(pty);
            continue;
        }
        if (nonblock)
        {
            error = -EAGAIN;
            break;
        }
        if (wait_block(&pty->output_waiters, &pty->lock, 0) == WAIT_INTERRUPTED)
        {
            error = -EINTR;
            break;
        }
    }
    spin_unlock(&pty->lock);
    vfs_poll_notify();
    return done > 0 ? (ssize_t)done : error;
}

uint16_t pty_tty_poll(pty_t* pty)
{
    spin_lock(&pty->lock);
    uint16_t events = pty->input.count > 0 || pty->end_of_file_count > 0 || pty->hung_up ? POLL_READ : 0;
    if (pty->hung_up)
    {
        events |= POLL_HANGUP | POLL_ERROR;
    }
    else if (byte_ring_room(&pty->output) >= 2) // room for a "\r\n"
    {
        events |= POLL_WRITE;
    }
    spin_unlock(&pty->lock);
    return events;
}

// ---- the mode, the foreground, the size ---------------------------------------

int pty_set_raw(pty_t* pty, bool raw, const void* owner)
{
    spin_lock(&pty->lock);
    int result = pty->hung_up ? -EIO : 0;
    if (result == 0)
    {
        pty->raw = raw;
        pty->raw_owner = raw ? owner : NULL;
        pty_wake_all_locked(pty); // a typist's room needed changed
    }
    spin_unlock(&pty->lock);
    vfs_poll_notify();
    return result;
}

void pty_release_raw(pty_t* pty, const void* owner)
{
    spin_lock(&pty->lock);
    if (pty->raw_owner == owner && owner != NULL)
    {
        pty->raw = false;
        pty->raw_owner = NULL;
        pty_wake_all_locked(pty);
    }
    spin_unlock(&pty->lock);
    vfs_poll_notify();
}

int pty_set_foreground(pty_t* pty, pid_t pid)
{
    spin_lock(&pty->lock);
    int result = pty->hung_up ? -EIO : 0;
    if (result == 0)
    {
        pty->foreground = pid;
    }
    spin_unlock(&pty->lock);
    return result;
}

int pty_set_size(pty_t* pty, uint32_t columns, uint32_t rows)
{
    if (columns < 1 || columns > PTY_SIZE_MAX || rows < 1 || rows > PTY_SIZE_MAX)
    {
        return -EINVAL;
    }
    spin_lock(&pty->lock);
    int result = pty->hung_up ? -EIO : 0;
    if (result == 0)
    {
        pty->columns = columns;
        pty->rows = rows;
    }
    spin_unlock(&pty->lock);
    return result;
}

void pty_state(pty_t* pty, bool* raw, uint32_t* columns, uint32_t* rows)
{
    spin_lock(&pty->lock);
    *raw = pty->raw;
    *columns = pty->columns;
    *rows = pty->rows;
    spin_unlock(&pty->lock);
}

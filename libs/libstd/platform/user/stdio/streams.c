// The standard streams and the list of every open stream, which
// fflush(NULL), exit and the flush before interactive input walk.
//
// Lock order: the list's lock, then a stream's. Nothing that holds a
// stream's lock waits for the list's (the flush before input only tries
// it), so a thread reading stdin cannot block one that opens a file.
#include "file.h"

#include <sys/proc.h>

static unsigned char stdin_buffer[BUFSIZ];
static unsigned char stdout_buffer[BUFSIZ];

// Linked in order stdin, stdout, stderr; new streams go to the front.
static struct _FILE std_streams[3] = {
    {.fd = STDIN_FILENO,
        .flags = FILE_READ | FILE_STATIC,
        .buffering = FILE_UNDECIDED,
        .buffer = stdin_buffer,
        .size = BUFSIZ,
        .next = &std_streams[1]},
    {.fd = STDOUT_FILENO,
        .flags = FILE_WRITE | FILE_STATIC,
        .buffering = FILE_UNDECIDED,
        .buffer = stdout_buffer,
        .size = BUFSIZ,
        .prev = &std_streams[0],
        .next = &std_streams[2]},
    // Unbuffered (C17 7.21.3p7): an error message must not wait.
    {.fd = STDERR_FILENO, .flags = FILE_WRITE | FILE_STATIC, .buffering = _IONBF, .prev = &std_streams[1]},
};

#undef stdin
#undef stdout
#undef stderr
FILE* stdin = &std_streams[0];
FILE* stdout = &std_streams[1];
FILE* stderr = &std_streams[2];

static FILE* list_head = &std_streams[0];
static _futex_lock_t list_lock = _FUTEX_LOCK_INIT;

void _file_register(FILE* f)
{
    _futex_lock(&list_lock);
    f->prev = NULL;
    f->next = list_head;
    if (list_head != NULL)
    {
        list_head->prev = f;
    }
    list_head = f;
    _futex_unlock(&list_lock);
}

void _file_unregister(FILE* f)
{
    _futex_lock(&list_lock);
    if (f->prev != NULL)
    {
        f->prev->next = f->next;
    }
    else if (list_head == f)
    {
        list_head = f->next;
    }
    if (f->next != NULL)
    {
        f->next->prev = f->prev;
    }
    f->prev = f->next = NULL;
    _futex_unlock(&list_lock);
}

static bool has_output(FILE* f)
{
    return __atomic_load_n(&f->state, __ATOMIC_RELAXED) == FILE_WRITING;
}

static void flush_if_line_buffered(FILE* f)
{
    if (has_output(f) && _file_trylock(f))
    {
        if (f->buffering == _IOLBF)
        {
            _file_flush(f);
        }
        _file_unlock(f);
    }
}

void _file_flush_line_buffered(void)
{
    // Only tries the locks: the caller holds its input stream's, and a
    // stream another thread holds is busy writing and flushes itself.
    uint32_t free_word = 0;
    if (!__atomic_compare_exchange_n(&list_lock, &free_word, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
    {
        // The list is busy (a stream opening or closing): stdout, where
        // prompts go, needs no list to be found, and is never freed.
        flush_if_line_buffered(&std_streams[1]);
        return;
    }
    for (FILE* f = list_head; f != NULL; f = f->next)
    {
        flush_if_line_buffered(f);
    }
    _futex_unlock(&list_lock);
}

int _file_flush_all(void)
{
    int result = 0;
    _futex_lock(&list_lock);
    for (FILE* f = list_head; f != NULL; f = f->next)
    {
        // A stream that holds no output is skipped unlocked: one that a
        // thread holds while it waits for input must not stall us.
        if (has_output(f))
        {
            _file_lock(f);
            if (_file_flush(f) != 0)
            {
                result = EOF;
            }
            _file_unlock(f);
        }
    }
    _futex_unlock(&list_lock);
    return result;
}

// Try a lock for a while: at exit another thread may hold a stream (or be
// stuck holding it, waiting for input) and must not keep us from exiting.
#define EXIT_TRIES 100

static bool exit_trylock_list(void)
{
    for (int i = 0; i < EXIT_TRIES; i++)
    {
        uint32_t free_word = 0;
        if (__atomic_compare_exchange_n(&list_lock, &free_word, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
        {
            return true;
        }
        yield();
    }
    return false;
}

static bool exit_trylock(FILE* f)
{
    for (int i = 0; i < EXIT_TRIES; i++)
    {
        if (_file_trylock(f))
        {
            return true;
        }
        yield();
    }
    return false;
}

// Called by exit() (platform/user/exit.c) through a weak reference, so a
// program that uses no stream does not link any of this.
void _stdio_exit(void)
{
    // Without the list's lock the walk goes on anyway: the process ends
    // right after, and unwritten output matters more.
    bool listed = exit_trylock_list();
    for (FILE* f = list_head; f != NULL; f = f->next)
    {
        if (has_output(f) && exit_trylock(f))
        {
            _file_flush(f);
            _file_unlock(f);
        }
        // A tmpfile goes: closed first, as an open file may not be removable.
        if (f->flags & FILE_REMOVE)
        {
            close(f->fd);
            remove(f->path);
        }
    }
    if (listed)
    {
        _futex_unlock(&list_lock);
    }
}

/* FILE streams (private to libstd's user platform): the structure behind
   FILE and the few operations every stdio function is built from.

   These live in platform/user rather than hosted/ because they make system
   calls and keep global state (the list of streams), which hosted/ code
   must not (tests/libstd checks it is freestanding and stateless).

   A stream's buffer holds either input or output, never both; `state`
   says which. Reading: buffer[pos, end) is read but not yet taken, and the
   pushed-back bytes (ungetc) come before it. Writing: buffer[0, end) waits
   to be written. Every field is used under the stream's lock, except that
   fflush(NULL) and exit peek at `state` to skip streams with no output. */
#ifndef _LIBSTD_USER_STDIO_FILE_H
#define _LIBSTD_USER_STDIO_FILE_H 1

#include "../futex_lock.h"
#include "../tcb.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/io.h>

/* What the mode allows, and how the stream behaves. */
#define FILE_READ 0x1
#define FILE_WRITE 0x2
#define FILE_APPEND_SEEK 0x4 /* fdopen "a": seek to the end before each write */
#define FILE_STATIC 0x8      /* stdin, stdout, stderr: never freed */
#define FILE_OWN_BUFFER 0x10 /* the buffer came from malloc */
#define FILE_STAGING 0x20    /* an unbuffered stream borrowing a buffer for one call */
#define FILE_REMOVE 0x40     /* tmpfile: remove `path` when closed */
#define FILE_APPEND 0x80     /* an "a" mode: output goes to the end */

/* The buffering until the first input or output decides it. */
#define FILE_UNDECIDED (-1)

#define FILE_UNGET_MAX 4

typedef enum
{
    FILE_IDLE,
    FILE_READING,
    FILE_WRITING,
} file_state_t;

/* A lock one thread may take again while it holds it (flockfile around
   printf). The owner is the thread's control block, found through FS
   without a system call. */
typedef struct
{
    _futex_lock_t word;
    _tcb_t* owner;
    unsigned depth;
} file_lock_t;

struct _FILE
{
    file_lock_t lock;
    fd_t fd;
    unsigned flags;
    int buffering;      /* _IOFBF, _IOLBF, _IONBF or FILE_UNDECIDED */
    file_state_t state; /* written with _file_set_state */
    bool eof;
    bool error;
    signed char orientation; /* fwide's answer: > 0 wide, < 0 bytes, 0 not yet */
    unsigned char* buffer; /* NULL until the first input or output */
    size_t size;           /* its size, or the size to allocate */
    size_t pos;
    size_t end;
    unsigned char unget[FILE_UNGET_MAX]; /* a stack: the last one is read first */
    size_t unget_count;
    unsigned char tiny; /* the buffer of an unbuffered stream's input */
    char* path;         /* tmpfile's name, for FILE_REMOVE */
    pid_t child;        /* popen's shell, for pclose to wait for; 0 otherwise */
    struct _FILE* prev;
    struct _FILE* next;
};

static inline void _file_lock(FILE* f)
{
    _tcb_t* self = _tcb_current();
    if (__atomic_load_n(&f->lock.owner, __ATOMIC_RELAXED) == self)
    {
        f->lock.depth++;
        return;
    }
    _futex_lock(&f->lock.word);
    __atomic_store_n(&f->lock.owner, self, __ATOMIC_RELAXED);
    f->lock.depth = 1;
}

/* Take the lock only if it is free or already ours. */
static inline bool _file_trylock(FILE* f)
{
    _tcb_t* self = _tcb_current();
    if (__atomic_load_n(&f->lock.owner, __ATOMIC_RELAXED) == self)
    {
        f->lock.depth++;
        return true;
    }
    uint32_t expected = 0;
    if (!__atomic_compare_exchange_n(&f->lock.word, &expected, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
    {
        return false;
    }
    __atomic_store_n(&f->lock.owner, self, __ATOMIC_RELAXED);
    f->lock.depth = 1;
    return true;
}

static inline void _file_unlock(FILE* f)
{
    if (--f->lock.depth == 0)
    {
        __atomic_store_n(&f->lock.owner, NULL, __ATOMIC_RELAXED);
        _futex_unlock(&f->lock.word);
    }
}

static inline void _file_set_state(FILE* f, file_state_t state)
{
    __atomic_store_n(&f->state, state, __ATOMIC_RELAXED);
}

/* Bytes taken from the descriptor that the program has not read yet. */
static inline size_t _file_unread(const FILE* f)
{
    return f->state == FILE_READING ? f->end - f->pos + f->unget_count : 0;
}

// ---- buffer.c: the buffer itself ----

/* Decide the buffering if it is still open and allocate the buffer (an
   unbuffered stream reads through `tiny`). A failed allocation leaves the
   stream unbuffered rather than failing the call. */
void _file_setup(FILE* f);

/* The first wide-character function makes a stream wide-oriented (and
   _file_begin_read and _file_begin_write make it byte-oriented for the
   byte functions, which all start there). */
static inline void _file_orient_wide(FILE* f)
{
    if (f->orientation == 0)
    {
        f->orientation = 1;
    }
}

static inline void _file_orient_bytes(FILE* f)
{
    if (f->orientation == 0)
    {
        f->orientation = -1;
    }
}

// ---- wide.c: the wide-character functions' byte-level parts ----

/* fgetwc under the lock; WEOF at the end, or with EILSEQ (the error flag
   set) for text that is not UTF-8. */
__WINT_TYPE__ _file_getwc(FILE* f);

/* fputwc under the lock, without the end of the call (_file_end_write). */
__WINT_TYPE__ _file_putwc(FILE* f, wchar_t c);

// ---- output.c ----

/* Make @p f ready for output: it must allow writing (EBADF, error flag),
   and input it holds is dropped, the descriptor moved back over it. */
bool _file_begin_write(FILE* f);

/* Buffer or write @p length bytes; the number accepted (less on an error,
   which sets the error flag). Line buffering is the caller's part: it
   calls _file_end_write once per call. */
size_t _file_write(FILE* f, const void* data, size_t length);

/* End one call's output: a line-buffered stream that got a newline is
   written out. false on a write error. */
bool _file_end_write(FILE* f, bool newline);

/* Write out the pending output. 0, or EOF on an error (the error flag set,
   the bytes not written kept for the next try). */
int _file_flush(FILE* f);

/* Give an unbuffered stream @p stage as its buffer for one call, so the
   call's pieces go out in one write; _file_unstage writes them out. */
void _file_stage(FILE* f, unsigned char* stage, size_t size);
bool _file_unstage(FILE* f);

// ---- input.c ----

/* Make @p f ready for input: it must allow reading, and output it holds
   is written out first. */
bool _file_begin_read(FILE* f);

/* Read the next buffer full from the descriptor (only when the buffer and
   the pushed-back bytes are used up). false at end of file (eof flag) or
   on an error (error flag). */
bool _file_refill(FILE* f);

/* fgetc under the lock. */
int _file_getc(FILE* f);

/* Read straight into @p dest, bypassing the buffer, until @p length bytes
   or end of file; the number read. */
size_t _file_read_direct(FILE* f, unsigned char* dest, size_t length);

/* Give back what @p f holds for input (fflush, fseek, fclose): move the
   descriptor back over it when it can seek. */
void _file_drop_input(FILE* f);

// ---- streams.c: the list of open streams ----

/* Add a new stream to the list, and take it out (before it is freed). */
void _file_register(FILE* f);
void _file_unregister(FILE* f);

/* Before reading from a line-buffered or unbuffered input stream: write
   out every line-buffered output stream (never waiting for a lock). */
void _file_flush_line_buffered(void);

/* fflush(NULL). */
int _file_flush_all(void);

// ---- mode.c ----

/* Parse an fopen mode into FILE_READ/FILE_WRITE and the path flags it
   needs ("create&trunc"...); false (EINVAL) if it is not a valid mode. */
bool _file_parse_mode(const char* mode, unsigned* flags, const char** path_flags, bool* exclusive);

/* Open @p path with @p path_flags added to the flags it may already have
   (if @p exclusive, "create&excl" instead: EEXIST for an existing name,
   checked and created atomically). */
fd_t _file_open_path(const char* path, const char* path_flags, bool exclusive);

/* A new stream for @p fd with @p flags, registered; NULL with ENOMEM. */
FILE* _file_new(fd_t fd, unsigned flags);

/* The end of fclose: out of the list, buffer freed, the stream freed
   unless static. The descriptor is the caller's. */
void _file_free(FILE* f);

#endif

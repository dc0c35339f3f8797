// Pseudo-terminals: a terminal whose screen and keyboard are a program
// (a terminal emulator) instead of the console (see docs/ipc.md,
// "Pseudo-terminals"; the files are in pty_file.c).
//
// A pty has two sides. The screen side is the terminal emulator: what it
// writes is typed (pty_type), what it reads is what programs wrote plus
// the echo of cooked mode (pty_screen_read). The tty side is the programs
// (a shell and what it starts): they read the input (pty_tty_read) and
// write the output (pty_tty_write). In between sits the console's line
// discipline (line_discipline.h): in cooked mode (the default) typed
// bytes are edited into lines with echo, ^C drops the line and sends the
// note "interrupt" to the foreground process, ^D on an empty line gives
// one read of 0; in raw mode bytes pass as they are, without echo.
//
// Output: every '\n' a program writes reaches the screen side as "\r\n",
// as the console's serial port and screen show it, so a program that
// prints plain "\n" lines looks the same in a terminal as on the console.
//
// Life: the pty lives while its screen side does, that is while the
// handle (sys:/pty/new) or a screen file is open. When the last of them
// closes the pty hangs up, for good: tty reads give what was left and
// then 0 (end of file), tty writes fail with EPIPE, commands with EIO,
// and opens of its files with ENOENT. Every operation checks that state
// under the pty's lock, so a file opened before the hang-up cannot act
// after it. The memory goes with the last reference (each open file
// holds one).
//
// Locking: one spinlock per pty guards everything in it; the functions
// here take it themselves. Notes are sent after it is released.
#ifndef KERNEL_CONSOLE_PTY_H
#define KERNEL_CONSOLE_PTY_H 1

#include "byte_ring.h"
#include "line_discipline.h"

#include <kernel/fs/idlist.h>
#include <kernel/sched/waitqueue.h>
#include <kernel/sync/spinlock.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/** Typed bytes waiting for the programs, and output waiting for the screen side. */
#define PTY_INPUT_CAPACITY 4096
#define PTY_OUTPUT_CAPACITY (64 * 1024)
/** The size a pty starts with, and the largest of each dimension. */
#define PTY_DEFAULT_COLUMNS 80
#define PTY_DEFAULT_ROWS 24
#define PTY_SIZE_MAX 1000

typedef struct pty
{
    idlist_link_t link;     /**< its id; in the list of ptys until it hangs up */
    pid_t creator;          /**< 0: made by the kernel */
    volatile uint32_t refs; /**< atomic; the last pty_put frees it */
    spinlock_t lock;        /**< guards everything below */
    bool hung_up;
    uint32_t screens;  /**< the handle and the open screen files */
    uint32_t ttys;     /**< open tty files */
    bool tty_opened;   /**< a tty file was ever open */
    bool raw;
    const void* raw_owner; /**< the ctl file that turned raw mode on */
    pid_t foreground;      /**< interrupted by ^C; 0: none */
    uint32_t columns;
    uint32_t rows;
    uint32_t end_of_file_count; /**< ^Ds not yet read as an empty read */
    ldisc_t ldisc;
    byte_ring_t input;
    byte_ring_t output;
    wait_queue_t input_waiters;  /**< tty readers, and typists waiting for room */
    wait_queue_t output_waiters; /**< screen readers, and tty writers waiting for room */
    char input_bytes[PTY_INPUT_CAPACITY];
    char* output_bytes; /**< PTY_OUTPUT_CAPACITY bytes */
} pty_t;

/**
 * A new pty with a fresh id, made by process @p creator, with one
 * reference and one screen (the handle): cooked, 80x24. NULL without memory.
 */
pty_t* pty_new(pid_t creator);

void pty_ref(pty_t* pty);
void pty_put(pty_t* pty);

/** The pty with id @p id, with a reference, unless it hung up (NULL). */
pty_t* pty_get(uint64_t id);

/** The id of the @p index-th pty that has not hung up (0: the oldest); false past the end. */
bool pty_id_at(uint64_t index, uint64_t* id);

/** Ptys alive now (for the tests' leak checks). */
uint64_t pty_count(void);

/** True once the last screen-side file closed. */
bool pty_hung_up(pty_t* pty);

/** A screen file opens: false (and nothing counted) if the pty hung up. */
bool pty_screen_attach(pty_t* pty);

/**
 * A screen file or the handle closes: true when that was the last, so
 * the pty just hung up (and pty_get no longer finds it).
 */
bool pty_screen_detach(pty_t* pty);

/** A tty file opens: false (and nothing counted) if the pty hung up. */
bool pty_tty_attach(pty_t* pty);
void pty_tty_detach(pty_t* pty);

/**
 * Bytes typed on the screen side, through the line discipline. Waits for
 * room for the programs (unless @p nonblock: -EAGAIN when nothing could
 * be taken) while a tty file is open; with none open, what does not fit
 * is dropped. The bytes taken, -EINTR or -EIO (hung up).
 */
ssize_t pty_type(pty_t* pty, const void* buffer, size_t count, bool nonblock);

/**
 * What programs wrote and the echo, for the screen side: waits for some
 * unless @p nonblock (-EAGAIN). 0 (end of file) once a tty file was open
 * and none is any more and everything was read.
 */
ssize_t pty_screen_read(pty_t* pty, void* buffer, size_t count, bool nonblock);

/** POLL_READ when a screen read would not wait, POLL_WRITE when pty_type would not. */
uint16_t pty_screen_poll(pty_t* pty);

/**
 * Input for the programs: waits for some unless @p nonblock (-EAGAIN).
 * The bytes given; 0 once per ^D on an empty line, and once hung up and
 * empty; -EINTR.
 */
ssize_t pty_tty_read(pty_t* pty, void* buffer, size_t count, bool nonblock);

/**
 * Output of the programs ('\n' becomes "\r\n"): waits for room until all
 * is written (unless @p nonblock: -EAGAIN when nothing fitted). The bytes
 * of @p buffer written, or -EPIPE once hung up, or -EINTR.
 */
ssize_t pty_tty_write(pty_t* pty, const void* buffer, size_t count, bool nonblock);

/** POLL_READ when a tty read would not wait, POLL_WRITE when a write would not; POLL_HANGUP|POLL_ERROR once hung up. */
uint16_t pty_tty_poll(pty_t* pty);

/** Raw (true) or cooked mode, turned on by @p owner (a ctl file); 0 or -EIO (hung up). */
int pty_set_raw(pty_t* pty, bool raw, const void* owner);

/** @p owner closes: if it turned raw mode on, cooked mode is back. */
void pty_release_raw(pty_t* pty, const void* owner);

/** The process ^C interrupts (0: none); 0 or -EIO. */
int pty_set_foreground(pty_t* pty, pid_t pid);

/** The terminal's size, 1..PTY_SIZE_MAX each; 0, -EINVAL or -EIO. */
int pty_set_size(pty_t* pty, uint32_t columns, uint32_t rows);

/** The mode and size at once. */
void pty_state(pty_t* pty, bool* raw, uint32_t* columns, uint32_t* rows);

#endif

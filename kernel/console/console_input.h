// What is typed at the console, from the serial port and the PS/2
// keyboard alike, on its way to the programs reading sys:/console.
//
// Bytes arrive in interrupt handlers and wait in a small queue. A kernel
// thread ("console") takes them from there: in cooked mode (the default)
// it edits lines with echo (line_discipline.h) and hands finished lines to
// readers, and ^C sends the note "interrupt" to the foreground process; in
// raw mode every byte goes to readers as it is, without echo.
#ifndef KERNEL_CONSOLE_CONSOLE_INPUT_H
#define KERNEL_CONSOLE_CONSOLE_INPUT_H 1

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/** Start the console thread and take input from the serial port. */
void console_input_init(void);

/** Bytes typed (safe in an interrupt handler); dropped if the queue is full. */
void console_input_push(const char* bytes, size_t count);

/**
 * Read what is ready: waits for some unless @p nonblock. The bytes given,
 * 0 once for each ^D typed on an empty line, -EAGAIN, or -EINTR (the
 * reading thread is being ended).
 */
ssize_t console_input_read(void* buffer, size_t count, bool nonblock);

/** POLL_READ when a read would not wait. */
uint16_t console_input_poll(void);

/** Raw (true) or cooked mode. */
void console_input_set_raw(bool raw);
bool console_input_is_raw(void);

/** The process that ^C interrupts in cooked mode; 0 for none. */
void console_input_set_foreground(pid_t pid);
pid_t console_input_foreground(void);

#endif

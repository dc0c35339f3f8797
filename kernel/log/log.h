// The kernel log: leveled, timestamped lines to every output ("sink"):
// the serial port from the start, the screen once it is set up.
//
//   [    0.012345] info  pmm: 12345 pages free
#ifndef KERNEL_LOG_LOG_H
#define KERNEL_LOG_LOG_H 1

#include <stdbool.h>
#include <stddef.h>

typedef enum
{
    LOG_DEBUG,
    LOG_INFO,
    LOG_WARN,
    LOG_ERROR,
} log_level_t;

/** An output for log text. */
typedef void (*log_sink_t)(const char* text, size_t length);

/** Start logging to the serial port. */
void log_init(void);

/** Add an output and give it the log so far; at most LOG_MAX_SINKS. */
void log_add_sink(log_sink_t sink);
#define LOG_MAX_SINKS 4

/** Remove an output added before. */
void log_remove_sink(log_sink_t sink);

/** Lines below this level are dropped (default: info). */
void log_set_level(log_level_t level);

/** "debug", "info", "warn" or "error" to a level; false if unknown. */
bool log_level_parse(const char* name, log_level_t* level);

/** Log one line (a trailing newline is added if missing). */
void log_print(log_level_t level, const char* fmt, ...) __attribute__((format(printf, 2, 3)));

/** From now on write without locking: other CPUs have been stopped by a panic. */
void log_panic_mode(void);

/** Write text to every sink as is: no timestamp, no level (TAP lines, panic reports). */
void log_write_raw(const char* text, size_t length);

/** Formatted log_write_raw. */
void log_printf_raw(const char* fmt, ...) __attribute__((format(printf, 1, 2)));

#define log_debug(...) log_print(LOG_DEBUG, __VA_ARGS__)
#define log_info(...) log_print(LOG_INFO, __VA_ARGS__)
#define log_warn(...) log_print(LOG_WARN, __VA_ARGS__)
#define log_error(...) log_print(LOG_ERROR, __VA_ARGS__)

#endif

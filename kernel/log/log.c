#include "log.h"

#include "serial.h"

#include <kernel/arch/clock.h>
#include <kernel/sync/spinlock.h>

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define LOG_LINE_MAX 512
// The start of the log is kept so that an output added later (the screen)
// still shows everything from the first line on.
#define LOG_HISTORY_SIZE (16 * 1024)

static log_sink_t sinks[LOG_MAX_SINKS];
static char history[LOG_HISTORY_SIZE];
static size_t history_length;
static int sink_count;
static log_level_t minimum_level = LOG_INFO;
static spinlock_t lock = SPINLOCK_INIT; // keeps lines from different CPUs whole
static bool panic_mode;

void log_panic_mode(void)
{
    panic_mode = true;
}

static const char* const level_names[] = {"debug", "info", "warn", "error"};

void log_init(void)
{
    serial_init();
    log_add_sink(serial_write);
}

void log_add_sink(log_sink_t sink)
{
    spin_lock(&lock);
    if (sink_count < LOG_MAX_SINKS)
    {
        sinks[sink_count++] = sink;
        sink(history, history_length);
    }
    spin_unlock(&lock);
}

void log_remove_sink(log_sink_t sink)
{
    spin_lock(&lock);
    for (int i = 0; i < sink_count; i++)
    {
        if (sinks[i] == sink)
        {
            sinks[i] = sinks[--sink_count];
            break;
        }
    }
    spin_unlock(&lock);
}

void log_set_level(log_level_t level)
{
    minimum_level = level;
}

bool log_level_parse(const char* name, log_level_t* level)
{
    for (size_t i = 0; i < sizeof(level_names) / sizeof(level_names[0]); i++)
    {
        if (strcmp(name, level_names[i]) == 0)
        {
            *level = (log_level_t)i;
            return true;
        }
    }
    return false;
}

void log_write_raw(const char* text, size_t length)
{
    bool locked = !panic_mode;
    if (locked)
    {
        spin_lock(&lock);
    }
    size_t keep = length < LOG_HISTORY_SIZE - history_length ? length : LOG_HISTORY_SIZE - history_length;
    memcpy(history + history_length, text, keep);
    history_length += keep;
    for (int i = 0; i < sink_count; i++)
    {
        sinks[i](text, length);
    }
    if (locked)
    {
        spin_unlock(&lock);
    }
}

void log_printf_raw(const char* fmt, ...)
{
    char line[LOG_LINE_MAX];
    va_list args;
    va_start(args, fmt);
    int length = vsnprintf(line, sizeof(line), fmt, args);
    va_end(args);
    if (length > (int)sizeof(line) - 1)
    {
        length = sizeof(line) - 1;
    }
    log_write_raw(line, (size_t)length);
}

void log_print(log_level_t level, const char* fmt, ...)
{
    if (level < minimum_level)
    {
        return;
    }
    char line[LOG_LINE_MAX];
    uint64_t ns = clock_uptime_ns();
    int length = snprintf(line, sizeof(line), "[%5lu.%06lu] %-5s ", (unsigned long)(ns / CLOCK_NS_PER_SECOND),
        (unsigned long)(ns % CLOCK_NS_PER_SECOND / 1000), level_names[level]);
    va_list args;
    va_start(args, fmt);
    length += vsnprintf(line + length, sizeof(line) - length, fmt, args);
    va_end(args);
    // A cut line still ends with a newline.
    if (length > (int)sizeof(line) - 2)
    {
        length = sizeof(line) - 2;
    }
    if (line[length - 1] != '\n')
    {
        line[length++] = '\n';
        line[length] = '\0';
    }
    log_write_raw(line, (size_t)length);
}

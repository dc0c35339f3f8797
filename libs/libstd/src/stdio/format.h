/**
 * @file format.h
 * @brief The printf formatter behind every libstd printf-like function and
 * the kernel's logger. It produces text in pieces through a callback, so
 * the caller decides where the text goes (a buffer, a FILE, a serial port)
 * and nothing here allocates or keeps state.
 */
#ifndef _LIBSTD_FORMAT_H
#define _LIBSTD_FORMAT_H 1

#include <stdarg.h>
#include <stddef.h>

/**
 * Receives the next @p length bytes of output (not terminated; may contain
 * a null byte from %c). Called only with @p length > 0.
 */
typedef void (*format_emit_t)(void* ctx, const char* text, size_t length);

/**
 * Format @p fmt with @p args as C17 7.21.6.1 describes, within the limits
 * documented in stdio.h, handing the output to @p emit in order.
 *
 * @return the number of bytes produced, or -1 when that number would exceed
 * INT_MAX or a wide character cannot be encoded; output stops at the error.
 */
int _format(format_emit_t emit, void* ctx, const char* fmt, va_list args);

#endif

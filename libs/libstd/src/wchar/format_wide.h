/**
 * @file format_wide.h
 * @brief The wide printf family's formatter: the narrow one
 * (src/stdio/format.c) run directive by directive on a wide format.
 */
#ifndef _LIBSTD_FORMAT_WIDE_H
#define _LIBSTD_FORMAT_WIDE_H 1

#include "../stdio/format.h"

#include <stdarg.h>
#include <wchar.h>

/** The longest directive, '%' to conversion (wchar.h documents it). */
#define FORMAT_WIDE_DIRECTIVE_MAX 127

/**
 * Format the wide format @p fmt as C17 7.29.2.1 says, handing the output
 * to @p emit as UTF-8 (the caller decodes it, or writes it to a file as
 * it is). A %s or %c argument's bytes are passed on unchecked: the
 * caller's decoding finds those that are not UTF-8.
 * @return the number of wide characters produced, or -1 with errno set:
 * EOVERFLOW for a directive that is too long or a count above INT_MAX,
 * EILSEQ for a wide character with no encoding.
 */
int _format_wide(format_emit_t emit, void* ctx, const wchar_t* fmt, va_list args);

#endif

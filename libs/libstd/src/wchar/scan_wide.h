/**
 * @file scan_wide.h
 * @brief The wide scanf family's scanner: the narrow one
 * (src/stdio/scan.c) handed a wide format piece by piece, reading UTF-8
 * input in characters (see scan_input_t).
 */
#ifndef _LIBSTD_SCAN_WIDE_H
#define _LIBSTD_SCAN_WIDE_H 1

#include "../stdio/scan.h"

#include <wchar.h>

/**
 * Read @p source (UTF-8 bytes; it must take back up to four bytes in a
 * row) as the wide format @p fmt says (C17 7.29.2.2).
 * @return as _scan; a directive longer than FORMAT_WIDE_DIRECTIVE_MAX
 * characters ends the scan there (EOVERFLOW).
 */
int _scan_wide(const scan_source_t* source, const wchar_t* fmt, va_list args);

#endif

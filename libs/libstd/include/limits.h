/**
 * @file limits.h
 * @brief The sizes of the integer types (C17 7.10) and POSIX's limits.
 *
 * GCC's own limits.h gives the integer limits; this header adds what
 * depends on the C library: MB_LEN_MAX (GCC's default is 1, less than
 * libstd's MB_CUR_MAX) and the limits POSIX programs look for. It is
 * reached two ways: GCC's limits.h includes it (through syslimits.h, with
 * _GCC_NEXT_LIMITS_H defined), or it comes first on the include path (the
 * kernel's and libstd's own builds) and includes GCC's.
 */
#ifndef _LIBSTD_LIMITS_H
#define _LIBSTD_LIMITS_H 1

#ifndef _GCC_NEXT_LIMITS_H
#include_next <limits.h>
#endif

/** The longest multibyte character of any locale: UTF-8's 4 bytes (MB_CUR_MAX). */
#undef MB_LEN_MAX
#define MB_LEN_MAX 4

/** The largest ssize_t. */
#define SSIZE_MAX __LONG_MAX__
/** Bytes in a path, flags and terminator included (sys/io.h's MAX_PATH). */
#define PATH_MAX 256
/** Bytes in one name of a path, without the terminator (sys/io.h's MAX_NAME - 1). */
#define NAME_MAX 63
/** Descriptors a process can have open at once (sys/io.h's MAX_FD). */
#define OPEN_MAX 64

#endif

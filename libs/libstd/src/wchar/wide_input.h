/**
 * @file wide_input.h
 * @brief Reading UTF-8 text as wide characters from a byte source that can
 * take bytes back: the core of fgetwc (platform/user/stdio), kept apart
 * from the streams so it is tested on the host.
 */
#ifndef _LIBSTD_WIDE_INPUT_H
#define _LIBSTD_WIDE_INPUT_H 1

#include <stdint.h>

/** A byte source. */
typedef struct
{
    /** The next byte as an unsigned char, or -1 at the end or on an error. */
    int (*get)(void* ctx);
    /** Take back @p c; called for at most three bytes in a row, last one first. */
    void (*unget)(void* ctx, int c);
    void* ctx;
} wide_input_t;

typedef enum
{
    WIDE_INPUT_OK,
    WIDE_INPUT_END,     /**< no whole character before the end (or an error) */
    WIDE_INPUT_INVALID, /**< not UTF-8 */
} wide_input_result_t;

/**
 * Read one character into *@p code. At the end inside a character its
 * bytes go back to the source, so a later read (after more data came)
 * finds the whole character. On invalid input the bytes up to the fault
 * are consumed, but the byte that could not continue a character is given
 * back unless it was the first: it may start the next one.
 */
wide_input_result_t _wide_input_read(const wide_input_t* in, uint32_t* code);

#endif

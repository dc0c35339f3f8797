/**
 * @file bits/wint.h
 * @brief wint_t and WEOF, shared by wchar.h and wctype.h (private:
 * include one of those).
 */
#ifndef _BITS_WINT_H
#define _BITS_WINT_H 1

#define __need_wint_t
#include <stddef.h>

/** The wint_t that is no wide character: end of file, or an error. */
#define WEOF ((wint_t)0xFFFFFFFFu)

#endif

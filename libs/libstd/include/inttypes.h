/**
 * @file inttypes.h
 * @brief Format conversions of integer types (C17 7.8): the printf and
 * scanf conversion specifiers of stdint.h's types, and the intmax_t
 * functions.
 *
 * The specifiers follow the types the compiler gives stdint.h: the 64-bit
 * types, intmax_t and intptr_t are long; the "least" types are the exact
 * ones; the "fast" ones are chosen below from the compiler's limits.
 */
#ifndef _INTTYPES_H
#define _INTTYPES_H 1

#include <stdint.h>

/** imaxdiv's result. */
typedef struct
{
    intmax_t quot;
    intmax_t rem;
} imaxdiv_t;

/* The length modifier of each type: "hh", "h", "" or "l". */
#define __PRI8 "hh"
#define __PRI16 "h"
#define __PRI32 ""
#define __PRI64 "l"
#define __PRIMAX "l"
#define __PRIPTR "l"
#if __INT_FAST8_MAX__ == __SCHAR_MAX__
#define __PRIFAST8 "hh"
#elif __INT_FAST8_MAX__ == __INT_MAX__
#define __PRIFAST8 ""
#else
#define __PRIFAST8 "l"
#endif
#if __INT_FAST16_MAX__ == __SHRT_MAX__
#define __PRIFAST16 "h"
#elif __INT_FAST16_MAX__ == __INT_MAX__
#define __PRIFAST16 ""
#else
#define __PRIFAST16 "l"
#endif
#if __INT_FAST32_MAX__ == __INT_MAX__
#define __PRIFAST32 ""
#else
#define __PRIFAST32 "l"
#endif
#define __PRIFAST64 "l"


/* printf: d i o u x X for every width; 8- and 16-bit values arrive as int, so "hh" and "h" only cut them back. */
#define PRId8 __PRI8 "d"
#define PRId16 __PRI16 "d"
#define PRId32 __PRI32 "d"
#define PRId64 __PRI64 "d"
#define PRIdLEAST8 __PRI8 "d"
#define PRIdLEAST16 __PRI16 "d"
#define PRIdLEAST32 __PRI32 "d"
#define PRIdLEAST64 __PRI64 "d"
#define PRIdFAST8 __PRIFAST8 "d"
#define PRIdFAST16 __PRIFAST16 "d"
#define PRIdFAST32 __PRIFAST32 "d"
#define PRIdFAST64 __PRIFAST64 "d"
#define PRIdMAX __PRIMAX "d"
#define PRIdPTR __PRIPTR "d"
#define PRIi8 __PRI8 "i"
#define PRIi16 __PRI16 "i"
#define PRIi32 __PRI32 "i"
#define PRIi64 __PRI64 "i"
#define PRIiLEAST8 __PRI8 "i"
#define PRIiLEAST16 __PRI16 "i"
#define PRIiLEAST32 __PRI32 "i"
#define PRIiLEAST64 __PRI64 "i"
#define PRIiFAST8 __PRIFAST8 "i"
#define PRIiFAST16 __PRIFAST16 "i"
#define PRIiFAST32 __PRIFAST32 "i"
#define PRIiFAST64 __PRIFAST64 "i"
#define PRIiMAX __PRIMAX "i"
#define PRIiPTR __PRIPTR "i"
#define PRIo8 __PRI8 "o"
#define PRIo16 __PRI16 "o"
#define PRIo32 __PRI32 "o"
#define PRIo64 __PRI64 "o"
#define PRIoLEAST8 __PRI8 "o"
#define PRIoLEAST16 __PRI16 "o"
#define PRIoLEAST32 __PRI32 "o"
#define PRIoLEAST64 __PRI64 "o"
#define PRIoFAST8 __PRIFAST8 "o"
#define PRIoFAST16 __PRIFAST16 "o"
#define PRIoFAST32 __PRIFAST32 "o"
#define PRIoFAST64 __PRIFAST64 "o"
#define PRIoMAX __PRIMAX "o"
#define PRIoPTR __PRIPTR "o"
#define PRIu8 __PRI8 "u"
#define PRIu16 __PRI16 "u"
#define PRIu32 __PRI32 "u"
#define PRIu64 __PRI64 "u"
#define PRIuLEAST8 __PRI8 "u"
#define PRIuLEAST16 __PRI16 "u"
#define PRIuLEAST32 __PRI32 "u"
#define PRIuLEAST64 __PRI64 "u"
#define PRIuFAST8 __PRIFAST8 "u"
#define PRIuFAST16 __PRIFAST16 "u"
#define PRIuFAST32 __PRIFAST32 "u"
#define PRIuFAST64 __PRIFAST64 "u"
#define PRIuMAX __PRIMAX "u"
#define PRIuPTR __PRIPTR "u"
#define PRIx8 __PRI8 "x"
#define PRIx16 __PRI16 "x"
#define PRIx32 __PRI32 "x"
#define PRIx64 __PRI64 "x"
#define PRIxLEAST8 __PRI8 "x"
#define PRIxLEAST16 __PRI16 "x"
#define PRIxLEAST32 __PRI32 "x"
#define PRIxLEAST64 __PRI64 "x"
#define PRIxFAST8 __PRIFAST8 "x"
#define PRIxFAST16 __PRIFAST16 "x"
#define PRIxFAST32 __PRIFAST32 "x"
#define PRIxFAST64 __PRIFAST64 "x"
#define PRIxMAX __PRIMAX "x"
#define PRIxPTR __PRIPTR "x"
#define PRIX8 __PRI8 "X"
#define PRIX16 __PRI16 "X"
#define PRIX32 __PRI32 "X"
#define PRIX64 __PRI64 "X"
#define PRIXLEAST8 __PRI8 "X"
#define PRIXLEAST16 __PRI16 "X"
#define PRIXLEAST32 __PRI32 "X"
#define PRIXLEAST64 __PRI64 "X"
#define PRIXFAST8 __PRIFAST8 "X"
#define PRIXFAST16 __PRIFAST16 "X"
#define PRIXFAST32 __PRIFAST32 "X"
#define PRIXFAST64 __PRIFAST64 "X"
#define PRIXMAX __PRIMAX "X"
#define PRIXPTR __PRIPTR "X"

/* scanf: d i o u x (X is not in C17's list for scanf, but x reads both cases). */
#define SCNd8 __PRI8 "d"
#define SCNd16 __PRI16 "d"
#define SCNd32 __PRI32 "d"
#define SCNd64 __PRI64 "d"
#define SCNdLEAST8 __PRI8 "d"
#define SCNdLEAST16 __PRI16 "d"
#define SCNdLEAST32 __PRI32 "d"
#define SCNdLEAST64 __PRI64 "d"
#define SCNdFAST8 __PRIFAST8 "d"
#define SCNdFAST16 __PRIFAST16 "d"
#define SCNdFAST32 __PRIFAST32 "d"
#define SCNdFAST64 __PRIFAST64 "d"
#define SCNdMAX __PRIMAX "d"
#define SCNdPTR __PRIPTR "d"
#define SCNi8 __PRI8 "i"
#define SCNi16 __PRI16 "i"
#define SCNi32 __PRI32 "i"
#define SCNi64 __PRI64 "i"
#define SCNiLEAST8 __PRI8 "i"
#define SCNiLEAST16 __PRI16 "i"
#define SCNiLEAST32 __PRI32 "i"
#define SCNiLEAST64 __PRI64 "i"
#define SCNiFAST8 __PRIFAST8 "i"
#define SCNiFAST16 __PRIFAST16 "i"
#define SCNiFAST32 __PRIFAST32 "i"
#define SCNiFAST64 __PRIFAST64 "i"
#define SCNiMAX __PRIMAX "i"
#define SCNiPTR __PRIPTR "i"
#define SCNo8 __PRI8 "o"
#define SCNo16 __PRI16 "o"
#define SCNo32 __PRI32 "o"
#define SCNo64 __PRI64 "o"
#define SCNoLEAST8 __PRI8 "o"
#define SCNoLEAST16 __PRI16 "o"
#define SCNoLEAST32 __PRI32 "o"
#define SCNoLEAST64 __PRI64 "o"
#define SCNoFAST8 __PRIFAST8 "o"
#define SCNoFAST16 __PRIFAST16 "o"
#define SCNoFAST32 __PRIFAST32 "o"
#define SCNoFAST64 __PRIFAST64 "o"
#define SCNoMAX __PRIMAX "o"
#define SCNoPTR __PRIPTR "o"
#define SCNu8 __PRI8 "u"
#define SCNu16 __PRI16 "u"
#define SCNu32 __PRI32 "u"
#define SCNu64 __PRI64 "u"
#define SCNuLEAST8 __PRI8 "u"
#define SCNuLEAST16 __PRI16 "u"
#define SCNuLEAST32 __PRI32 "u"
#define SCNuLEAST64 __PRI64 "u"
#define SCNuFAST8 __PRIFAST8 "u"
#define SCNuFAST16 __PRIFAST16 "u"
#define SCNuFAST32 __PRIFAST32 "u"
#define SCNuFAST64 __PRIFAST64 "u"
#define SCNuMAX __PRIMAX "u"
#define SCNuPTR __PRIPTR "u"
#define SCNx8 __PRI8 "x"
#define SCNx16 __PRI16 "x"
#define SCNx32 __PRI32 "x"
#define SCNx64 __PRI64 "x"
#define SCNxLEAST8 __PRI8 "x"
#define SCNxLEAST16 __PRI16 "x"
#define SCNxLEAST32 __PRI32 "x"
#define SCNxLEAST64 __PRI64 "x"
#define SCNxFAST8 __PRIFAST8 "x"
#define SCNxFAST16 __PRIFAST16 "x"
#define SCNxFAST32 __PRIFAST32 "x"
#define SCNxFAST64 __PRIFAST64 "x"
#define SCNxMAX __PRIMAX "x"
#define SCNxPTR __PRIPTR "x"

/** The absolute value; undefined for INTMAX_MIN. */
intmax_t imaxabs(intmax_t value);
/** The quotient and remainder in one (truncated toward zero). */
imaxdiv_t imaxdiv(intmax_t numerator, intmax_t denominator);
/** strtol for intmax_t (stdlib.h). */
intmax_t strtoimax(const char* restrict str, char** restrict endptr, int base);
/** strtoul for uintmax_t. */
uintmax_t strtoumax(const char* restrict str, char** restrict endptr, int base);
/** wcstol for intmax_t (wchar.h). */
intmax_t wcstoimax(const __WCHAR_TYPE__* restrict str, __WCHAR_TYPE__** restrict endptr, int base);
/** wcstoul for uintmax_t. */
uintmax_t wcstoumax(const __WCHAR_TYPE__* restrict str, __WCHAR_TYPE__** restrict endptr, int base);

#endif

// getopt's shared parts: the parser behind getopt, getopt_long and
// getopt_long_only, and the state it keeps between calls (mutable state,
// hence platform/user).
#ifndef _LIBSTD_GETOPT_INTERNAL_H
#define _LIBSTD_GETOPT_INTERNAL_H 1

#include <getopt.h>
#include <stdbool.h>

/** What the parser remembers between calls, beyond optind. */
typedef struct
{
    char* const* argv; // the last call's, to notice a new one
    int last_optind;   // optind after the last call, to notice a reset
    const char* next;  // the rest of a group of short options, or NULL
    int operands_start; // skipped operands [start, end) not yet moved
    int operands_end;   // behind the options that follow them
} _getopt_progress_t;

extern _getopt_progress_t _getopt_progress;

/** How optstring's leading characters ask the parser to behave. */
typedef struct
{
    const char* options; // optstring without the leading '+' or '-'
    bool permute;        // default: operands move behind the options
    bool in_order;       // '-': operands are returned as option 1
    bool quiet;          // ':': no messages, ':' for a missing argument
    bool long_only;      // getopt_long_only: any two prefix matches are ambiguous
} _getopt_mode_t;

/** Returned by the helpers below when they leave the decision to the caller. */
#define _GETOPT_CONTINUE (-2)

/** The parser; @p long_only for getopt_long_only. */
int _getopt_parse(int argc, char* const argv[], const char* optstring, const struct option* longopts,
                  int* longindex, bool long_only);
/** The next short option, from _getopt_progress.next. */
int _getopt_short(int argc, char* const argv[], const _getopt_mode_t* mode);
/**
 * The long option named at @p name (after "--" or "-", @p prefix). With
 * @p may_fall_back, an unknown name returns _GETOPT_CONTINUE, unreported.
 */
int _getopt_long(int argc, char* const argv[], const _getopt_mode_t* mode, const struct option* longopts,
                 int* longindex, const char* prefix, const char* name, bool may_fall_back);
/** Move to the next option element; -1 or 1 when the caller should return that. */
int _getopt_next_element(int argc, char* const argv[], const _getopt_mode_t* mode);
/** Report an error on stderr as "PROG: ..." unless opterr is 0 or @p mode is quiet. */
void _getopt_complain(const _getopt_mode_t* mode, char* const argv[], const char* format, ...)
    __attribute__((format(printf, 3, 4)));

#endif

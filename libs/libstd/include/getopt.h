/**
 * @file getopt.h
 * @brief Command-line option parsing: POSIX's getopt and GNU's
 * getopt_long and getopt_long_only. User space only.
 *
 * getopt(argc, argv, optstring) returns the next option character, -1 when
 * the options end, or '?' (':' too, see below) for an error. optstring
 * lists the option characters; one followed by ':' takes an argument
 * ("-ofile" or "-o file"), one followed by "::" an optional one (only
 * "-ofile"). Options may be grouped ("-ab"). "--" ends the options.
 *
 * Like GNU's, the parser permutes argv by default so that options after
 * operands are found too ("prog file -v"); when it returns -1, optind is
 * the first operand. A leading '+' in optstring (or POSIXLY_CORRECT in the
 * environment) stops at the first operand instead, as POSIX asks; a
 * leading '-' returns each operand in order as the option 1 with optarg
 * pointing at it. After those, a leading ':' makes a missing argument
 * return ':' instead of '?' and turns all messages off.
 *
 * Errors are reported on stderr as "PROG: invalid option -- 'x'" and
 * "PROG: option requires an argument -- 'x'" (long options: "PROG:
 * unrecognized option '--name'", "... is ambiguous", "... doesn't allow an
 * argument", "... requires an argument") unless opterr is 0 or optstring
 * starts with ':'. optopt gets the offending option character (a long
 * option's val, or 0 for an unknown long option).
 *
 * To parse another (or the same) argv again, set optind to 1 (or to 0,
 * which also re-reads POSIXLY_CORRECT, as glibc does).
 */
#ifndef _GETOPT_H
#define _GETOPT_H 1

/** The argument of the option just returned, or NULL. */
extern char* optarg;
/** The index in argv of the next element to look at; starts at 1. */
extern int optind;
/** Nonzero (the default): report errors on stderr. */
extern int opterr;
/** The option character that caused the last error. */
extern int optopt;

/** One long option for getopt_long; an array of them ends with all zeros. */
struct option
{
    const char* name; /**< its name, without the leading "--" */
    int has_arg;      /**< no_argument, required_argument or optional_argument */
    int* flag;        /**< NULL: return val; else store val in *flag and return 0 */
    int val;          /**< the value to return or store */
};

#define no_argument 0       /**< "--name" only. */
#define required_argument 1 /**< "--name=value" or "--name value". */
#define optional_argument 2 /**< "--name" or "--name=value". */

/** The next short option in argv (see above). */
int getopt(int argc, char* const argv[], const char* optstring);
/**
 * getopt that also takes "--name", "--name=value" and "--name value" for
 * the options in @p longopts. A name may be shortened to any prefix that
 * is unambiguous (or whose matches all mean the same). When @p longindex is
 * not NULL, it receives the index of the long option found.
 */
int getopt_long(int argc, char* const argv[], const char* optstring, const struct option* longopts,
                int* longindex);
/**
 * getopt_long that also takes long options after a single '-' ("-name");
 * an element that matches no long option is parsed as short options when
 * its first character is one. Here, as in glibc, a prefix matching two
 * long options is ambiguous even when they mean the same.
 */
int getopt_long_only(int argc, char* const argv[], const char* optstring, const struct option* longopts,
                     int* longindex);

#endif

/**
 * @file stdio.h
 * @brief Input and output (C17 7.21): buffered streams (FILE) in user
 * space, formatted output to memory and formatted input from memory
 * everywhere. Every printf-like and scanf-like function shares one
 * formatter and one scanner, described here first; the streams follow
 * below.
 *
 * The format follows C17 7.21.6.1 for:
 * - flags '-', '+', ' ', '#', '0'; field width and precision, either of
 *   them '*' (taken from an int argument; a negative width means '-', a
 *   negative precision means none);
 * - length modifiers hh, h, l, ll, j, z, t, and L for floating point;
 * - conversions d, i, u, o, x, X, c, s, p, n, %% and, in user space,
 *   f, F, e, E, g, G, a, A (see below).
 *
 * Choices where C leaves the behaviour to the implementation: %p prints
 * like %#lx ("0x1a2b") and a null pointer as "(nil)"; %s with a null
 * pointer prints "(null)" (cut by the precision like any string); %lc and
 * %ls write UTF-8, and a wchar_t that is no Unicode scalar value (a UTF-16
 * surrogate, for example) is an encoding error. A directive with an unknown
 * conversion is copied to the output as it is.
 *
 * The floating-point conversions f, F, e, E, g, G, a, A exist in user
 * space only: the kernel and the bootloader are built without
 * floating-point registers, and there such a directive is copied to the
 * output unchanged and reads no argument (a '*' width or precision is
 * still read); the arguments after it are only read correctly while the
 * floating-point ones travel in registers, which on x86-64 holds for up to
 * eight doubles and never for a long double followed by arguments passed
 * on the stack. In user space:
 * - the digits are exact: the binary value is converted with big
 *   integers and rounded to nearest, ties to even, at any precision
 *   ("%.1100e" of 2^-1074 shows its 751 significant digits, then zeros;
 *   "%.17g" output reads back as the same double);
 * - an infinity prints as "inf" and a NaN as "nan" ("INF" and "NAN" for
 *   F, E, G, A), with the sign of the value ("-nan"), padded with spaces
 *   even with the '0' flag;
 * - %a prints normal values as 0x1.hhhp+d, with as many digits as the
 *   value needs unless a precision is given, and subnormals as
 *   0x0.hhhp-1022, as glibc does; rounding to a precision may carry into
 *   the first digit ("%.1a" of 0x1.f8p0 is 0x2.0p+0);
 * - L (long double) is accepted, but the value is rounded to double
 *   before it is formatted.
 *
 * Every printf-like function returns the number of bytes produced
 * (without the terminating null byte), or -1 when that number would
 * exceed INT_MAX or on an encoding error.
 */
#ifndef _STDIO_H
#define _STDIO_H 1

#include <stdarg.h>
#include <stddef.h>

/** The value character functions return at end of file or on error. */
#define EOF (-1)

/**
 * Format into @p dest, writing at most @p size bytes including the
 * terminating null byte, which is always written when @p size > 0. With
 * @p size 0 nothing is written and @p dest may be NULL.
 * @return the length the whole output would have had: a result >= @p size
 * means it was cut.
 */
int snprintf(char* restrict dest, size_t size, const char* restrict fmt, ...)
    __attribute__((format(printf, 3, 4)));
/** snprintf with a va_list. */
int vsnprintf(char* restrict dest, size_t size, const char* restrict fmt, va_list args)
    __attribute__((format(printf, 3, 0)));
/** Format into @p dest, which must be large enough; prefer snprintf. */
int sprintf(char* restrict dest, const char* restrict fmt, ...) __attribute__((format(printf, 2, 3)));
/** sprintf with a va_list. */
int vsprintf(char* restrict dest, const char* restrict fmt, va_list args) __attribute__((format(printf, 2, 0)));

/**
 * Read @p str as @p fmt says (C17 7.21.6.2), storing the conversions
 * through the pointers that follow.
 *
 * Supported: white space (matches any amount of white space, none
 * included), ordinary characters, and directives of the form
 * %[*][width][length]conversion with the length modifiers hh, h, l, ll, j,
 * z, t, L and the conversions d, i, u, o, x, X (strtol's grammar for the
 * base; out-of-range values are clamped as strtoimax or strtoumax clamp
 * them, then cut to the argument's type), c, s, [ (with ranges such as
 * "a-z" and ']' first to include it), p (hexadecimal, or "(nil)" for a
 * null pointer, as printf writes them), n and %%. In user space also f, F,
 * e, E, g, G, a, A: strtod's grammar, stored into a float, a double (l)
 * or a long double (L, holding the double value, as strtold does). In the
 * kernel and the bootloader those are matching failures.
 *
 * Each input item is the longest sequence that is, or starts, a valid
 * one, and one that only starts one fails: "0x" for %x, "1e+" for %f and
 * %3c with two bytes left are matching failures. With l, %c, %s and %[
 * read UTF-8 and store wchar_t; their width counts characters, and a %l[
 * set lists ASCII characters only (any other character matches only a
 * negated set); a byte sequence that is not UTF-8 stops the scan with
 * errno set to EILSEQ.
 *
 * @return the number of conversions assigned, or EOF if the input ended
 * before the first conversion completed. A suppressed conversion ('*')
 * counts as completed here, as C17 7.21.6.2p16 reads: sscanf("1", "%*d%d",
 * &x) returns 0 (glibc returns EOF).
 */
int sscanf(const char* restrict str, const char* restrict fmt, ...) __attribute__((format(scanf, 2, 3)));
/** sscanf with a va_list. */
int vsscanf(const char* restrict str, const char* restrict fmt, va_list args) __attribute__((format(scanf, 2, 0)));

/*
 * Streams (user space only: the kernel and the bootloader are freestanding
 * and see none of what follows).
 *
 * A FILE is a descriptor (sys/io.h) with a buffer, an end-of-file and an
 * error indicator and a lock. stdin, stdout and stderr are descriptors 0,
 * 1 and 2. Buffering:
 * - stderr is unbuffered; every other stream decides at its first input
 *   or output, unless setvbuf chose first: a descriptor that can seek (a
 *   file) is fully buffered, one that cannot (the console sys:/console, a
 *   pipe, a socket) is line buffered. The system has no way to tell the
 *   console from a pipe, so both count as interactive.
 * - an output stream that is line buffered is written out at each newline
 *   (once per call: a printf that writes three lines makes one write), a
 *   fully buffered one when its buffer (BUFSIZ bytes) is full; an
 *   unbuffered one with one write per call.
 * - before reading from a descriptor for a stream that is line buffered
 *   or unbuffered, every line-buffered output stream is written out, so a
 *   prompt shows before its answer is awaited (C17 7.21.3p3).
 * - exit() writes out every stream (after the atexit handlers and the
 *   destructors); _Exit and abort do not.
 *
 * End of file is sticky: once a read has met it, reads return EOF without
 * asking the descriptor again until clearerr, fseek or ungetc (as C17
 * 7.21.7.1 says), even on the console, where more may be typed later.
 *
 * Threads: every function locks the stream for the whole call, so lines
 * that two threads write with one call each never mix. flockfile keeps it
 * locked across calls; the *_unlocked functions skip the lock. Lock order:
 * fopen, fdopen, fclose and fflush(NULL) take the list of streams before
 * a stream, so a thread that holds a stream through flockfile must not
 * call them while another thread may call fflush(NULL).
 *
 * Functions that fail set errno; a failed read or write also sets the
 * stream's error indicator. Using a stream for an access its mode does not
 * allow (reading a "w" stream, say) fails with EBADF.
 */
#if __STDC_HOSTED__

#include <sys/types.h> // ssize_t for getline, as POSIX has it

/** A stream; only pointers to it are used. */
typedef struct _FILE FILE;

/** A position in a stream, for fgetpos and fsetpos. */
typedef struct
{
    long long _offset;
} fpos_t;

/** The standard streams: descriptors 0, 1 and 2. */
extern FILE* stdin;
extern FILE* stdout;
extern FILE* stderr;
#define stdin stdin
#define stdout stdout
#define stderr stderr

/** setvbuf modes: fully buffered, line buffered, unbuffered. */
#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2

/** The size of a stream's buffer unless setvbuf says otherwise. */
#define BUFSIZ 8192

/** Streams that can be open at once: one per descriptor (MAX_FD). */
#define FOPEN_MAX 64
/** Room for a path, flags included (MAX_PATH). */
#define FILENAME_MAX 256

/** Origins for fseek, as for seek() in sys/io.h. */
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2

/**
 * Open the file at @p path as a stream. @p mode is one of
 *   "r"  read; the file must exist
 *   "w"  write; the file is created or emptied
 *   "a"  append: every write goes to the end; created if missing
 *   "r+" "w+" "a+"  the same, for reading and writing ("a+" reads from
 *        the start)
 * with 'b' allowed anywhere after the first letter (it changes nothing)
 * and 'x' after a "w" mode: fail with EEXIST if the file exists. The
 * check and the creation are two steps, so 'x' is not a lock between
 * processes. Any other mode fails with EINVAL. Flags in @p path (sys/io.h)
 * are kept: fopen("home:/x?nonblock", "r").
 * @return the stream, or NULL with errno set.
 */
FILE* fopen(const char* restrict path, const char* restrict mode);

/**
 * A stream for the open descriptor @p fd, which fclose will close. @p mode
 * as for fopen, but nothing is created or emptied; "a" moves to the end of
 * the file before each write. EBADF if @p fd is not open.
 */
FILE* fdopen(int fd, const char* mode);

/**
 * Run @p command in the shell (home:/bin/shell -c, as system()) with a
 * pipe to it: mode "r" reads what it writes to its standard output, "w"
 * writes to its standard input; its other standard descriptors are ours.
 * An 'e' after the letter ("re") is accepted (the stream's descriptor is
 * never passed on anyway). EINVAL for another mode or a NULL command.
 * @return the stream, or NULL with errno set.
 */
FILE* popen(const char* command, const char* mode);

/**
 * Close a stream from popen() and wait for its shell. Returns the
 * shell's wait status (sys/wait.h), or -1: EINVAL for a stream popen did
 * not make (left open), ECHILD if the shell cannot be waited for.
 */
int pclose(FILE* stream);

/**
 * Reopen @p stream on @p path with @p mode (as fopen), or with @p path
 * NULL change only what its mode allows. The stream keeps its descriptor
 * number, so freopen(path, "w", stdout) also redirects what spawned
 * programs get as descriptor 1. On failure the stream is closed and NULL
 * returned.
 */
FILE* freopen(const char* restrict path, const char* restrict mode, FILE* restrict stream);

/**
 * Write out and close @p stream and its descriptor, and free it.
 * @return 0, or EOF if writing out or closing failed (it is closed anyway).
 */
int fclose(FILE* stream);

/**
 * Write out what @p stream holds for output; for a stream last read from
 * a file that can seek, drop what it holds for input and move the
 * descriptor back to the stream's position. NULL: every output stream.
 * @return 0, or EOF on a write error.
 */
int fflush(FILE* stream);

/**
 * Choose @p stream's buffering (_IOFBF, _IOLBF, _IONBF) and buffer: @p buf
 * of @p size bytes, or with @p buf NULL one of @p size bytes (BUFSIZ if 0)
 * that the stream allocates itself. Use it before the first input or
 * output; it fails (nonzero, EBUSY) while input is buffered, and with
 * EINVAL for an unknown mode.
 */
int setvbuf(FILE* restrict stream, char* restrict buf, int mode, size_t size);
/** setvbuf(stream, buf, _IOFBF, BUFSIZ), or with @p buf NULL unbuffered. */
void setbuf(FILE* restrict stream, char* restrict buf);

/** The descriptor behind @p stream. */
int fileno(FILE* stream);

/**
 * Read up to @p count items of @p size bytes into @p dest.
 * @return the number of whole items read: fewer at end of file or on an
 * error (see feof and ferror).
 */
size_t fread(void* restrict dest, size_t size, size_t count, FILE* restrict stream);
/** Write @p count items of @p size bytes. @return the number written. */
size_t fwrite(const void* restrict src, size_t size, size_t count, FILE* restrict stream);

/** The next byte as an unsigned char, or EOF at end of file or on error. */
int fgetc(FILE* stream);
/** fgetc (a function here, not a macro). */
int getc(FILE* stream);
/** getc(stdin). */
int getchar(void);

/**
 * Push @p c back onto @p stream: the next read returns it. Up to 4 bytes
 * can be pushed back in a row (C asks for one). Clears end of file; a
 * later fseek drops them. @return @p c as an unsigned char, or EOF.
 */
int ungetc(int c, FILE* stream);

/**
 * Read a line into @p dest: up to and including the newline, at most
 * @p size - 1 bytes, then a null byte.
 * @return @p dest, or NULL at end of file before any byte, or on an error.
 */
char* fgets(char* restrict dest, int size, FILE* restrict stream);

/** Write the byte @p c. @return it as an unsigned char, or EOF. */
int fputc(int c, FILE* stream);
/** fputc (a function here, not a macro). */
int putc(int c, FILE* stream);
/** putc(c, stdout). */
int putchar(int c);
/** Write the string @p str. @return 0, or EOF on an error. */
int fputs(const char* restrict str, FILE* restrict stream);
/** Write @p str and a newline to stdout. @return 0, or EOF. */
int puts(const char* str);

/**
 * Read up to and including the byte @p delim (POSIX) into *@p line, a
 * malloc'd buffer of *@p size bytes that is made larger as needed (NULL
 * and 0 to start), null-terminated.
 * @return the number of bytes read (the null byte not counted), or -1 at
 * end of file before any byte or on an error (EINVAL for a null @p line
 * or @p size, ENOMEM).
 */
ssize_t getdelim(char** restrict line, size_t* restrict size, int delim, FILE* restrict stream);
/** getdelim up to a newline. */
ssize_t getline(char** restrict line, size_t* restrict size, FILE* restrict stream);

/** Nonzero when a read has met the end of @p stream. */
int feof(FILE* stream);
/** Nonzero when a read or write of @p stream has failed. */
int ferror(FILE* stream);
/** Clear the end-of-file and error indicators. */
void clearerr(FILE* stream);

/**
 * Move to @p offset from @p origin (SEEK_SET, SEEK_CUR, SEEK_END): output
 * is written out, input and pushed-back bytes dropped, end of file
 * cleared. @return 0, or -1 (ESPIPE for a pipe or the console, EINVAL).
 */
int fseek(FILE* stream, long offset, int origin);
/** The position in @p stream, counting what is buffered; -1 on failure. */
long ftell(FILE* stream);
/**
 * POSIX's fseeko and ftello: fseek and ftell with an off_t offset (long
 * and off_t are both 64 bits here, so they behave exactly alike).
 */
int fseeko(FILE* stream, off_t offset, int origin);
/** See fseeko. */
off_t ftello(FILE* stream);
/** fseek to the start and clear the error indicator. */
void rewind(FILE* stream);
/** Store the position (as ftell) in *@p pos. @return 0, or -1. */
int fgetpos(FILE* restrict stream, fpos_t* restrict pos);
/** Go back to a position fgetpos stored. @return 0, or -1. */
int fsetpos(FILE* stream, const fpos_t* pos);

/** Lock @p stream for this thread across calls (recursive, POSIX). */
void flockfile(FILE* stream);
/** flockfile without waiting. @return 0 when locked, nonzero if another thread holds it. */
int ftrylockfile(FILE* stream);
/** Undo one flockfile. */
void funlockfile(FILE* stream);
/** getc without locking: for a thread that holds the lock (flockfile). */
int getc_unlocked(FILE* stream);
/** getchar without locking. */
int getchar_unlocked(void);
/** putc without locking. */
int putc_unlocked(int c, FILE* stream);
/** putchar without locking. */
int putchar_unlocked(int c);

/** Format to stdout. @return bytes written, or a negative value on an error. */
int printf(const char* restrict fmt, ...) __attribute__((format(printf, 1, 2)));
/** Format to @p stream. */
int fprintf(FILE* restrict stream, const char* restrict fmt, ...) __attribute__((format(printf, 2, 3)));
/** printf with a va_list. */
int vprintf(const char* restrict fmt, va_list args) __attribute__((format(printf, 1, 0)));
/** fprintf with a va_list. */
int vfprintf(FILE* restrict stream, const char* restrict fmt, va_list args) __attribute__((format(printf, 2, 0)));
/**
 * Format straight to the descriptor @p fd (POSIX), without a stream: the
 * text goes out in pieces of up to 512 bytes, any length allowed.
 */
int dprintf(int fd, const char* restrict fmt, ...) __attribute__((format(printf, 2, 3)));
/** dprintf with a va_list. */
int vdprintf(int fd, const char* restrict fmt, va_list args) __attribute__((format(printf, 2, 0)));

/**
 * Read from stdin as sscanf reads its string. A byte read but not matched
 * is pushed back onto the stream (ungetc), so the next read gets it.
 */
int scanf(const char* restrict fmt, ...) __attribute__((format(scanf, 1, 2)));
/** scanf from @p stream. */
int fscanf(FILE* restrict stream, const char* restrict fmt, ...) __attribute__((format(scanf, 2, 3)));
/** scanf with a va_list. */
int vscanf(const char* restrict fmt, va_list args) __attribute__((format(scanf, 1, 0)));
/** fscanf with a va_list. */
int vfscanf(FILE* restrict stream, const char* restrict fmt, va_list args) __attribute__((format(scanf, 2, 0)));

/**
 * Write "@p prefix: " (unless @p prefix is NULL or empty), strerror(errno)
 * and a newline to stderr, in one write.
 */
void perror(const char* prefix);

/**
 * Delete the file or empty directory at @p path: the same function as
 * remove() in sys/io.h.
 */
int remove(const char* path);

/**
 * Give the file or directory @p from the name @p to: io_rename() of
 * sys/io.h (atomic; an existing file @p to is replaced; EXDEV across labels).
 * 0, or -1 with errno set.
 */
int rename(const char* from, const char* to);

/** Room for a name from tmpnam, terminator included. */
#define L_tmpnam 64
/** How many different names tmpnam makes in a process (a counter's range). */
#define TMP_MAX 0x7FFFFFFF

/**
 * A new file open "w+", removed when it is closed (or at exit): in
 * home:/tmp, made if missing. NULL with errno on failure.
 */
FILE* tmpfile(void);

/**
 * A name for a temporary file, home:/tmp/tmp-PID-N, that no file has now
 * (home:/tmp is made if missing). Stored in @p name (L_tmpnam bytes), or
 * with @p name NULL in a static buffer that the next call overwrites.
 * Another process may take the name before the caller does: tmpfile is
 * safer. NULL with errno when no name could be found.
 */
char* tmpnam(char* name);

#endif

#endif

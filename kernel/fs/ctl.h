// Commands written to "ctl" files (sys:/proc/N/ctl, a socket's ctl,
// sys:/consctl, a pty's ctl): one line of text such as "listen",
// "handler 0x401000" or "size 80 24".
//
// Each ctl file describes its commands in one table: a name, the kinds
// of its arguments and the function that carries it out. ctl_write reads
// the line, finds the command and checks its arguments before anything
// runs, so every ctl file refuses the same way: an unknown command, a
// missing, extra or malformed argument is -EINVAL, and the kernel log
// (at debug level) shows the file's usage, built from its table.
//
// A line is a command name followed by its arguments, separated by
// spaces (any number of them); a trailing newline or spaces (what a
// shell's echo leaves) do not count. A number is decimal or 0x hexadecimal, without sign. A text
// argument takes the rest of the line, spaces included.
#ifndef KERNEL_FS_CTL_H
#define KERNEL_FS_CTL_H 1

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

// Commands act on a file (file.h), which this parser needs only by name.
typedef struct file file_t;

/** The longest line a ctl file takes, with its terminator. */
#define CTL_LINE_MAX 128
/** The most arguments a command has. */
#define CTL_ARGS_MAX 3

typedef enum
{
    CTL_END = 0, /**< no more arguments (the zero value, so tables can leave it out) */
    CTL_NUMBER,  /**< an unsigned number, decimal or 0x hexadecimal */
    CTL_TEXT,    /**< the rest of the line, at least one character; only last */
} ctl_kind_t;

/** One parsed argument: .number for CTL_NUMBER, .text for CTL_TEXT. */
typedef union
{
    uint64_t number;
    const char* text;
} ctl_arg_t;

/** One command of a ctl file. */
typedef struct
{
    const char* name;
    ctl_kind_t args[CTL_ARGS_MAX];
    /** The arguments as people read them in the usage text ("PID", "COLS ROWS"); NULL for none. */
    const char* usage;
    /**
     * Carry it out for the ctl file @p file (its object, or the file
     * itself as an owner) with the parsed @p args: 0 or a negated errno
     * (-EINVAL too for a number out of the command's range).
     */
    int (*run)(file_t* file, const ctl_arg_t* args);
} ctl_command_t;

/** A ctl file's commands. */
typedef struct
{
    const char* name; /**< for the log: "proc ctl", "consctl" */
    const ctl_command_t* commands;
    size_t count;
} ctl_table_t;

/** A ctl_table_t initialiser for the array @p list of commands, called @p label in the log. */
#define CTL_TABLE(label, list) {.name = (label), .commands = (list), .count = sizeof(list) / sizeof((list)[0])}

/**
 * Parse @p line (a string without the trailing newline; it is cut into
 * pieces, and text arguments point into it) against @p table: the
 * command in *command and its arguments in @p args. 0, or -EINVAL for an
 * unknown command or bad arguments.
 */
int ctl_parse(const ctl_table_t* table, char* line, const ctl_command_t** command, ctl_arg_t args[CTL_ARGS_MAX]);

/**
 * Run the command in the @p count bytes written to @p file, a ctl file
 * with the commands of @p table. @p count when it ran, -EINVAL for a line
 * too long, unknown or malformed (logged with the usage), or the
 * command's own error.
 */
ssize_t ctl_write(file_t* file, const ctl_table_t* table, const void* buffer, size_t count);

/**
 * The usage text of @p table into @p text (@p size bytes, cut to fit and
 * terminated): "usage: wait | kill | handler ADDRESS". Its full length.
 */
size_t ctl_usage(const ctl_table_t* table, char* text, size_t size);

/** Parse @p text as a whole number, decimal or 0x hexadecimal; false if it is not one or overflows. */
bool ctl_number(const char* text, uint64_t* value);

#endif

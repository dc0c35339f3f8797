// init's configuration file: one command per line,
//   run PROGRAM [ARG...]    start it, and start it again whenever it exits
//   once PROGRAM [ARG...]   run it and wait for it to finish
// in the order written, each optionally preceded by a condition:
//   desktop run ...         only when the desktop is wanted (a framebuffer,
//                           and the boot command line does not say
//                           desktop=off)
//   text run ...            only when it is not
//  blank lines and lines whose first word starts
// with '#' are ignored. Words are separated by spaces or tabs (there is no
// quoting). See docs/programs.md.
#ifndef PROGRAMS_INIT_CONFIG_H
#define PROGRAMS_INIT_CONFIG_H 1

#include <stdbool.h>
#include <stddef.h>

/** The most words a line may have, its command included. */
#define CONFIG_MAX_WORDS 32
/** The largest configuration file read. */
#define CONFIG_MAX_SIZE 65536

typedef enum
{
    CONFIG_ALWAYS,
    CONFIG_DESKTOP, /**< only with the desktop */
    CONFIG_TEXT,    /**< only without it */
} config_condition_t;

typedef struct
{
    config_condition_t condition;
    bool restart;   /**< run (true) or once (false) */
    char** argv;    /**< the program and its arguments, ending with NULL */
} config_entry_t;

typedef struct
{
    config_entry_t* entries;
    size_t count;
} config_t;

/**
 * Read and check the file at @p path. On a problem, say what and where on
 * stderr ("init: PATH:LINE: ...") and return false; nothing is run then.
 */
bool config_load(const char* path, config_t* config);

#endif

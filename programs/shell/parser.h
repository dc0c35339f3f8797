// From tokens to a syntax tree:
//
//   list      := and_or ((';' | '&' | newline) and_or)*
//   and_or    := pipeline (('&&' | '||') newline* pipeline)*
//   pipeline  := command ('|' newline* command)*
//   command   := (word | redirection)+
//
// Words stay raw (see lexer.h) and point into the parsed text, which must
// outlive the tree; the tree itself lives in an arena.
#ifndef SHELL_PARSER_H
#define SHELL_PARSER_H 1

#include "arena.h"
#include "lexer.h"

#include <stdbool.h>

/** A word's raw text: a piece of the parsed line. */
typedef struct word
{
    const char* start;
    size_t length;
    struct word* next;
} word_t;

typedef struct redirect
{
    redirect_kind_t kind;
    int fd;
    word_t target; /**< a file, or for <& and >& a descriptor number or "-" */
    struct redirect* next;
} redirect_t;

/** One program or builtin with its arguments and redirections, in order. */
typedef struct command
{
    word_t* words;
    size_t word_count;
    redirect_t* redirects;
    struct command* next; /**< the next command of the pipeline */
} command_t;

typedef enum
{
    CONNECT_FIRST, /**< the first pipeline of an and-or list */
    CONNECT_AND,   /**< runs if the previous status is 0 */
    CONNECT_OR,    /**< runs if the previous status is not 0 */
} connector_t;

typedef struct pipeline
{
    command_t* commands;
    size_t command_count;
    connector_t connector;
    struct pipeline* next;
} pipeline_t;

/** Pipelines joined by && and ||, run in the foreground or the background. */
typedef struct and_or
{
    pipeline_t* pipelines;
    bool background;
    const char* text; /**< its source text (job listings, background shells) */
    size_t text_length;
    struct and_or* next;
} and_or_t;

typedef enum
{
    PARSE_OK,
    PARSE_INCOMPLETE, /**< the text stops where more must follow (open quote, trailing |) */
    PARSE_ERROR,
} parse_result_t;

/**
 * Parse @p text. On PARSE_OK, *@p list is the commands (NULL when there
 * are none); on PARSE_ERROR, @p error gets a message without the
 * "shell: " prefix.
 */
parse_result_t parse_text(const char* text, arena_t* arena, and_or_t** list, char* error, size_t error_size);

#endif

// Word expansion: from a word's raw text to the arguments a program gets.
//
// Quotes and backslashes are removed ('...' keeps everything literally,
// "..." still expands $ and takes \" \\ \$ \` and backslash-newline) and
// parameters are replaced:
//   $? last status   $$ the shell's pid   $! last background pid
//   $# number of positional parameters    $0 $1 ... ${10}  positional
//   $@ $* every positional parameter, each its own argument
//   $NAME ${NAME}    the variable's value (variables.h), nothing if unset
// A parameter's value is never split into several arguments or matched
// against file names, so "$1" and $1 are the same. An unquoted word that
// comes out empty is dropped; "" stays an empty argument.
#ifndef SHELL_EXPAND_H
#define SHELL_EXPAND_H 1

#include "arena.h"
#include "parser.h"
#include "shell.h"

/**
 * The arguments for @p words (the list that starts there): a NULL-ended
 * array in @p arena, its length in *@p argc. NULL after reporting an
 * error (a bad ${...}).
 */
char** expand_arguments(const shell_t* shell, const word_t* words, arena_t* arena, int* argc);

/**
 * @p word as exactly one string (a redirection's target): NULL, after
 * reporting it, when it expands to no word or to several.
 */
char* expand_single(const shell_t* shell, const word_t* word, arena_t* arena);

#endif

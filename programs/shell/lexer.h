// Splitting a command line into tokens: words and operators.
//
// A word's token is its raw text, quotes and backslashes included;
// expand.c removes them later, because what a quote means ('$' inside
// '...' is literal, inside "..." it is not) matters only then. The lexer
// only needs to know where a word ends: at unquoted white space or an
// operator character.
#ifndef SHELL_LEXER_H
#define SHELL_LEXER_H 1

#include <stddef.h>

typedef enum
{
    TOKEN_WORD,
    TOKEN_NEWLINE,
    TOKEN_SEMICOLON,  /**< ; */
    TOKEN_AMPERSAND,  /**< & */
    TOKEN_AND,        /**< && */
    TOKEN_OR,         /**< || */
    TOKEN_PIPE,       /**< | */
    TOKEN_REDIRECT,   /**< < > >> <& >&, with an optional descriptor number before */
    TOKEN_END,        /**< the end of the text */
    TOKEN_INCOMPLETE, /**< the text ends inside quotes or after a backslash */
} token_kind_t;

typedef enum
{
    REDIRECT_INPUT,      /**< N< file   (N is 0 unless given) */
    REDIRECT_OUTPUT,     /**< N> file   (N is 1 unless given) */
    REDIRECT_APPEND,     /**< N>> file  */
    REDIRECT_DUP_INPUT,  /**< N<&M      */
    REDIRECT_DUP_OUTPUT, /**< N>&M      */
} redirect_kind_t;

typedef struct
{
    token_kind_t kind;
    const char* start; /**< the token's text in the line */
    size_t length;
    redirect_kind_t redirect; /**< TOKEN_REDIRECT only */
    int fd;                   /**< TOKEN_REDIRECT only: the descriptor it changes */
} token_t;

typedef struct
{
    const char* text;
    size_t position;
} lexer_t;

void lexer_init(lexer_t* lexer, const char* text);

/** The next token; TOKEN_END (again and again) once the text is used up. */
token_t lexer_next(lexer_t* lexer);

#endif

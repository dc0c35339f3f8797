#include "lexer.h"

#include <stdbool.h>
#include <string.h>

// The characters that end an unquoted word.
static bool lexer_is_separator(char c)
{
    return c == '\0' || strchr(" \t\n;&|<>", c) != NULL;
}

void lexer_init(lexer_t* lexer, const char* text)
{
    lexer->text = text;
    lexer->position = 0;
}

static token_t lexer_token(lexer_t* lexer, token_kind_t kind, size_t start)
{
    return (token_t){.kind = kind, .start = lexer->text + start, .length = lexer->position - start};
}

// A backslash-newline that ends the text: the line goes on in the next one.
static bool lexer_continues(const char* at)
{
    return at[0] == '\\' && at[1] == '\n' && at[2] == '\0';
}

// Skip blanks, backslash-newline pairs (a line continued) and a comment,
// which runs to the end of the line but leaves the newline as a token.
static void lexer_skip_blanks(lexer_t* lexer)
{
    const char* text = lexer->text;
    for (;;)
    {
        char c = text[lexer->position];
        if (c == ' ' || c == '\t')
        {
            lexer->position++;
        }
        else if (c == '\\' && text[lexer->position + 1] == '\n' && !lexer_continues(text + lexer->position))
        {
            lexer->position += 2;
        }
        else if (c == '#')
        {
            while (text[lexer->position] != '\0' && text[lexer->position] != '\n')
            {
                lexer->position++;
            }
        }
        else
        {
            return;
        }
    }
}

// The word at the position: false when the text ends inside it (an open
// quote, a trailing backslash).
static bool lexer_scan_word(lexer_t* lexer)
{
    const char* text = lexer->text;
    size_t i = lexer->position;
    while (!lexer_is_separator(text[i]))
    {
        char c = text[i];
        if (c == '\\')
        {
            if (text[i + 1] == '\0' || lexer_continues(text + i))
            {
                return false;
            }
            i += 2;
        }
        else if (c == '\'')
        {
            const char* close = strchr(text + i + 1, '\'');
            if (close == NULL)
            {
                return false;
            }
            i = (size_t)(close - text) + 1;
        }
        else if (c == '"')
        {
            for (i++; text[i] != '"'; i++)
            {
                if (text[i] == '\0' || (text[i] == '\\' && text[i + 1] == '\0'))
                {
                    return false;
                }
                if (text[i] == '\\')
                {
                    i++;
                }
            }
            i++;
        }
        else
        {
            i++;
        }
    }
    lexer->position = i;
    return true;
}

// A redirection operator at the position, after an optional number.
static bool lexer_scan_redirect(lexer_t* lexer, token_t* token)
{
    const char* text = lexer->text;
    size_t start = lexer->position, i = start;
    int fd = -1;
    while (text[i] >= '0' && text[i] <= '9' && i - start < 3)
    {
        fd = (fd < 0 ? 0 : fd * 10) + (text[i] - '0');
        i++;
    }
    char c = text[i];
    if (c != '<' && c != '>')
    {
        return false;
    }
    redirect_kind_t kind;
    if (c == '<')
    {
        kind = text[i + 1] == '&' ? REDIRECT_DUP_INPUT : REDIRECT_INPUT;
        i += kind == REDIRECT_DUP_INPUT ? 2 : 1;
    }
    else if (text[i + 1] == '>')
    {
        kind = REDIRECT_APPEND;
        i += 2;
    }
    else
    {
        kind = text[i + 1] == '&' ? REDIRECT_DUP_OUTPUT : REDIRECT_OUTPUT;
        i += kind == REDIRECT_DUP_OUTPUT ? 2 : 1;
    }
    lexer->position = i;
    *token = lexer_token(lexer, TOKEN_REDIRECT, start);
    token->redirect = kind;
    token->fd = fd >= 0 ? fd : (c == '<' ? 0 : 1);
    return true;
}

// An operator of one or two characters: @p c, or @p c twice.
static token_t lexer_scan_operator(lexer_t* lexer, token_kind_t single, token_kind_t doubled)
{
    size_t start = lexer->position;
    char c = lexer->text[start];
    bool twice = doubled != single && lexer->text[start + 1] == c;
    lexer->position += twice ? 2 : 1;
    return lexer_token(lexer, twice ? doubled : single, start);
}

token_t lexer_next(lexer_t* lexer)
{
    lexer_skip_blanks(lexer);
    size_t start = lexer->position;
    token_t token;
    switch (lexer->text[start])
    {
    case '\0':
        return lexer_token(lexer, TOKEN_END, start);
    case '\n':
        lexer->position++;
        return lexer_token(lexer, TOKEN_NEWLINE, start);
    case ';':
        return lexer_scan_operator(lexer, TOKEN_SEMICOLON, TOKEN_SEMICOLON);
    case '&':
        return lexer_scan_operator(lexer, TOKEN_AMPERSAND, TOKEN_AND);
    case '|':
        return lexer_scan_operator(lexer, TOKEN_PIPE, TOKEN_OR);
    default:
        break;
    }
    if (lexer_scan_redirect(lexer, &token))
    {
        return token;
    }
    if (!lexer_scan_word(lexer))
    {
        lexer->position = strlen(lexer->text);
        return lexer_token(lexer, TOKEN_INCOMPLETE, start);
    }
    return lexer_token(lexer, TOKEN_WORD, start);
}

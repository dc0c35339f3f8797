#include "expand.h"

#include "buffer.h"
#include "memory.h"
#include "variables.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/proc.h>

// The arguments one word turns into; usually one, more for $@.
typedef struct
{
    const shell_t* shell;
    arena_t* arena;
    buffer_t field;     /**< the argument being built */
    bool quoted;        /**< it had quotes: keep it even if empty */
    bool vanishing;     /**< it held "$@" with nothing in it: may disappear although quoted */
    char** fields;
    size_t count;
    size_t capacity;
} expansion_t;

static void expansion_push(expansion_t* expansion, const char* text)
{
    if (expansion->count + 1 >= expansion->capacity)
    {
        expansion->capacity = expansion->capacity < 8 ? 8 : expansion->capacity * 2;
        expansion->fields = memory_resize(expansion->fields, expansion->capacity * sizeof(char*));
    }
    expansion->fields[expansion->count++] = arena_strndup(expansion->arena, text, strlen(text));
    expansion->fields[expansion->count] = NULL;
}

// End the current argument: kept unless it is empty and nothing quoted it.
static void expansion_finish_field(expansion_t* expansion)
{
    bool keep = expansion->field.length > 0 || (expansion->quoted && !expansion->vanishing);
    if (keep)
    {
        expansion_push(expansion, buffer_text(&expansion->field));
    }
    buffer_clear(&expansion->field);
    expansion->quoted = false;
    expansion->vanishing = false;
}

// Every positional parameter from $1, each in an argument of its own; the
// text before "$@" joins the first and the text after it the last.
static void expansion_all_parameters(expansion_t* expansion)
{
    const shell_t* shell = expansion->shell;
    if (shell->argc <= 1)
    {
        expansion->vanishing = true;
        return;
    }
    for (int i = 1; i < shell->argc; i++)
    {
        if (i > 1)
        {
            expansion->quoted = true; // "$@" with an empty parameter still gives ""
            expansion_finish_field(expansion);
        }
        buffer_append_string(&expansion->field, shell->argv[i]);
    }
}

static void expansion_number(expansion_t* expansion, long long value)
{
    char text[24];
    snprintf(text, sizeof(text), "%lld", value);
    buffer_append_string(&expansion->field, text);
}

// The parameter named by @p name (@p length bytes): false if no name can
// be such a parameter (for ${...}).
static bool expansion_parameter(expansion_t* expansion, const char* name, size_t length)
{
    const shell_t* shell = expansion->shell;
    if (length == 1 && strchr("?$!#@*", name[0]) != NULL)
    {
        switch (name[0])
        {
        case '?':
            expansion_number(expansion, shell->status);
            break;
        case '$':
            expansion_number(expansion, (long long)process_id());
            break;
        case '!':
            if (shell->last_background != 0)
            {
                expansion_number(expansion, (long long)shell->last_background);
            }
            break;
        case '#':
            expansion_number(expansion, shell->argc > 0 ? shell->argc - 1 : 0);
            break;
        default:
            expansion_all_parameters(expansion);
            break;
        }
        return true;
    }
    if (length > 0 && isdigit((unsigned char)name[0]))
    {
        int index = 0;
        for (size_t i = 0; i < length; i++)
        {
            if (!isdigit((unsigned char)name[i]))
            {
                return false;
            }
            index = index > 100000 ? index : index * 10 + (name[i] - '0');
        }
        if (index < shell->argc)
        {
            buffer_append_string(&expansion->field, shell->argv[index]);
        }
        return true;
    }
    if (!variables_name_valid(name, length))
    {
        return false;
    }
    const char* value = variables_get(name, length);
    if (value != NULL)
    {
        buffer_append_string(&expansion->field, value);
    }
    return true;
}

// A '$' at text[*i]: expand what follows and move *i past it. False
// (after reporting) for a malformed ${...}.
static bool expansion_dollar(expansion_t* expansion, const char* text, size_t* i, size_t end)
{
    size_t next = *i + 1;
    char c = next < end ? text[next] : '\0';
    if (c == '{')
    {
        const char* close = memchr(text + next, '}', end - next);
        size_t length = close != NULL ? (size_t)(close - (text + next + 1)) : 0;
        if (close == NULL || !expansion_parameter(expansion, text + next + 1, length))
        {
            size_t shown = close != NULL ? (size_t)(close - text) + 1 - *i : end - *i;
            shell_error("bad substitution: %.*s", (int)shown, text + *i);
            return false;
        }
        *i = (size_t)(close - text) + 1;
        return true;
    }
    if (c != '\0' && strchr("?$!#@*0123456789", c) != NULL)
    {
        expansion_parameter(expansion, &text[next], 1);
        *i = next + 1;
        return true;
    }
    if (isalpha((unsigned char)c) || c == '_')
    {
        size_t stop = next;
        while (stop < end && (isalnum((unsigned char)text[stop]) || text[stop] == '_'))
        {
            stop++;
        }
        expansion_parameter(expansion, &text[next], stop - next);
        *i = stop;
        return true;
    }
    buffer_append_char(&expansion->field, '$'); // a lone '$' is itself
    *i = next;
    return true;
}

// The inside of "...", from text[*i] (just after the opening quote) to the
// closing quote, which *i ends just after.
static bool expansion_double_quoted(expansion_t* expansion, const char* text, size_t* i, size_t end)
{
    size_t at = *i;
    while (at < end && text[at] != '"')
    {
        char c = text[at];
        if (c == '\\' && at + 1 < end && strchr("$`\"\\\n", text[at + 1]) != NULL)
        {
            if (text[at + 1] != '\n')
            {
                buffer_append_char(&expansion->field, text[at + 1]);
            }
            at += 2;
        }
        else if (c == '$')
        {
            if (!expansion_dollar(expansion, text, &at, end))
            {
                return false;
            }
        }
        else
        {
            buffer_append_char(&expansion->field, c);
            at++;
        }
    }
    *i = at + 1;
    return true;
}

static bool expansion_word(expansion_t* expansion, const word_t* word)
{
    const char* text = word->start;
    size_t end = word->length, i = 0;
    while (i < end)
    {
        char c = text[i];
        if (c == '\\')
        {
            // The lexer never leaves a backslash last in a word.
            if (text[i + 1] != '\n')
            {
                buffer_append_char(&expansion->field, text[i + 1]);
                expansion->quoted = true;
            }
            i += 2;
        }
        else if (c == '\'')
        {
            const char* close = memchr(text + i + 1, '\'', end - i - 1);
            buffer_append(&expansion->field, text + i + 1, (size_t)(close - (text + i + 1)));
            expansion->quoted = true;
            i = (size_t)(close - text) + 1;
        }
        else if (c == '"')
        {
            expansion->quoted = true;
            i++;
            if (!expansion_double_quoted(expansion, text, &i, end))
            {
                return false;
            }
        }
        else if (c == '$')
        {
            if (!expansion_dollar(expansion, text, &i, end))
            {
                return false;
            }
        }
        else
        {
            buffer_append_char(&expansion->field, c);
            i++;
        }
    }
    expansion_finish_field(expansion);
    return true;
}

// Expand every word of a list into one array; false on an error.
static bool expansion_words(expansion_t* expansion, const word_t* words)
{
    for (const word_t* word = words; word != NULL; word = word->next)
    {
        if (!expansion_word(expansion, word))
        {
            return false;
        }
    }
    return true;
}

static void expansion_free(expansion_t* expansion)
{
    buffer_free(&expansion->field);
    free(expansion->fields);
}

char** expand_arguments(const shell_t* shell, const word_t* words, arena_t* arena, int* argc)
{
    expansion_t expansion = {.shell = shell, .arena = arena};
    char** result = NULL;
    if (expansion_words(&expansion, words))
    {
        result = arena_alloc(arena, (expansion.count + 1) * sizeof(char*));
        if (expansion.count > 0)
        {
            memcpy(result, expansion.fields, expansion.count * sizeof(char*));
        }
        *argc = (int)expansion.count;
    }
    expansion_free(&expansion);
    return result;
}

char* expand_single(const shell_t* shell, const word_t* word, arena_t* arena)
{
    word_t alone = {word->start, word->length, NULL};
    int count = 0;
    char** fields = expand_arguments(shell, &alone, arena, &count);
    if (fields == NULL)
    {
        return NULL;
    }
    if (count != 1)
    {
        shell_error("%.*s: ambiguous redirect", (int)word->length, word->start);
        return NULL;
    }
    return fields[0];
}

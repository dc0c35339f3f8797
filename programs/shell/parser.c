#include "parser.h"

#include <stdio.h>
#include <string.h>

typedef struct
{
    lexer_t lexer;
    token_t token; /**< the lookahead */
    const char* last_end; /**< where the last token taken ended */
    arena_t* arena;
    parse_result_t result;
    char* error;
    size_t error_size;
} parser_t;

static void parser_advance(parser_t* parser)
{
    parser->last_end = parser->token.start + parser->token.length;
    parser->token = lexer_next(&parser->lexer);
}

static void parser_skip_newlines(parser_t* parser)
{
    while (parser->token.kind == TOKEN_NEWLINE)
    {
        parser_advance(parser);
    }
}

// Fail at the lookahead token. A text that ends early (inside quotes, or
// after an operator that needs more) is incomplete rather than wrong: a
// reader can then ask for another line.
static bool parser_fail(parser_t* parser, bool end_is_incomplete)
{
    const token_t* token = &parser->token;
    if (token->kind == TOKEN_INCOMPLETE || (token->kind == TOKEN_END && end_is_incomplete))
    {
        parser->result = PARSE_INCOMPLETE;
    }
    else if (token->kind == TOKEN_END)
    {
        parser->result = PARSE_ERROR;
        snprintf(parser->error, parser->error_size, "syntax error: unexpected end of input");
    }
    else if (token->kind == TOKEN_NEWLINE)
    {
        parser->result = PARSE_ERROR;
        snprintf(parser->error, parser->error_size, "syntax error near newline");
    }
    else
    {
        parser->result = PARSE_ERROR;
        snprintf(parser->error, parser->error_size, "syntax error near '%.*s'", (int)token->length, token->start);
    }
    return false;
}

static word_t* parser_word(parser_t* parser)
{
    word_t* word = arena_alloc(parser->arena, sizeof(word_t));
    word->start = parser->token.start;
    word->length = parser->token.length;
    parser_advance(parser);
    return word;
}

static bool parser_redirect(parser_t* parser, redirect_t** slot)
{
    redirect_t* redirect = arena_alloc(parser->arena, sizeof(redirect_t));
    redirect->kind = parser->token.redirect;
    redirect->fd = parser->token.fd;
    parser_advance(parser);
    if (parser->token.kind != TOKEN_WORD)
    {
        return parser_fail(parser, false);
    }
    word_t* target = parser_word(parser);
    redirect->target = *target;
    *slot = redirect;
    return true;
}

static command_t* parser_command(parser_t* parser)
{
    command_t* command = arena_alloc(parser->arena, sizeof(command_t));
    word_t** word_slot = &command->words;
    redirect_t** redirect_slot = &command->redirects;
    for (;;)
    {
        if (parser->token.kind == TOKEN_WORD)
        {
            *word_slot = parser_word(parser);
            word_slot = &(*word_slot)->next;
            command->word_count++;
        }
        else if (parser->token.kind == TOKEN_REDIRECT)
        {
            if (!parser_redirect(parser, redirect_slot))
            {
                return NULL;
            }
            redirect_slot = &(*redirect_slot)->next;
        }
        else
        {
            break;
        }
    }
    if (command->words == NULL && command->redirects == NULL)
    {
        parser_fail(parser, false);
        return NULL;
    }
    return command;
}

static pipeline_t* parser_pipeline(parser_t* parser, connector_t connector)
{
    pipeline_t* pipeline = arena_alloc(parser->arena, sizeof(pipeline_t));
    pipeline->connector = connector;
    command_t** slot = &pipeline->commands;
    for (;;)
    {
        *slot = parser_command(parser);
        if (*slot == NULL)
        {
            return NULL;
        }
        slot = &(*slot)->next;
        pipeline->command_count++;
        if (parser->token.kind != TOKEN_PIPE)
        {
            return pipeline;
        }
        parser_advance(parser);
        parser_skip_newlines(parser);
        if (parser->token.kind == TOKEN_END || parser->token.kind == TOKEN_INCOMPLETE)
        {
            parser_fail(parser, true);
            return NULL;
        }
    }
}

static and_or_t* parser_and_or(parser_t* parser)
{
    and_or_t* and_or = arena_alloc(parser->arena, sizeof(and_or_t));
    and_or->text = parser->token.start;
    pipeline_t** slot = &and_or->pipelines;
    connector_t connector = CONNECT_FIRST;
    for (;;)
    {
        *slot = parser_pipeline(parser, connector);
        if (*slot == NULL)
        {
            return NULL;
        }
        slot = &(*slot)->next;
        if (parser->token.kind != TOKEN_AND && parser->token.kind != TOKEN_OR)
        {
            break;
        }
        connector = parser->token.kind == TOKEN_AND ? CONNECT_AND : CONNECT_OR;
        parser_advance(parser);
        parser_skip_newlines(parser);
        if (parser->token.kind == TOKEN_END || parser->token.kind == TOKEN_INCOMPLETE)
        {
            parser_fail(parser, true);
            return NULL;
        }
    }
    and_or->text_length = (size_t)(parser->last_end - and_or->text);
    return and_or;
}

parse_result_t parse_text(const char* text, arena_t* arena, and_or_t** list, char* error, size_t error_size)
{
    parser_t parser = {.arena = arena, .result = PARSE_OK, .error = error, .error_size = error_size};
    lexer_init(&parser.lexer, text);
    parser.token = lexer_next(&parser.lexer);
    parser.last_end = text;
    *list = NULL;
    and_or_t** slot = list;
    for (;;)
    {
        parser_skip_newlines(&parser);
        if (parser.token.kind == TOKEN_END)
        {
            return PARSE_OK;
        }
        *slot = parser_and_or(&parser);
        if (*slot == NULL)
        {
            return parser.result;
        }
        switch (parser.token.kind)
        {
        case TOKEN_AMPERSAND:
            (*slot)->background = true;
            parser_advance(&parser);
            break;
        case TOKEN_SEMICOLON:
        case TOKEN_NEWLINE:
            parser_advance(&parser);
            break;
        case TOKEN_END:
            break;
        default:
            parser_fail(&parser, false);
            return parser.result;
        }
        slot = &(*slot)->next;
    }
}

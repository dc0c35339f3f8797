// The ctl command parser (see ctl.h).
#include "ctl.h"

#include <kernel/log/log.h>

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

static int ctl_digit(char c, unsigned base)
{
    int value = c >= '0' && c <= '9' ? c - '0'
              : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                     : 99;
    return value < (int)base ? value : -1;
}

bool ctl_number(const char* text, uint64_t* value)
{
    unsigned base = 10;
    if (text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
    {
        base = 16;
        text += 2;
    }
    if (*text == '\0')
    {
        return false;
    }
    uint64_t result = 0;
    for (; *text != '\0'; text++)
    {
        int digit = ctl_digit(*text, base);
        if (digit < 0 || __builtin_mul_overflow(result, base, &result) ||
            __builtin_add_overflow(result, (uint64_t)digit, &result))
        {
            return false;
        }
    }
    *value = result;
    return true;
}

// The next word of *cursor, cut off with a terminator; NULL at the end.
static char* ctl_next_word(char** cursor)
{
    char* word = *cursor + strspn(*cursor, " ");
    if (*word == '\0')
    {
        return NULL;
    }
    char* end = word + strcspn(word, " ");
    *cursor = end;
    if (*end != '\0')
    {
        *end = '\0';
        (*cursor)++;
    }
    return word;
}

static const ctl_command_t* ctl_find(const ctl_table_t* table, const char* name)
{
    for (size_t i = 0; i < table->count; i++)
    {
        if (strcmp(table->commands[i].name, name) == 0)
        {
            return &table->commands[i];
        }
    }
    return NULL;
}

int ctl_parse(const ctl_table_t* table, char* line, const ctl_command_t** command, ctl_arg_t args[CTL_ARGS_MAX])
{
    char* cursor = line;
    char* name = ctl_next_word(&cursor);
    const ctl_command_t* found = name != NULL ? ctl_find(table, name) : NULL;
    if (found == NULL)
    {
        return -EINVAL;
    }
    for (size_t i = 0; i < CTL_ARGS_MAX && found->args[i] != CTL_END; i++)
    {
        if (found->args[i] == CTL_TEXT)
        {
            args[i].text = cursor + strspn(cursor, " ");
            if (*args[i].text == '\0')
            {
                return -EINVAL;
            }
            cursor += strlen(cursor);
            continue;
        }
        char* word = ctl_next_word(&cursor);
        if (word == NULL || !ctl_number(word, &args[i].number))
        {
            return -EINVAL;
        }
    }
    if (ctl_next_word(&cursor) != NULL)
    {
        return -EINVAL; // more than the command takes
    }
    *command = found;
    return 0;
}

size_t ctl_usage(const ctl_table_t* table, char* text, size_t size)
{
    size_t length = (size_t)snprintf(text, size, "usage:");
    for (size_t i = 0; i < table->count; i++)
    {
        const ctl_command_t* command = &table->commands[i];
        size_t room = length < size ? size - length : 0;
        length += (size_t)snprintf(text + (size - room), room, "%s %s%s%s", i == 0 ? "" : " |", command->name,
            command->usage != NULL ? " " : "", command->usage != NULL ? command->usage : "");
    }
    return length;
}

// Why a line was refused, for whoever reads the log at debug level (the
// line itself is left out: it is anybody's bytes).
static void ctl_log_refusal(const ctl_table_t* table)
{
    char usage[160];
    ctl_usage(table, usage, sizeof(usage));
    log_debug("%s: command refused; %s", table->name, usage);
}

ssize_t ctl_write(file_t* file, const ctl_table_t* table, const void* buffer, size_t count)
{
    char line[CTL_LINE_MAX];
    if (count >= sizeof(line))
    {
        return -EINVAL;
    }
    memcpy(line, buffer, count);
    size_t length = count;
    while (length > 0 && (line[length - 1] == '\n' || line[length - 1] == ' ' || line[length - 1] == '\0'))
    {
        length--;
    }
    line[length] = '\0';
    const ctl_command_t* command;
    ctl_arg_t args[CTL_ARGS_MAX] = {0};
    // A terminator inside the line would hide the rest of it.
    int result = memchr(line, '\0', length) == NULL ? ctl_parse(table, line, &command, args) : -EINVAL;
    if (result != 0)
    {
        ctl_log_refusal(table);
        return result;
    }
    result = command->run(file, args);
    return result != 0 ? result : (ssize_t)count;
}

// The kernel's ctl parser (kernel/fs/ctl.c): what a program writes to a
// ctl file, taken apart into a command and its arguments. The input is
// the write. unit_ctl.c runs it through ctl_write with a table of four
// commands (wait; handler NUMBER; size NUMBER NUMBER; bind TEXT); this
// file parses it again with the host's C library, from ctl.h's
// description, and the two must agree on whether a command ran, which,
// and with what arguments.
#include "fuzz.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LINE_MAX_BYTES 128

typedef struct
{
    int outcome;
    int command;
    uint64_t numbers[2];
    char text[LINE_MAX_BYTES];
    size_t usage_length;
} fuzz_ctl_seen_t;

void pw_fuzz_ctl(const void* data, size_t size, fuzz_ctl_seen_t* seen);

FUZZ_FAIL_DEFINITION

static const char* const names[] = {"wait", "handler", "size", "bind"};
static const int number_args[] = {0, 1, 2, 0};
#define USAGE "usage: wait | handler ADDRESS | size COLS ROWS | bind NAME"

// A whole word that is a number as ctl.h describes it.
static bool model_number(const char* word, uint64_t* value)
{
    const char* digits = word;
    const char* allowed = "0123456789";
    if (word[0] == '0' && (word[1] == 'x' || word[1] == 'X'))
    {
        digits = word + 2;
        allowed = "0123456789abcdefABCDEF";
    }
    if (*digits == '\0' || strspn(digits, allowed) != strlen(digits))
    {
        return false;
    }
    errno = 0;
    unsigned long long parsed = strtoull(word, NULL, digits == word ? 10 : 16);
    *value = parsed;
    return errno != ERANGE;
}

static char* model_word(char** cursor)
{
    char* word = *cursor + strspn(*cursor, " ");
    if (*word == '\0')
    {
        return NULL;
    }
    char* end = word + strcspn(word, " ");
    *cursor = *end != '\0' ? end + 1 : end;
    *end = '\0';
    return word;
}

// What ctl_write should do with the write.
static void model(const uint8_t* data, size_t size, fuzz_ctl_seen_t* want)
{
    memset(want, 0, sizeof(*want));
    want->command = -1;
    want->outcome = 1;
    if (size >= LINE_MAX_BYTES)
    {
        return;
    }
    char line[LINE_MAX_BYTES];
    memcpy(line, data, size);
    while (size > 0 && (line[size - 1] == '\n' || line[size - 1] == ' ' || line[size - 1] == '\0'))
    {
        size--;
    }
    line[size] = '\0';
    if (strlen(line) != size)
    {
        return;
    }
    char* cursor = line;
    char* name = model_word(&cursor);
    int command = -1;
    for (int i = 0; name != NULL && i < 4; i++)
    {
        command = strcmp(name, names[i]) == 0 ? i : command;
    }
    if (command < 0)
    {
        return;
    }
    for (int i = 0; i < number_args[command]; i++)
    {
        char* word = model_word(&cursor);
        if (word == NULL || !model_number(word, &want->numbers[i]))
        {
            return;
        }
    }
    if (command == 3)
    {
        cursor += strspn(cursor, " ");
        if (*cursor == '\0')
        {
            return;
        }
        strcpy(want->text, cursor);
    }
    else if (model_word(&cursor) != NULL)
    {
        return;
    }
    want->command = command;
    want->outcome = 0;
}

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // Exactly sized, so a read past the write is caught.
    uint8_t* copy = malloc(size != 0 ? size : 1);
    memcpy(copy, data, size);
    fuzz_ctl_seen_t seen, want;
    pw_fuzz_ctl(copy, size, &seen);
    model(data, size, &want);
    free(copy);
    FUZZ_CHECK(seen.outcome != 2, "ctl_write gave neither the count nor EINVAL");
    FUZZ_CHECK(seen.outcome == want.outcome, "ctl_write and the model disagree on whether the line is a command");
    FUZZ_CHECK(seen.command == want.command, "ctl_write ran another command than the model");
    FUZZ_CHECK(memcmp(seen.numbers, want.numbers, sizeof(seen.numbers)) == 0 || seen.outcome != 0,
        "ctl_write read other numbers than the model");
    FUZZ_CHECK(strcmp(seen.text, want.text) == 0 || seen.outcome != 0, "ctl_write read another text than the model");
    FUZZ_CHECK(seen.usage_length == strlen(USAGE), "ctl_usage's length is not the whole usage text");
    return 0;
}

#include "text.h"

#include "hostile.h"

#include <stdio.h>
#include <string.h>

static const char special[] = "/?&:.\\ \t\n\r%*~-_0123456789xX";

static char text_junk_char(rng_t* rng)
{
    switch (rng_below(rng, 4))
    {
    case 0:
        return special[rng_below(rng, sizeof(special) - 1)];
    case 1:
        return (char)rng_range(rng, 'a', 'z');
    case 2:
        return (char)rng_below(rng, 0x20); // controls, the null byte included
    default:
        return (char)rng_below(rng, 256);
    }
}

void text_junk(rng_t* rng, char* out, size_t count)
{
    for (size_t i = 0; i < count; i++)
    {
        out[i] = text_junk_char(rng);
    }
}

size_t text_mutate(rng_t* rng, char* text, size_t length, size_t size)
{
    if (size == 0)
    {
        return 0;
    }
    int edits = (int)rng_range(rng, 1, 4);
    for (int e = 0; e < edits; e++)
    {
        size_t at = rng_below(rng, length + 1);
        switch (rng_below(rng, 8))
        {
        case 0: // insert
            if (length + 1 < size)
            {
                memmove(text + at + 1, text + at, length - at);
                text[at] = text_junk_char(rng);
                length++;
            }
            break;
        case 1: // delete
            if (at < length)
            {
                memmove(text + at, text + at + 1, length - at - 1);
                length--;
            }
            break;
        case 2: // replace
            if (at < length)
            {
                text[at] = text_junk_char(rng);
            }
            break;
        case 3: // cut
            length = at;
            break;
        case 4: // repeat a piece at the end, up to the room there is
        {
            size_t piece = length - at;
            while (piece > 0 && length + piece < size && rng_chance(rng, 70))
            {
                memmove(text + length, text + at, piece);
                length += piece;
            }
            break;
        }
        case 5: // trailing spaces, newlines and nulls, which parsers trim
            while (length + 1 < size && rng_chance(rng, 60))
            {
                text[length++] = " \n\0\t"[rng_below(rng, 4)];
            }
            break;
        case 6: // a null byte inside
            if (at < length)
            {
                text[at] = '\0';
            }
            break;
        default: // a long run of one character
        {
            char c = text_junk_char(rng);
            size_t run = rng_range(rng, 1, size);
            while (run-- > 0 && length + 1 < size)
            {
                text[length++] = c;
            }
            break;
        }
        }
    }
    if (length < size)
    {
        text[length] = '\0';
    }
    return length;
}

// A number argument: decimal, hex, negative, overlong, or not quite a number.
static void text_number(rng_t* rng, char* out, size_t size)
{
    uint64_t value = hostile_integer(rng);
    switch (rng_below(rng, 6))
    {
    case 0:
        snprintf(out, size, "%llu", (unsigned long long)value);
        break;
    case 1:
        snprintf(out, size, "0x%llx", (unsigned long long)value);
        break;
    case 2:
        snprintf(out, size, "-%llu", (unsigned long long)value);
        break;
    case 3:
        snprintf(out, size, "%llu%llu", (unsigned long long)value, (unsigned long long)rng_next(rng));
        break;
    case 4:
        snprintf(out, size, "0x");
        break;
    default:
        snprintf(out, size, "%llu junk", (unsigned long long)value);
        break;
    }
}

size_t text_ctl_command(rng_t* rng, const char* const* verbs, const char* argument, char* out, size_t size)
{
    size_t verb_count = 0;
    while (verbs[verb_count] != NULL)
    {
        verb_count++;
    }
    if (size == 0)
    {
        return 0;
    }
    if (verb_count == 0 || rng_chance(rng, 10))
    {
        size_t length = rng_below(rng, size);
        text_junk(rng, out, length);
        if (length < size)
        {
            out[length] = '\0';
        }
        return length;
    }
    const char* verb = verbs[rng_below(rng, verb_count)];
    char value[128] = "";
    size_t verb_length = strlen(verb);
    if (verb_length > 0 && verb[verb_length - 1] == ' ')
    {
        if (argument != NULL && rng_chance(rng, 60))
        {
            snprintf(value, sizeof(value), "%s", argument);
        }
        else if (rng_chance(rng, 50))
        {
            text_number(rng, value, sizeof(value));
        }
        else
        {
            size_t length = rng_below(rng, sizeof(value));
            text_junk(rng, value, length);
            value[length] = '\0';
        }
    }
    int written = snprintf(out, size, "%s%s", verb, value);
    size_t length = written < 0 ? 0 : (size_t)written < size ? (size_t)written : size - 1;
    if (rng_chance(rng, 25) && length + 1 < size)
    {
        out[length++] = '\n';
        out[length] = '\0';
    }
    if (rng_chance(rng, 30))
    {
        length = text_mutate(rng, out, length, size);
    }
    return length;
}

size_t text_socket_name(rng_t* rng, const char* valid, char* out, size_t size)
{
    int written = snprintf(out, size, "%s", valid);
    size_t length = written < 0 ? 0 : (size_t)written < size ? (size_t)written : size - 1;
    switch (rng_below(rng, 8))
    {
    case 0:
        out[0] = '\0';
        return 0;
    case 1: // at and past the 64-byte limit on names
        length = rng_range(rng, 62, 70);
        length = length < size ? length : size - 1;
        memset(out, 'n', length);
        out[length] = '\0';
        return length;
    case 2:
        return text_mutate(rng, out, length, size);
    default:
        return length;
    }
}

bool text_starts_with_word(const char* text, size_t length, const char* word)
{
    size_t word_length = strlen(word);
    size_t visible = strnlen(text, length);
    // The kernel trims trailing spaces and newlines; a prefix test covers
    // every form of the command that could mean the word, and more.
    return visible >= word_length && memcmp(text, word, word_length) == 0;
}

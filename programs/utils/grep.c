// grep [-i] [-v] [-n] [-c] PATTERN [FILE...]: prints the lines of each
// file (stdin for "-" or none) that match PATTERN, a small regular
// expression:
//   c      a byte that is not special matches itself; \c matches c always
//   .      any byte
//   [abc] [a-z] [^abc]  one byte of (or, with ^, not of) a set; a ']'
//          first in the set is part of it
//   x*     zero or more of the atom x before it (a '*' with no atom
//          before it matches itself)
//   ^ $    at the very start / end of the pattern: the start / end of the line
// -i ignores case, -v prints the lines that do not match, -n puts each
// line's number first, -c prints only how many lines were selected. With
// several files, lines and counts start with the file's name.
// Exit status: 0 when a line was selected, 1 when none was, 2 on an error.
#define PROGRAM "grep"
#define USAGE "usage: grep [-i] [-v] [-n] [-c] PATTERN [FILE...]\n"
#include "util.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>

// One position of the pattern: the set of bytes it matches (a bit each),
// every atom kind becoming a set, so matching never looks at the kind.
typedef struct
{
    uint8_t set[32];
    bool star;
} atom_t;

typedef struct
{
    atom_t* atoms;
    size_t count;
    bool at_start, at_end;
} pattern_t;

static bool ignore_case, invert, numbers, count_only;

static void set_add(atom_t* atom, unsigned char byte)
{
    atom->set[byte / 8] |= (uint8_t)(1u << (byte % 8));
}

static bool set_has(const atom_t* atom, unsigned char byte)
{
    return atom->set[byte / 8] & (1u << (byte % 8));
}

// Parse "[...]" at @p text (just after the '['); returns the byte after
// the ']', or NULL when the set is not closed.
static const char* parse_set(const char* text, atom_t* atom, bool* negate)
{
    *negate = *text == '^';
    text += *negate;
    const char* first = text;
    while (*text != ']' || text == first)
    {
        if (*text == '\0')
        {
            return NULL;
        }
        unsigned char low = (unsigned char)*text, high = low;
        if (text[1] == '-' && text[2] != '\0' && text[2] != ']')
        {
            high = (unsigned char)text[2];
            text += 2;
        }
        for (unsigned byte = low; byte <= high; byte++)
        {
            set_add(atom, (unsigned char)byte);
        }
        text++;
    }
    return text + 1;
}

// Turn @p text into @p pattern; NULL, or what is wrong with it.
static const char* compile(const char* text, pattern_t* pattern)
{
    pattern->atoms = calloc(strlen(text) + 1, sizeof(atom_t));
    if (pattern->atoms == NULL)
    {
        return strerror(ENOMEM);
    }
    pattern->at_start = *text == '^';
    text += pattern->at_start;
    while (*text != '\0')
    {
        if (text[0] == '$' && text[1] == '\0')
        {
            pattern->at_end = true;
            break;
        }
        if (*text == '*' && pattern->count > 0) // ("x**" is "x*")
        {
            pattern->atoms[pattern->count - 1].star = true;
            text++;
            continue;
        }
        atom_t* atom = &pattern->atoms[pattern->count++];
        bool negate = false;
        if (*text == '.')
        {
            memset(atom->set, 0xff, sizeof(atom->set));
            text++;
        }
        else if (*text == '[')
        {
            text = parse_set(text + 1, atom, &negate);
            if (text == NULL)
            {
                return "no ']' closes the '['";
            }
        }
        else
        {
            if (*text == '\\' && *++text == '\0')
            {
                return "nothing follows the last '\\'";
            }
            set_add(atom, (unsigned char)*text++);
        }
        for (unsigned byte = 0; ignore_case && byte < 256; byte++)
        {
            if (set_has(atom, (unsigned char)byte))
            {
                set_add(atom, (unsigned char)tolower((int)byte));
                set_add(atom, (unsigned char)toupper((int)byte));
            }
        }
        for (size_t i = 0; negate && i < sizeof(atom->set); i++)
        {
            atom->set[i] = (uint8_t)~atom->set[i];
        }
    }
    return NULL;
}

// Does the pattern from atom @p i on match the line from @p at on?
// Backtracking: a starred atom takes as many bytes as it can, then gives
// them back one by one until the rest matches.
static bool match_here(const pattern_t* pattern, size_t i, const char* line, size_t at, size_t length)
{
    if (i == pattern->count)
    {
        return !pattern->at_end || at == length;
    }
    const atom_t* atom = &pattern->atoms[i];
    if (!atom->star)
    {
        return at < length && set_has(atom, (unsigned char)line[at]) &&
               match_here(pattern, i + 1, line, at + 1, length);
    }
    size_t end = at;
    while (end < length && set_has(atom, (unsigned char)line[end]))
    {
        end++;
    }
    for (;; end--)
    {
        if (match_here(pattern, i + 1, line, end, length))
        {
            return true;
        }
        if (end == at)
        {
            return false;
        }
    }
}

static bool match(const pattern_t* pattern, const char* line, size_t length)
{
    for (size_t at = 0; at <= length; at++)
    {
        if (match_here(pattern, 0, line, at, length))
        {
            return true;
        }
        if (pattern->at_start)
        {
            break;
        }
    }
    return false;
}

// Print the selected lines of @p stream (or their count); the number selected.
static unsigned long long search(const pattern_t* pattern, FILE* stream, const char* prefix)
{
    char* line = NULL;
    size_t size = 0;
    ssize_t length;
    unsigned long long number = 0, selected = 0;
    while ((length = getline(&line, &size, stream)) != -1)
    {
        number++;
        size_t text = (size_t)length - (length > 0 && line[length - 1] == '\n');
        if (match(pattern, line, text) == invert)
        {
            continue;
        }
        selected++;
        if (!count_only)
        {
            printf("%s%s", prefix != NULL ? prefix : "", prefix != NULL ? ":" : "");
            if (numbers)
            {
                printf("%llu:", number);
            }
            fwrite(line, 1, text, stdout);
            putchar('\n');
        }
    }
    free(line);
    if (count_only)
    {
        printf("%s%s%llu\n", prefix != NULL ? prefix : "", prefix != NULL ? ":" : "", selected);
    }
    return selected;
}

int main(int argc, char** argv)
{
    options_t options = OPTIONS_INIT(argc, argv);
    int letter;
    while ((letter = options_next(&options, "ivnc")) != 0)
    {
        ignore_case |= letter == 'i';
        invert |= letter == 'v';
        numbers |= letter == 'n';
        count_only |= letter == 'c';
    }
    if (options.index == argc)
    {
        usage(EXIT_USAGE);
    }
    const char* text = argv[options.index++];
    pattern_t pattern = {0};
    const char* problem = compile(text, &pattern);
    if (problem != NULL)
    {
        writef(STDERR_FILENO, "%s: %s: %s\n", PROGRAM, text, problem);
        return 2;
    }
    bool several = argc - options.index > 1, error = false;
    unsigned long long selected = 0;
    if (options.index == argc)
    {
        selected = search(&pattern, stdin, NULL);
        if (ferror(stdin))
        {
            complain("stdin", errno);
            error = true;
        }
    }
    for (int i = options.index; i < argc; i++)
    {
        bool is_stdin = strcmp(argv[i], "-") == 0;
        FILE* stream = is_stdin ? stdin : fopen(argv[i], "r");
        if (stream == NULL)
        {
            complain(argv[i], errno);
            error = true;
            continue;
        }
        selected += search(&pattern, stream, several ? argv[i] : NULL);
        if (ferror(stream))
        {
            complain(argv[i], errno);
            error = true;
        }
        if (!is_stdin)
        {
            fclose(stream);
        }
    }
    if (error)
    {
        return 2;
    }
    return selected > 0 ? 0 : 1;
}

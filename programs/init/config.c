#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>

// The whole file, null-terminated, in memory that stays (the entries
// point into it); NULL after saying why.
static char* read_file(const char* path)
{
    fd_t fd = io_open(path);
    if (fd == -1)
    {
        writef(STDERR_FILENO, "init: %s: %s\n", path, strerror(errno));
        return NULL;
    }
    char* text = malloc(CONFIG_MAX_SIZE + 1);
    size_t length = 0;
    ssize_t got = 1;
    while (text != NULL && length < CONFIG_MAX_SIZE &&
           (got = read(fd, text + length, CONFIG_MAX_SIZE - length)) > 0)
    {
        length += (size_t)got;
    }
    int error = text == NULL ? ENOMEM : errno;
    close(fd);
    if (text == NULL || got == -1)
    {
        writef(STDERR_FILENO, "init: %s: %s\n", path, strerror(error));
        free(text);
        return NULL;
    }
    if (length == CONFIG_MAX_SIZE)
    {
        writef(STDERR_FILENO, "init: %s: longer than %d bytes\n", path, CONFIG_MAX_SIZE);
        free(text);
        return NULL;
    }
    text[length] = '\0';
    return text;
}

// Cut @p line into words in place; their number, or -1 if there are too many.
static int split(char* line, char** words)
{
    static const char blanks[] = " \t\r";
    int count = 0;
    line += strspn(line, blanks);
    while (*line != '\0')
    {
        if (count == CONFIG_MAX_WORDS)
        {
            return -1;
        }
        words[count++] = line;
        line += strcspn(line, blanks);
        if (*line != '\0')
        {
            *line++ = '\0';
            line += strspn(line, blanks);
        }
    }
    return count;
}

bool config_load(const char* path, config_t* config)
{
    *config = (config_t){0};
    char* text = read_file(path);
    if (text == NULL)
    {
        return false;
    }
    // At most one entry per line: count the lines for the array.
    size_t lines = 1;
    for (const char* at = text; *at != '\0'; at++)
    {
        lines += *at == '\n';
    }
    config->entries = calloc(lines, sizeof(config_entry_t));
    char* line = text;
    for (size_t number = 1; config->entries != NULL && line != NULL; number++)
    {
        char* end = strchr(line, '\n');
        if (end != NULL)
        {
            *end = '\0';
        }
        char* split_words[CONFIG_MAX_WORDS];
        char** words = split_words;
        int count = split(line, words);
        line = end != NULL ? end + 1 : NULL;
        const char* problem = NULL;
        if (count == 0 || words[0][0] == '#')
        {
            continue;
        }
        config_condition_t condition = CONFIG_ALWAYS;
        if (count > 0 && (strcmp(words[0], "desktop") == 0 || strcmp(words[0], "text") == 0))
        {
            condition = words[0][0] == 'd' ? CONFIG_DESKTOP : CONFIG_TEXT;
            words++, count--;
        }
        if (count == -1)
        {
            problem = "too many words";
        }
        else if (count == 0)
        {
            problem = "a condition without a command";
        }
        else if (strcmp(words[0], "run") != 0 && strcmp(words[0], "once") != 0)
        {
            problem = "unknown command (run or once expected)";
        }
        else if (count == 1)
        {
            problem = "no program named";
        }
        if (problem != NULL)
        {
            writef(STDERR_FILENO, "init: %s:%zu: %s\n", path, number, problem);
            free(config->entries);
            free(text);
            *config = (config_t){0};
            return false;
        }
        config_entry_t* entry = &config->entries[config->count++];
        entry->condition = condition;
        entry->restart = strcmp(words[0], "run") == 0;
        entry->argv = malloc(sizeof(char*) * (size_t)count);
        if (entry->argv == NULL)
        {
            break;
        }
        memcpy(entry->argv, words + 1, sizeof(char*) * (size_t)(count - 1));
        entry->argv[count - 1] = NULL;
    }
    if (config->entries == NULL || (config->count > 0 && config->entries[config->count - 1].argv == NULL))
    {
        writef(STDERR_FILENO, "init: %s: %s\n", path, strerror(ENOMEM));
        return false; // (init falls back; what leaks here is small and once)
    }
    return true;
}

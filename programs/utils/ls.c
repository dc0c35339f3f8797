// ls [-l] [-a] [PATH...]: lists directories (the working directory by
// default), sorted by name. Directories end in '/'. Without -l, entries
// go in columns, each file followed by its size (bytes, or K/M/G rounded
// down); with -l, one per line: type, size in bytes, name. Names starting
// with '.' show only with -a.
#define PROGRAM "ls"
#define USAGE "usage: ls [-l] [-a] [PATH...]\n"
#include "util.h"

#include <stdio.h>

#define WIDTH 80 // the console's columns, which a program cannot ask for yet

static bool long_format, all;
static bool printed; // anything yet: a directory's header then follows a blank line

// One entry's text for the columns: "name/" or "name SIZE".
static void short_text(const stat_t* entry, char* out, size_t size)
{
    if (entry->type == STAT_DIR)
    {
        snprintf(out, size, "%s/", entry->name);
        return;
    }
    static const char units[] = " KMGT";
    uint64_t value = entry->size;
    int unit = 0;
    while (value >= 1024 && unit < 4)
    {
        value /= 1024;
        unit++;
    }
    if (unit == 0)
    {
        snprintf(out, size, "%s %llu", entry->name, (unsigned long long)value);
    }
    else
    {
        snprintf(out, size, "%s %llu%c", entry->name, (unsigned long long)value, units[unit]);
    }
}

static void print_entries(const stat_t* entries, size_t count)
{
    if (long_format)
    {
        for (size_t i = 0; i < count; i++)
        {
            bool dir = entries[i].type == STAT_DIR;
            if (dir)
            {
                printf("dir  %12s %s/\n", "-", entries[i].name);
            }
            else
            {
                printf("file %12llu %s\n", (unsigned long long)entries[i].size, entries[i].name);
            }
        }
        return;
    }
    // Columns as wide as the widest entry, filled across, then down.
    char text[MAX_NAME + 24];
    size_t width = 0;
    for (size_t i = 0; i < count; i++)
    {
        short_text(&entries[i], text, sizeof(text));
        width = strlen(text) > width ? strlen(text) : width;
    }
    size_t columns = WIDTH / (width + 2) > 0 ? WIDTH / (width + 2) : 1;
    for (size_t i = 0; i < count; i++)
    {
        short_text(&entries[i], text, sizeof(text));
        if ((i + 1) % columns == 0 || i + 1 == count)
        {
            printf("%s\n", text);
        }
        else
        {
            printf("%-*s", (int)(width + 2), text);
        }
    }
}

// List @p path: a directory's entries, or a file as one entry. 0, or 1 on an error.
static int list(const char* path, bool header)
{
    stat_t info;
    if (io_stat(path, &info) == -1)
    {
        complain(path, errno);
        return 1;
    }
    if (info.type != STAT_DIR)
    {
        snprintf(info.name, sizeof(info.name), "%s", path);
        print_entries(&info, 1);
        printed = true;
        return 0;
    }
    size_t count;
    stat_t* entries = list_directory(path, &count);
    if (entries == NULL)
    {
        complain(path, errno);
        return 1;
    }
    size_t shown = 0;
    for (size_t i = 0; i < count; i++)
    {
        if (all || entries[i].name[0] != '.')
        {
            entries[shown++] = entries[i];
        }
    }
    if (header)
    {
        printf("%s%s:\n", printed ? "\n" : "", path);
    }
    print_entries(entries, shown);
    printed = true;
    free(entries);
    return 0;
}

int main(int argc, char** argv)
{
    options_t options = OPTIONS_INIT(argc, argv);
    int letter;
    while ((letter = options_next(&options, "la")) != 0)
    {
        if (letter == 'l')
        {
            long_format = true;
        }
        else
        {
            all = true;
        }
    }
    if (options.index == argc)
    {
        return list(".", false);
    }
    int status = 0;
    for (int i = options.index; i < argc; i++)
    {
        status |= list(argv[i], argc - options.index > 1);
    }
    return status;
}

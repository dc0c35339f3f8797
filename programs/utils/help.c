// help: lists the programs in home:/bin with a line about each (from the
// table below; a program missing from it still shows, undescribed).
#define PROGRAM "help"
#define USAGE "usage: help\n"
#include "util.h"

#include <stdio.h>

#define BIN "home:/bin"

static const struct
{
    const char* name;
    const char* description;
} descriptions[] = {
    {"cat", "print files, or stdin, one after another"},
    {"clear", "clear the screen"},
    {"cp", "copy files; -r copies directories"},
    {"dwm", "the desktop window manager (docs/desktop.md)"},
    {"echo", "print the arguments; -n leaves out the newline"},
    {"false", "do nothing, unsuccessfully"},
    {"grep", "print the lines that match a regular expression"},
    {"head", "print the first lines of files"},
    {"help", "list the programs, as here"},
    {"init", "the first process: starts what home:/etc/init.conf lists"},
    {"kill", "send a process a note (terminate by default)"},
    {"ls", "list a directory's entries and their sizes"},
    {"mkdir", "make directories; -p makes their parents too"},
    {"mv", "move files (a copy, then the source is removed)"},
    {"pwd", "print the working directory"},
    {"rm", "remove files; -r removes directories"},
    {"shell", "the command interpreter"},
    {"sleep", "wait a number of seconds"},
    {"top", "show processes, memory and CPUs, refreshed"},
    {"touch", "create files that do not exist"},
    {"true", "do nothing, successfully"},
    {"wc", "count lines, words and bytes"},
};

static const char* describe(const char* name)
{
    for (size_t i = 0; i < sizeof(descriptions) / sizeof(descriptions[0]); i++)
    {
        if (strcmp(descriptions[i].name, name) == 0)
        {
            return descriptions[i].description;
        }
    }
    return "(no description)";
}

int main(int argc, char** argv)
{
    options_t options = OPTIONS_INIT(argc, argv);
    options_next(&options, "");
    if (options.index != argc)
    {
        usage(EXIT_USAGE);
    }
    size_t count;
    stat_t* entries = list_directory(BIN, &count);
    if (entries == NULL)
    {
        complain(BIN, errno);
        return 1;
    }
    printf("Programs in " BIN ":\n");
    for (size_t i = 0; i < count; i++)
    {
        if (entries[i].type == STAT_FILE)
        {
            printf("  %-8s %s\n", entries[i].name, describe(entries[i].name));
        }
    }
    free(entries);
    return 0;
}

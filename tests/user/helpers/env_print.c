// env_print NAME...: prints one line per NAME, "NAME=value" or "NAME
// unset", from getenv in main's first line (the environment must be in
// place before main runs); then "count N", the entries of environ.
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char** argv)
{
    for (int i = 1; i < argc; i++)
    {
        const char* value = getenv(argv[i]);
        if (value != NULL)
        {
            printf("%s=%s\n", argv[i], value);
        }
        else
        {
            printf("%s unset\n", argv[i]);
        }
    }
    int count = 0;
    while (environ[count] != NULL)
    {
        count++;
    }
    printf("count %d\n", count);
    return 0;
}

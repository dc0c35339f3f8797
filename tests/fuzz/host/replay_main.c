// A stand-in for libFuzzer's main, for tests/host/run.sh: runs the
// harness once over each file named on the command line (or each file in
// each directory named), so saved inputs replay without clang. A failed
// check aborts, as under libFuzzer; the exit status is 0 otherwise.
#include "fuzz.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int replayed;

static void replay_file(const char* path)
{
    FILE* file = fopen(path, "rb");
    if (file == NULL)
    {
        perror(path);
        exit(2);
    }
    size_t capacity = 4096, size = 0, got;
    uint8_t* data = malloc(capacity);
    while (data != NULL && (got = fread(data + size, 1, capacity - size, file)) > 0)
    {
        size += got;
        if (size == capacity)
        {
            capacity *= 2;
            data = realloc(data, capacity);
        }
    }
    fclose(file);
    if (data == NULL)
    {
        fprintf(stderr, "%s: out of memory\n", path);
        exit(2);
    }
    // Named first, so a crash's report says which input it was.
    printf("replay %s\n", path);
    fflush(stdout);
    // An exact copy, so reading one byte past the input is caught.
    uint8_t* exact = malloc(size != 0 ? size : 1);
    memcpy(exact, data, size);
    free(data);
    LLVMFuzzerTestOneInput(exact, size);
    free(exact);
    replayed++;
}

static void replay_path(const char* path)
{
    struct stat info;
    if (stat(path, &info) != 0)
    {
        return; // a target may have no regressions yet
    }
    if (!S_ISDIR(info.st_mode))
    {
        replay_file(path);
        return;
    }
    DIR* dir = opendir(path);
    struct dirent* entry;
    while (dir != NULL && (entry = readdir(dir)) != NULL)
    {
        if (entry->d_name[0] == '.')
        {
            continue;
        }
        char child[4096];
        snprintf(child, sizeof(child), "%s/%s", path, entry->d_name);
        replay_path(child);
    }
    if (dir != NULL)
    {
        closedir(dir);
    }
}

int main(int argc, char** argv)
{
    for (int i = 1; i < argc; i++)
    {
        replay_path(argv[i]);
    }
    printf("replayed %d inputs\n", replayed);
    return 0;
}

// The other side of shm_test: maps shared-memory object argv[1] (its id)
// by name, checks that the first word is argv[2] (what the parent wrote),
// writes argv[3] into the second word and exits with 0; with argv[4]
// "stay" it leaves the mapping for its exit to clean up.
#include <stdio.h>
#include <stdlib.h>
#include <sys/io.h>
#include <sys/proc.h>

#define SHM_TEST_SIZE 8192

int main(int argc, char** argv)
{
    if (argc < 4)
    {
        return 2;
    }
    fd_t fd = io_openf("sys:/shm/%s/data", argv[1]);
    if (fd == -1)
    {
        return 3;
    }
    volatile uint32_t* words = mem_map(fd, NULL, SHM_TEST_SIZE, PROT_READ | PROT_WRITE);
    close(fd);
    if (words == NULL)
    {
        return 4;
    }
    if (words[0] != (uint32_t)strtoul(argv[2], NULL, 0))
    {
        return 5;
    }
    words[1] = (uint32_t)strtoul(argv[3], NULL, 0);
    if (argc < 5)
    {
        munmap((void*)words, SHM_TEST_SIZE);
    }
    return 0;
}

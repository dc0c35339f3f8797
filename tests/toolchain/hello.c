// A user program linked by x86_64-patchwork-gcc with no extra flags.
#include <string.h>
#include <sys/io.h>

int main(int argc, char** argv)
{
    (void)argc;
    (void)argv;
    const char* msg = "hello from PatchworkOS\n";
    return write(STDOUT_FILENO, msg, strlen(msg)) < 0;
}

// The smallest ordinary program: what a statically linked program costs at
// least (bench/libstd.sh builds it against the sysroot and measures it).
#include <stdio.h>

int main(void)
{
    printf("hello, world\n");
    return 0;
}

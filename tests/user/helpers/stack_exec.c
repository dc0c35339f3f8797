// Built with an executable stack (tools/programs.mk links it with
// -z execstack, and the nested function below makes GCC ask for one too):
// the nested function uses a variable of its parent, so calling it
// through a pointer goes through a trampoline GCC writes on the stack.
// Exits with 0 when the call came back with the right value.
#include <stdio.h>

static int apply(int (*function)(int), int value)
{
    return function(value);
}

int main(int argc, char** argv)
{
    (void)argv;
    int offset = 40 + argc; // argc is 1: 41, known only at run time
    int add_offset(int value)
    {
        return value + offset;
    }
    int result = apply(add_offset, 1);
    printf("trampoline gave %d\n", result);
    return result == 42 ? 0 : 1;
}

// The shell's lexer, parser and word expansion (programs/shell): the
// input is a script; the checks are in unit_shell.c.
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void pw_fuzz_shell(const char* text);

FUZZ_FAIL_DEFINITION

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    char* text = malloc(size + 1);
    memcpy(text, data, size);
    text[size] = '\0';
    pw_fuzz_shell(text);
    free(text);
    return 0;
}

// The kernel's path parser (kernel/fs/path.c): "label:/a/b?flags" text,
// relative to a working directory. The input is the text, or a working
// directory, a null byte and the text; the checks are in unit_path.c.
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void pw_fuzz_path(const char* cwd, const char* text);

FUZZ_FAIL_DEFINITION

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // Both strings exactly sized, so a read past either is caught.
    const uint8_t* nul = memchr(data, 0, size);
    size_t cwd_length = nul != NULL ? (size_t)(nul - data) : 0;
    const uint8_t* text_data = nul != NULL ? nul + 1 : data;
    size_t text_length = size - (size_t)(text_data - data);
    char* cwd = nul != NULL ? malloc(cwd_length + 1) : NULL;
    if (cwd != NULL)
    {
        memcpy(cwd, data, cwd_length);
        cwd[cwd_length] = '\0';
    }
    char* text = malloc(text_length + 1);
    memcpy(text, text_data, text_length);
    text[text_length] = '\0';
    // A working directory is always "label:/..." in the kernel: a cwd the
    // input makes up is used only when it is one, else home:/usr is.
    pw_fuzz_path(cwd != NULL && strchr(cwd, ':') != NULL ? cwd : "home:/usr", text);
    pw_fuzz_path(NULL, text);
    free(text);
    free(cwd);
    return 0;
}

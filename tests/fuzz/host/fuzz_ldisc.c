// The console's line discipline (kernel/console/line_discipline.c): the
// input is what a person types, byte by byte; the checks are in
// unit_ldisc.c.
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>

void pw_fuzz_ldisc(const unsigned char* data, size_t size);

FUZZ_FAIL_DEFINITION

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    pw_fuzz_ldisc(data, size);
    return 0;
}

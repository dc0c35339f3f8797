#include <stdlib.h>

// Processes have no environment yet (spawn passes only arguments), so no
// variable is ever defined.
char* getenv(const char* name)
{
    (void)name;
    return NULL;
}

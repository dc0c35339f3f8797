#include <string.h>

char* strpbrk(const char* str, const char* accept)
{
    str += strcspn(str, accept);
    return *str != '\0' ? (char*)str : NULL;
}

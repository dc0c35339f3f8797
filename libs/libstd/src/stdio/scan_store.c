#include "scan.h"

#include <stddef.h>

// Signed and unsigned types of a width share their bits, so the unsigned
// one of each pair stores both. L with an integer conversion means ll, as
// in glibc.
void _scan_store_integer(va_list* ap, format_length_t length, uintmax_t value)
{
    switch (length)
    {
    case LENGTH_HH:
        *va_arg(*ap, unsigned char*) = (unsigned char)value;
        break;
    case LENGTH_H:
        *va_arg(*ap, unsigned short*) = (unsigned short)value;
        break;
    case LENGTH_L:
        *va_arg(*ap, unsigned long*) = (unsigned long)value;
        break;
    case LENGTH_LL:
    case LENGTH_BIG_L:
        *va_arg(*ap, unsigned long long*) = (unsigned long long)value;
        break;
    case LENGTH_J:
        *va_arg(*ap, uintmax_t*) = value;
        break;
    case LENGTH_Z:
    case LENGTH_T:
        *va_arg(*ap, size_t*) = (size_t)value;
        break;
    default:
        *va_arg(*ap, unsigned int*) = (unsigned int)value;
        break;
    }
}

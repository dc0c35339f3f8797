// wcsftime: strftime (src/time/strftime.c) conversion by conversion, its
// text decoded back into wide characters; the format is never copied
// whole, as nothing here may allocate.
#include "utf8.h"

#include <stdbool.h>
#include <time.h>
#include <wchar.h>

// Longer than any one conversion's output (%c is 24 characters).
#define CONVERSION_MAX 64

// Append the UTF-8 @p text to @p dest at *@p done; false if it does not fit.
static bool append_decoded(wchar_t* dest, size_t max, size_t* done, const char* text)
{
    utf8_decoder_t decoder = {0};
    for (; *text != '\0'; text++)
    {
        uint32_t code;
        if (_utf8_feed(&decoder, (unsigned char)*text, &code) != UTF8_DONE)
        {
            continue; // strftime's text is ASCII, but for the time zone's name
        }
        if (*done + 1 >= max)
        {
            return false;
        }
        dest[(*done)++] = (wchar_t)code;
    }
    return true;
}

size_t wcsftime(wchar_t* restrict dest, size_t max, const wchar_t* restrict format, const struct tm* restrict tm)
{
    size_t done = 0;
    for (const wchar_t* p = format; *p != 0; p++)
    {
        if (*p != L'%' || p[1] == 0)
        {
            if (done + 1 >= max)
            {
                return 0;
            }
            dest[done++] = *p;
            continue;
        }
        // "%x", "%Ex" or "%Ox", as ASCII for strftime; any other character
        // makes a conversion strftime does not know, copied as it is.
        char directive[4] = {'%', 0, 0, 0};
        size_t length = 1;
        if ((p[1] == L'E' || p[1] == L'O') && p[2] != 0)
        {
            directive[length++] = (char)p[1];
            p++;
        }
        p++;
        directive[length] = *p < 0x80 ? (char)*p : '?';
        char text[CONVERSION_MAX];
        text[0] = '\0';
        strftime(text, sizeof(text), directive, tm);
        if (!append_decoded(dest, max, &done, text))
        {
            return 0;
        }
    }
    if (max == 0)
    {
        return 0;
    }
    dest[done] = 0;
    return done;
}

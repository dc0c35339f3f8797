#include "conversion.h"

#include <errno.h>

size_t _mbrtoc(uint32_t* code, const char* s, size_t n, mbstate_t* state)
{
    uint32_t ignored;
    if (s == NULL)
    {
        // As mbrtowc(NULL, "", 1, state): a partial character is an error.
        code = &ignored;
        s = "";
        n = 1;
    }
    utf8_decoder_t decoder = _mbstate_decoder(state);
    for (size_t i = 0; i < n; i++)
    {
        uint32_t value;
        switch (_utf8_feed(&decoder, (unsigned char)s[i], &value))
        {
        case UTF8_DONE:
            _mbstate_keep(state, decoder);
            if (code != NULL)
            {
                *code = value;
            }
            return value == 0 ? 0 : i + 1;
        case UTF8_MORE:
            break;
        case UTF8_ILLEGAL:
            _mbstate_keep(state, (utf8_decoder_t){0});
            errno = EILSEQ;
            return (size_t)-1;
        }
    }
    _mbstate_keep(state, decoder);
    return (size_t)-2;
}

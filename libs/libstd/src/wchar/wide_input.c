#include "wide_input.h"

#include "utf8.h"

wide_input_result_t _wide_input_read(const wide_input_t* in, uint32_t* code)
{
    utf8_decoder_t decoder = {0};
    unsigned char taken[UTF8_MAX];
    for (size_t count = 0;; count++)
    {
        int c = in->get(in->ctx);
        if (c < 0)
        {
            while (count > 0)
            {
                in->unget(in->ctx, taken[--count]);
            }
            return WIDE_INPUT_END;
        }
        taken[count] = (unsigned char)c;
        switch (_utf8_feed(&decoder, (unsigned char)c, code))
        {
        case UTF8_DONE:
            return WIDE_INPUT_OK;
        case UTF8_ILLEGAL:
            if (count > 0)
            {
                in->unget(in->ctx, c);
            }
            return WIDE_INPUT_INVALID;
        case UTF8_MORE:
            break;
        }
    }
}

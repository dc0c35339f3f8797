#include <wchar.h>

int mbsinit(const mbstate_t* state)
{
    return state == NULL || (state->_remaining == 0 && state->_surrogate == 0);
}

#include "thrd_internal.h"
#include "tss_keys.h"

void tss_delete(tss_t key)
{
    _futex_lock(&_tss_lock);
    _tss_key_t* slot = &_tss_keys[_tss_index(key)];
    if (slot->used && slot->generation == _tss_generation(key))
    {
        slot->used = false; // threads' values stay, but their generation is now stale
        slot->destructor = NULL;
    }
    _futex_unlock(&_tss_lock);
}

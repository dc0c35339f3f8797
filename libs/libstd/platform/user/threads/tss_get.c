#include "thrd_internal.h"
#include "tss_keys.h"

void* tss_get(tss_t key)
{
    // A value set before its key was deleted stays in the thread's slot
    // (tss_delete cannot reach every thread): the key table says whether
    // the key still lives, read without the lock as in tss_set.
    _tss_key_t* entry = &_tss_keys[_tss_index(key)];
    if (!__atomic_load_n(&entry->used, __ATOMIC_RELAXED) ||
        __atomic_load_n(&entry->generation, __ATOMIC_RELAXED) != _tss_generation(key))
    {
        return NULL;
    }
    _tss_slot_t* slot = &_thrd_self()->tss[_tss_index(key)];
    return slot->generation == _tss_generation(key) ? slot->value : NULL;
}

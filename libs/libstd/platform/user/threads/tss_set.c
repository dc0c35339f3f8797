#include "thrd_internal.h"
#include "tss_keys.h"

int tss_set(tss_t key, void* value)
{
    // Whether the key is live is read without the lock: deleting a key
    // while setting it is the program's race, and the worst outcome is a
    // value nobody can see.
    _tss_key_t* entry = &_tss_keys[_tss_index(key)];
    if (!__atomic_load_n(&entry->used, __ATOMIC_RELAXED) ||
        __atomic_load_n(&entry->generation, __ATOMIC_RELAXED) != _tss_generation(key))
    {
        return thrd_error;
    }
    _tss_slot_t* slot = &_thrd_self()->tss[_tss_index(key)];
    slot->value = value;
    slot->generation = _tss_generation(key);
    return thrd_success;
}

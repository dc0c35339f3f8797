#include "thrd_internal.h"
#include "tss_keys.h"

_tss_key_t _tss_keys[TSS_KEYS_MAX];
_futex_lock_t _tss_lock = _FUTEX_LOCK_INIT;

int tss_create(tss_t* key, tss_dtor_t destructor)
{
    _futex_lock(&_tss_lock);
    for (unsigned i = 0; i < TSS_KEYS_MAX; i++)
    {
        _tss_key_t* slot = &_tss_keys[i];
        if (!slot->used && slot->generation < UINT32_MAX / TSS_KEYS_MAX)
        {
            slot->generation++;
            slot->used = true;
            slot->destructor = destructor;
            *key = slot->generation * TSS_KEYS_MAX + i;
            _futex_unlock(&_tss_lock);
            return thrd_success;
        }
    }
    _futex_unlock(&_tss_lock);
    return thrd_error;
}

#include "thrd_internal.h"
#include "tss_keys.h"

// The destructor for @p slot's value if its key is still live; NULL otherwise.
static tss_dtor_t tss_destructor_of(unsigned index, const _tss_slot_t* slot)
{
    _futex_lock(&_tss_lock);
    const _tss_key_t* key = &_tss_keys[index];
    tss_dtor_t destructor = key->used && key->generation == slot->generation ? key->destructor : NULL;
    _futex_unlock(&_tss_lock);
    return destructor;
}

void _tss_run_destructors(struct _thrd* self)
{
    // C17 7.26.6.1: a destructor may set values again; go round until none
    // is left, TSS_DTOR_ITERATIONS times at most.
    for (int round = 0; round < TSS_DTOR_ITERATIONS; round++)
    {
        bool called = false;
        for (unsigned i = 0; i < TSS_KEYS_MAX; i++)
        {
            _tss_slot_t* slot = &self->tss[i];
            if (slot->value == NULL)
            {
                continue;
            }
            tss_dtor_t destructor = tss_destructor_of(i, slot);
            if (destructor != NULL)
            {
                void* value = slot->value;
                slot->value = NULL;
                destructor(value);
                called = true;
            }
        }
        if (!called)
        {
            return;
        }
    }
}

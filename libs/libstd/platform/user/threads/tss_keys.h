/* The table of thread-specific storage keys (private to threads.h's
   tss_ files). A key is its slot's index plus TSS_KEYS_MAX times the
   slot's generation, which every tss_create of the slot increments, so a
   deleted key's values are not taken for those of the key that reuses
   the slot. */
#ifndef _LIBSTD_USER_TSS_KEYS_H
#define _LIBSTD_USER_TSS_KEYS_H 1

#include "../futex_lock.h"

#include <stdbool.h>
#include <stdint.h>
#include <threads.h>

typedef struct
{
    uint32_t generation; /* of the key in the slot; 0 before the first */
    bool used;
    tss_dtor_t destructor;
} _tss_key_t;

/* Both under _tss_lock. */
extern _tss_key_t _tss_keys[TSS_KEYS_MAX];
extern _futex_lock_t _tss_lock;

static inline unsigned _tss_index(tss_t key)
{
    return key % TSS_KEYS_MAX;
}

static inline uint32_t _tss_generation(tss_t key)
{
    return key / TSS_KEYS_MAX;
}

#endif

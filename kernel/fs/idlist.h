// Live objects by id: what a device lists in a directory it generates
// (sys:/net/local/<id>, sys:/pty/<id>, sys:/shm/<id>) and finds again when
// one of their files is opened.
//
// An object embeds an idlist_link_t; idlist_add gives it the next id
// (1, 2, ... never reused) and puts it at the end, so the list is in the
// order of the ids. idlist_get finds an object by id and lets the caller
// take a reference on it while the list's lock still holds it in place,
// so a lookup cannot race with the object's end: the owner takes it out
// of the list (idlist_remove) before it frees it, and from then on it is
// not found. The lock is a spinlock: the take hook must not sleep.
#ifndef KERNEL_FS_IDLIST_H
#define KERNEL_FS_IDLIST_H 1

#include <kernel/sync/spinlock.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct idlist_link
{
    uint64_t id;
    struct idlist_link* next;
} idlist_link_t;

typedef struct
{
    spinlock_t lock;
    uint64_t next_id;
    idlist_link_t* head;
    idlist_link_t* tail;
    /**
     * Where idlist_id_at last stopped (link number at_index), while the
     * list has not changed since (at is NULL otherwise): a listing asks
     * for one index after another, and goes on from there instead of
     * walking from the head each time.
     */
    idlist_link_t* at;
    uint64_t at_index;
} idlist_t;

/** An empty list, ids from 1. */
#define IDLIST_INIT {SPINLOCK_INIT, 1, NULL, NULL, NULL, 0}

/** The object of @p type whose idlist_link_t @p member is at @p link. */
#define IDLIST_OBJECT(link, type, member) ((type*)((char*)(link) - offsetof(type, member)))

/** Give @p link a fresh id and put it at the end of @p list; the id. */
uint64_t idlist_add(idlist_t* list, idlist_link_t* link);

/** Take @p link out of @p list; nothing if it is not there (any more). */
void idlist_remove(idlist_t* list, idlist_link_t* link);

/**
 * The object with @p id, once @p take (called with the list's lock held,
 * so it must not sleep) has taken a reference on it; NULL if none has
 * that id or take refused (returned false: the object is on its way out).
 */
idlist_link_t* idlist_get(idlist_t* list, uint64_t id, bool (*take)(idlist_link_t* link));

/** The id of the @p index-th object (0: the oldest); false past the end. */
bool idlist_id_at(idlist_t* list, uint64_t index, uint64_t* id);

#endif

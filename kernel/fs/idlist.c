// Live objects by id (idlist.h): a singly linked list in id order. The
// lists are short (the sockets, ptys or shared-memory objects alive at
// once), so a walk is cheap and a lookup needs no index.
#include "idlist.h"

uint64_t idlist_add(idlist_t* list, idlist_link_t* link)
{
    spin_lock(&list->lock);
    link->id = list->next_id++;
    link->next = NULL;
    if (list->tail != NULL)
    {
        list->tail->next = link;
    }
    else
    {
        list->head = link;
    }
    list->tail = link;
    list->at = NULL;
    spin_unlock(&list->lock);
    return link->id;
}

void idlist_remove(idlist_t* list, idlist_link_t* link)
{
    spin_lock(&list->lock);
    idlist_link_t* previous = NULL;
    idlist_link_t* at = list->head;
    while (at != NULL && at != link)
    {
        previous = at;
        at = at->next;
    }
    if (at != NULL)
    {
        if (previous != NULL)
        {
            previous->next = link->next;
        }
        else
        {
            list->head = link->next;
        }
        if (list->tail == link)
        {
            list->tail = previous;
        }
        link->next = NULL;
        list->at = NULL;
    }
    spin_unlock(&list->lock);
}

idlist_link_t* idlist_get(idlist_t* list, uint64_t id, bool (*take)(idlist_link_t* link))
{
    spin_lock(&list->lock);
    idlist_link_t* found = list->head;
    // In id order: stop once past it.
    while (found != NULL && found->id < id)
    {
        found = found->next;
    }
    if (found != NULL && (found->id != id || !take(found)))
    {
        found = NULL;
    }
    spin_unlock(&list->lock);
    return found;
}

bool idlist_id_at(idlist_t* list, uint64_t index, uint64_t* id)
{
    spin_lock(&list->lock);
    bool resume = list->at != NULL && list->at_index <= index;
    idlist_link_t* at = resume ? list->at : list->head;
    for (uint64_t i = resume ? list->at_index : 0; i < index && at != NULL; i++)
    {
        at = at->next;
    }
    if (at != NULL)
    {
        *id = at->id;
        list->at = at;
        list->at_index = index;
    }
    spin_unlock(&list->lock);
    return at != NULL;
}

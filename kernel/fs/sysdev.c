// Helpers for devices' gen and walk hooks (sysdev.h).
#include "sysdev.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

void sysdev_entry_file(sysdev_entry_t* entry, const char* name, const file_ops_t* ops, uint64_t id)
{
    memset(entry, 0, sizeof(*entry));
    strncpy(entry->name, name, MAX_NAME - 1);
    entry->qid.id = id;
    entry->ops = ops;
}

void sysdev_entry_object(sysdev_entry_t* entry, uint32_t type, uint64_t id)
{
    memset(entry, 0, sizeof(*entry));
    snprintf(entry->name, MAX_NAME, "%lu", (unsigned long)id);
    entry->qid.type = type;
    entry->qid.id = id;
}

int sysdev_gen_files(const sysdev_file_t* files, size_t count, uint64_t id, uint64_t index, sysdev_entry_t* entry)
{
    if (index >= count)
    {
        return -ENOENT;
    }
    sysdev_entry_file(entry, files[index].name, files[index].ops, id);
    return 0;
}

int sysdev_walk_gen(const sysdev_t* device, const sysdev_qid_t* dir, const char* name, sysdev_entry_t* entry)
{
    for (uint64_t index = 0;; index++)
    {
        int result = device->gen(dir, index, entry);
        if (result != 0)
        {
            return result;
        }
        if (strcmp(entry->name, name) == 0)
        {
            return 0;
        }
    }
}

bool sysdev_name_id(const char* name, uint64_t* id)
{
    if (name[0] < '1' || name[0] > '9')
    {
        return false;
    }
    uint64_t value = 0;
    for (; *name != '\0'; name++)
    {
        if (*name < '0' || *name > '9' || __builtin_mul_overflow(value, 10, &value) ||
            __builtin_add_overflow(value, (uint64_t)(*name - '0'), &value))
        {
            return false;
        }
    }
    *id = value;
    return true;
}

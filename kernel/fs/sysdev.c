// Helpers for devices' gen and walk hooks (sysdev.h).
#include "sysdev.h"

#include <errno.h>
#include <string.h>

void sysdev_entry_file(sysdev_entry_t* entry, const char* name, const file_ops_t* ops, uint64_t id)
{
    size_t length = strnlen(name, MAX_NAME - 1);
    memcpy(entry->name, name, length);
    entry->name[length] = '\0';
    entry->qid.type = 0; // a file: only its id counts
    entry->qid.id = id;
    entry->ops = ops;
}

// Listing a directory of objects names every entry by its id: written
// here by hand, as snprintf costs more than the rest of the entry.
void sysdev_entry_object(sysdev_entry_t* entry, uint32_t type, uint64_t id)
{
    char digits[20];
    size_t count = 0;
    uint64_t rest = id;
    do
    {
        digits[count++] = (char)('0' + rest % 10);
        rest /= 10;
    } while (rest != 0);
    for (size_t i = 0; i < count; i++)
    {
        entry->name[i] = digits[count - 1 - i];
    }
    entry->name[count] = '\0';
    entry->qid.type = type;
    entry->qid.id = id;
    entry->ops = NULL;
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

int sysdev_walk_files(const sysdev_file_t* files, size_t count, uint64_t id, const char* name, sysdev_entry_t* entry)
{
    for (size_t i = 0; i < count; i++)
    {
        if (strcmp(files[i].name, name) == 0)
        {
            sysdev_entry_file(entry, files[i].name, files[i].ops, id);
            return 0;
        }
    }
    return -ENOENT;
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

int sysdev_objects_gen(const sysdev_objects_t* objects, const sysdev_qid_t* dir, uint64_t index, sysdev_entry_t* entry)
{
    if (dir->type == objects->type)
    {
        return objects->listed(dir->id) ? sysdev_gen_files(objects->files, objects->count, dir->id, index, entry)
                                        : -ENOENT;
    }
    if (index < objects->root_count)
    {
        return sysdev_gen_files(objects->root_files, objects->root_count, 0, index, entry);
    }
    uint64_t id;
    if (!objects->id_at(index - objects->root_count, &id))
    {
        return -ENOENT;
    }
    sysdev_entry_object(entry, objects->type, id);
    return 0;
}

int sysdev_objects_walk(const sysdev_objects_t* objects, const sysdev_qid_t* dir, const char* name, sysdev_entry_t* entry)
{
    if (dir->type == objects->type)
    {
        return sysdev_walk_files(objects->files, objects->count, dir->id, name, entry); // checked at "<id>" and at open
    }
    uint64_t id;
    if (!sysdev_name_id(name, &id))
    {
        return sysdev_walk_files(objects->root_files, objects->root_count, 0, name, entry);
    }
    if (!objects->listed(id))
    {
        return -ENOENT;
    }
    sysdev_entry_object(entry, objects->type, id);
    return 0;
}

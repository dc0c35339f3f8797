// Resolving sys: paths through the table of devices (sysfs_node.h): the
// directories made of the devices' paths first, then each device's own
// walk and gen hooks.
#include "sysfs_node.h"

#include <errno.h>
#include <string.h>

static bool sysfs_device_present(const sysdev_t* device)
{
    return device->present == NULL || device->present();
}

// The length of the path component at @p text (up to a '/' or the end);
// a loop rather than libstd's strcspn, which costs several times more on
// every open and listing.
static size_t sysfs_component_length(const char* text)
{
    size_t length = 0;
    while (text[length] != '/' && text[length] != '\0')
    {
        length++;
    }
    return length;
}

// If @p device sits under path directory @p dir, the next component of
// its path there (its start, and its length in *length); else NULL.
static const char* sysfs_component_under(const sysfs_node_t* dir, const sysdev_t* device, size_t* length)
{
    const char* path = device->path;
    if (dir->path_length > 0 && (strncmp(path, dir->path, dir->path_length) != 0 || path[dir->path_length] != '/'))
    {
        return NULL;
    }
    const char* component = dir->path_length > 0 ? path + dir->path_length + 1 : path;
    *length = sysfs_component_length(component);
    return component;
}

// The entry of path directory @p dir for device number @p i, whose
// component there is @p component: the device itself or a directory on
// the way to it (whose devices are one run, present from number i on:
// sysfs_table_valid).
static void sysfs_path_child(const sysfs_node_t* dir, size_t i, const char* component, size_t length,
    sysfs_node_t* child)
{
    const sysdev_t* device = dir->table->devices[i];
    memset(child, 0, sizeof(*child));
    child->table = dir->table;
    memcpy(child->entry.name, component, length);
    if (component[length] == '\0')
    {
        child->device = device;
        child->entry.qid.type = SYSDEV_ROOT;
        child->entry.ops = device->file;
    }
    else
    {
        child->path = device->path;
        child->path_length = (size_t)(component - device->path) + length;
        child->first = i;
    }
}

// The entry called @p name of a path directory: that of the first
// present device under that name. Its devices are one run from dir->first.
static int sysfs_path_find(const sysfs_node_t* dir, const char* name, sysfs_node_t* child)
{
    size_t name_length = strlen(name);
    for (size_t i = dir->first; i < dir->table->count; i++)
    {
        const sysdev_t* device = dir->table->devices[i];
        size_t length;
        const char* component = sysfs_component_under(dir, device, &length);
        if (component == NULL)
        {
            break; // past the run
        }
        if (length == name_length && strncmp(name, component, length) == 0 && sysfs_device_present(device))
        {
            sysfs_path_child(dir, i, component, length, child);
            return 0;
        }
    }
    return -ENOENT;
}

// Entries @p first onwards of a path directory, in one pass over its run
// of devices. Devices that share a name there are next to each other, so
// a name counts once by comparing it with the last one given.
static size_t sysfs_path_list(const sysfs_node_t* dir, uint64_t first, stat_t* entries, size_t count)
{
    size_t given = 0;
    uint64_t index = 0;
    const char* last = NULL;
    size_t last_length = 0;
    for (size_t i = dir->first; i < dir->table->count && given < count; i++)
    {
        const sysdev_t* device = dir->table->devices[i];
        size_t length;
        const char* component = sysfs_component_under(dir, device, &length);
        if (component == NULL)
        {
            break;
        }
        if (!sysfs_device_present(device) ||
            (last != NULL && length == last_length && strncmp(component, last, length) == 0))
        {
            continue;
        }
        last = component;
        last_length = length;
        if (index++ < first)
        {
            continue;
        }
        if (entries != NULL)
        {
            // Described directly: a device's own file, or a directory.
            stat_t* info = &entries[given];
            memset(info, 0, sizeof(*info));
            memcpy(info->name, component, length);
            bool file = component[length] == '\0' && device->file != NULL;
            info->type = file ? file_kind_stat_type(device->file->kind) : STAT_DIR;
        }
        given++;
    }
    return given;
}

// Whether @p path names a directory of device paths that @p other sits
// in: "net" for "net/local".
static bool sysfs_path_within(const char* other, const char* path, size_t length)
{
    return strncmp(other, path, length) == 0 && other[length] == '/';
}

bool sysfs_table_valid(const sysdev_table_t* table)
{
    for (size_t i = 0; i < table->count; i++)
    {
        const char* path = table->devices[i]->path;
        if (path[0] == '\0' || path[0] == '/' || path[strlen(path) - 1] == '/' || strstr(path, "//") != NULL)
        {
            return false;
        }
        for (size_t j = 0; j < table->count; j++)
        {
            const char* other = table->devices[j]->path;
            // One path per device, and no device where another's directory is.
            if (j != i && (strcmp(path, other) == 0 || sysfs_path_within(other, path, strlen(path))))
            {
                return false;
            }
        }
        // Every directory on the way holds one run of devices: none
        // outside it between two inside it.
        for (const char* slash = strchr(path, '/'); slash != NULL; slash = strchr(slash + 1, '/'))
        {
            size_t length = (size_t)(slash - path);
            bool left = false;
            for (size_t j = i + 1; j < table->count; j++)
            {
                bool inside = sysfs_path_within(table->devices[j]->path, path, length);
                if (inside && left)
                {
                    return false;
                }
                left |= !inside;
            }
        }
    }
    return true;
}

bool sysfs_node_is_dir(const sysfs_node_t* node)
{
    return node->entry.ops == NULL;
}

// The entry called @p name in directory @p dir.
static int sysfs_node_walk(const sysfs_node_t* dir, const char* name, sysfs_node_t* child)
{
    if (!sysfs_node_is_dir(dir))
    {
        return -ENOTDIR;
    }
    if (dir->device == NULL)
    {
        return sysfs_path_find(dir, name, child);
    }
    *child = *dir;
    const sysdev_t* device = dir->device;
    return device->walk != NULL ? device->walk(&dir->entry.qid, name, &child->entry)
                                : sysdev_walk_gen(device, &dir->entry.qid, name, &child->entry);
}

size_t sysfs_node_list(const sysfs_node_t* dir, uint64_t first, stat_t* entries, size_t count)
{
    if (dir->device == NULL)
    {
        return sysfs_path_list(dir, first, entries, count);
    }
    sysfs_node_t child = *dir;
    size_t given = 0;
    while (given < count && dir->device->gen(&dir->entry.qid, first + given, &child.entry) == 0)
    {
        if (entries != NULL)
        {
            sysfs_node_stat(&child, &entries[given]);
        }
        given++;
    }
    return given;
}

int sysfs_lookup(const sysdev_table_t* table, const char* path, sysfs_node_t* node)
{
    memset(node, 0, sizeof(*node));
    node->table = table;
    node->path = "";
    while (*path == '/' && path[1] != '\0')
    {
        path++;
        size_t length = sysfs_component_length(path);
        char name[MAX_NAME];
        if (length >= MAX_NAME)
        {
            return -ENOENT; // no device makes such a name
        }
        memcpy(name, path, length);
        name[length] = '\0';
        sysfs_node_t child;
        int result = sysfs_node_walk(node, name, &child);
        if (result != 0)
        {
            return result;
        }
        *node = child;
        path += length;
    }
    return 0;
}

void sysfs_node_stat(const sysfs_node_t* node, stat_t* info)
{
    memset(info, 0, sizeof(*info));
    strcpy(info->name, node->entry.name);
    bool dir = sysfs_node_is_dir(node);
    // A file's type is what its device serves: sys: stores no plain files.
    info->type = dir ? STAT_DIR : file_kind_stat_type(node->entry.ops->kind);
    // Size 0, directories too: counting a directory's entries means
    // generating them all, for every directory in a listing.
}

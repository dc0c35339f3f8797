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
    *length = strcspn(component, "/");
    return component;
}

// The entry of path directory @p dir for device number @p i, whose
// component there is @p component: the device itself or a directory on
// the way to it.
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
    }
}

// Whether an earlier present device under @p dir already gave the
// component of device @p i (devices in one directory share it).
static bool sysfs_component_seen(const sysfs_node_t* dir, size_t i, const char* component, size_t length)
{
    for (size_t j = 0; j < i; j++)
    {
        const sysdev_t* other = dir->table->devices[j];
        size_t other_length;
        const char* other_component = sysfs_component_under(dir, other, &other_length);
        if (other_component != NULL && other_length == length && strncmp(other_component, component, length) == 0 &&
            sysfs_device_present(other))
        {
            return true;
        }
    }
    return false;
}

// Entry @p index (or, with @p name, the entry so called) of a path directory.
static int sysfs_path_find(const sysfs_node_t* dir, uint64_t index, const char* name, sysfs_node_t* child)
{
    for (size_t i = 0; i < dir->table->count; i++)
    {
        const sysdev_t* device = dir->table->devices[i];
        size_t length;
        const char* component = sysfs_component_under(dir, device, &length);
        if (component == NULL || !sysfs_device_present(device) || sysfs_component_seen(dir, i, component, length))
        {
            continue;
        }
        bool match = name != NULL ? strlen(name) == length && strncmp(name, component, length) == 0 : index-- == 0;
        if (match)
        {
            sysfs_path_child(dir, i, component, length, child);
            return 0;
        }
    }
    return -ENOENT;
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
        return sysfs_path_find(dir, 0, name, child);
    }
    *child = *dir;
    const sysdev_t* device = dir->device;
    return device->walk != NULL ? device->walk(&dir->entry.qid, name, &child->entry)
                                : sysdev_walk_gen(device, &dir->entry.qid, name, &child->entry);
}

int sysfs_node_child(const sysfs_node_t* dir, uint64_t index, sysfs_node_t* child)
{
    if (dir->device == NULL)
    {
        return sysfs_path_find(dir, index, NULL, child);
    }
    *child = *dir;
    return dir->device->gen(&dir->entry.qid, index, &child->entry);
}

uint64_t sysfs_node_count(const sysfs_node_t* dir)
{
    sysfs_node_t child;
    uint64_t count = 0;
    while (sysfs_node_child(dir, count, &child) == 0)
    {
        count++;
    }
    return count;
}

int sysfs_lookup(const sysdev_table_t* table, const char* path, sysfs_node_t* node)
{
    memset(node, 0, sizeof(*node));
    node->table = table;
    node->path = "";
    while (*path == '/' && path[1] != '\0')
    {
        path++;
        size_t length = strcspn(path, "/");
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
    info->size = dir ? sysfs_node_count(node) : 0;
}

// home: — the tree of a RAM-disk file system and its root operations
// (open, stat, mkdir, remove, rename). See ramfs_node.h for the locking.
#include "ramfs.h"

#include "path.h"
#include "ramfs_node.h"
#include "vfs.h"

#include <kernel/log/log.h>
#include <kernel/mem/heap.h>
#include <kernel/mem/pmm.h>
#include <kernel/panic/panic.h>

#include <errno.h>
#include <stddef.h>
#include <string.h>

static ramfs_node_t* ramfs_child(const ramfs_node_t* dir, const char* name, size_t length)
{
    for (ramfs_node_t* child = dir->children; child != NULL; child = child->next)
    {
        if (strlen(child->name) == length && strncmp(child->name, name, length) == 0)
        {
            return child;
        }
    }
    return NULL;
}

// Follow the first @p length bytes of @p path ("/a/b", normalised) from the root.
static int ramfs_walk(ramfs_t* fs, const char* path, size_t length, ramfs_node_t** out)
{
    ramfs_node_t* node = fs->root;
    size_t i = 0;
    while (i < length)
    {
        i++; // the '/'
        size_t end = i;
        while (end < length && path[end] != '/')
        {
            end++;
        }
        if (end == i)
        {
            break; // the root's lone '/'
        }
        if (!node->is_dir)
        {
            return -ENOTDIR;
        }
        node = ramfs_child(node, path + i, end - i);
        if (node == NULL)
        {
            return -ENOENT;
        }
        i = end;
    }
    *out = node;
    return 0;
}

static int ramfs_find(ramfs_t* fs, const char* path, ramfs_node_t** out)
{
    return ramfs_walk(fs, path, strlen(path), out);
}

// The directory that holds (or would hold) @p path, which is not the root.
static int ramfs_find_parent(ramfs_t* fs, const char* path, ramfs_node_t** out)
{
    const char* last = path_last(path);
    int result = ramfs_walk(fs, path, (size_t)(last - 1 - path), out);
    if (result == 0 && !(*out)->is_dir)
    {
        result = -ENOTDIR;
    }
    return result;
}

static void ramfs_link(ramfs_node_t* dir, ramfs_node_t* node)
{
    ramfs_node_t** link = &dir->children;
    while (*link != NULL)
    {
        link = &(*link)->next;
    }
    *link = node;
    node->next = NULL;
    node->parent = dir;
    dir->child_count++;
}

static void ramfs_unlink(ramfs_node_t* node)
{
    ramfs_node_t* dir = node->parent;
    ramfs_node_t** link = &dir->children;
    while (*link != node)
    {
        link = &(*link)->next;
    }
    *link = node->next;
    node->next = NULL;
    node->parent = NULL;
    dir->child_count--;
}

// Make @p path (not the root) in its parent directory; the lock held alone.
static int ramfs_create(ramfs_t* fs, const char* path, bool is_dir, ramfs_node_t** out)
{
    if (strcmp(path, "/") == 0)
    {
        return -EEXIST;
    }
    ramfs_node_t* parent;
    int result = ramfs_find_parent(fs, path, &parent);
    if (result < 0)
    {
        return result;
    }
    const char* name = path_last(path);
    if (ramfs_child(parent, name, strlen(name)) != NULL)
    {
        return -EEXIST;
    }
    ramfs_node_t* node = ramfs_node_new(fs, name, is_dir);
    if (node == NULL)
    {
        return -ENOMEM;
    }
    ramfs_link(parent, node);
    *out = node;
    return 0;
}

// Find or make the node an open asks for and check the flags against it.
static int ramfs_open_node(ramfs_t* fs, const char* path, uint32_t flags, ramfs_node_t** out)
{
    ramfs_node_t* node;
    int result = ramfs_find(fs, path, &node);
    // The tree's lock is held alone for a create, so nobody can make the
    // name between this look and the creation: excl is atomic.
    if (result == 0 && (flags & FILE_EXCL))
    {
        return -EEXIST;
    }
    if (result == -ENOENT && (flags & FILE_CREATE))
    {
        result = ramfs_create(fs, path, flags & FILE_DIR, &node);
    }
    if (result < 0)
    {
        return result;
    }
    if ((flags & FILE_DIR) && !node->is_dir)
    {
        return -ENOTDIR;
    }
    if (flags & FILE_TRUNC)
    {
        if (node->is_dir)
        {
            return -EISDIR;
        }
        ramfs_data_free(node);
    }
    ramfs_node_ref(node); // the file's
    *out = node;
    return 0;
}

static int ramfs_open(vfs_root_t* root, const char* path, uint32_t flags, file_t** out)
{
    ramfs_t* fs = root->private;
    // Only an open that may change the tree or a file needs the lock alone.
    bool exclusive = flags & (FILE_CREATE | FILE_TRUNC);
    if (exclusive)
    {
        rwlock_write_lock(&fs->lock);
    }
    else
    {
        rwlock_read_lock(&fs->lock);
    }
    ramfs_node_t* node = NULL;
    int result = ramfs_open_node(fs, path, flags, &node);
    if (exclusive)
    {
        rwlock_write_unlock(&fs->lock);
    }
    else
    {
        rwlock_read_unlock(&fs->lock);
    }
    if (result < 0)
    {
        return result;
    }
    file_t* file = file_new(node->is_dir ? &ramfs_dir_ops : &ramfs_file_ops, node, flags);
    if (file == NULL)
    {
        ramfs_node_put(node);
        return -ENOMEM;
    }
    *out = file;
    return 0;
}

static int ramfs_stat(vfs_root_t* root, const char* path, stat_t* info)
{
    ramfs_t* fs = root->private;
    rwlock_read_lock(&fs->lock);
    ramfs_node_t* node;
    int result = ramfs_find(fs, path, &node);
    if (result == 0)
    {
        ramfs_node_stat(node, info);
    }
    rwlock_read_unlock(&fs->lock);
    return result;
}

static int ramfs_mkdir(vfs_root_t* root, const char* path)
{
    ramfs_t* fs = root->private;
    rwlock_write_lock(&fs->lock);
    ramfs_node_t* node;
    int result = ramfs_create(fs, path, true, &node);
    rwlock_write_unlock(&fs->lock);
    return result;
}

static int ramfs_remove(vfs_root_t* root, const char* path)
{
    ramfs_t* fs = root->private;
    rwlock_write_lock(&fs->lock);
    ramfs_node_t* node;
    int result = ramfs_find(fs, path, &node);
    if (result == 0 && node == fs->root)
    {
        result = -EBUSY;
    }
    if (result == 0 && node->children != NULL)
    {
        result = -ENOTEMPTY;
    }
    if (result == 0)
    {
        ramfs_unlink(node);
    }
    rwlock_write_unlock(&fs->lock);
    if (result == 0)
    {
        ramfs_node_put(node); // the tree's reference; open files keep theirs
    }
    return result;
}

// Whether @p node is @p ancestor or somewhere below it.
static bool ramfs_is_within(const ramfs_node_t* node, const ramfs_node_t* ancestor)
{
    for (; node != NULL; node = node->parent)
    {
        if (node == ancestor)
        {
            return true;
        }
    }
    return false;
}

// Check that @p source may take the place of @p target (NULL: a free name).
static int ramfs_rename_check(const ramfs_node_t* source, const ramfs_node_t* target)
{
    if (target == NULL)
    {
        return 0;
    }
    if (!source->is_dir && target->is_dir)
    {
        return -EISDIR;
    }
    if (source->is_dir && !target->is_dir)
    {
        return -ENOTDIR;
    }
    return target->children != NULL ? -ENOTEMPTY : 0;
}

// The tree's lock held alone; *replaced gets the node that lost its name.
static int ramfs_rename_locked(ramfs_t* fs, const char* from, const char* to, ramfs_node_t** replaced)
{
    ramfs_node_t* source;
    int result = ramfs_find(fs, from, &source);
    if (result < 0)
    {
        return result;
    }
    if (strcmp(from, to) == 0)
    {
        return 0;
    }
    if (source == fs->root || strcmp(to, "/") == 0)
    {
        return -EBUSY;
    }
    ramfs_node_t* parent;
    result = ramfs_find_parent(fs, to, &parent);
    if (result < 0)
    {
        return result;
    }
    // A directory moved under itself would cut its subtree off the tree.
    if (source->is_dir && ramfs_is_within(parent, source))
    {
        return -EINVAL;
    }
    const char* name = path_last(to);
    ramfs_node_t* target = ramfs_child(parent, name, strlen(name));
    result = ramfs_rename_check(source, target);
    if (result < 0)
    {
        return result;
    }
    // Everything below happens under the lock held alone: a lookup sees
    // the old tree or the new one, never the name missing.
    if (target != NULL)
    {
        ramfs_unlink(target);
    }
    ramfs_unlink(source);
    strcpy(source->name, name);
    ramfs_link(parent, source);
    *replaced = target;
    return 0;
}

static int ramfs_rename(vfs_root_t* root, const char* from, const char* to)
{
    ramfs_t* fs = root->private;
    ramfs_node_t* replaced = NULL;
    rwlock_write_lock(&fs->lock);
    int result = ramfs_rename_locked(fs, from, to, &replaced);
    rwlock_write_unlock(&fs->lock);
    if (replaced != NULL)
    {
        ramfs_node_put(replaced); // the tree's reference; open files keep theirs
    }
    return result;
}

static const vfs_root_ops_t ramfs_root_ops = {
    .open = ramfs_open,
    .stat = ramfs_stat,
    .mkdir = ramfs_mkdir,
    .remove = ramfs_remove,
    .rename = ramfs_rename,
};

static ramfs_node_t* ramfs_copy_node(ramfs_t* fs, const char* name, bool is_dir)
{
    if (strlen(name) >= MAX_NAME)
    {
        log_warn("ramfs: '%s' has too long a name; left out", name);
        return NULL;
    }
    ramfs_node_t* node = ramfs_node_new(fs, name, is_dir);
    if (node == NULL)
    {
        panic("ramfs: out of memory copying the RAM disk");
    }
    return node;
}

// Make the bootloader's directory @p source the contents of @p dir,
// recursively. Files keep their bytes where the bootloader put them:
// each node takes its file's pages (ramfs_data_adopt), and the
// record forgets them.
static void ramfs_take_dir(ramfs_t* fs, ramfs_node_t* dir, boot_dir_t* source)
{
    for (boot_dir_t* child = source->children; child != NULL; child = child->next)
    {
        ramfs_node_t* node = ramfs_copy_node(fs, child->name, true);
        if (node != NULL)
        {
            ramfs_link(dir, node);
            ramfs_take_dir(fs, node, child);
        }
    }
    for (boot_file_t* file = source->files; file != NULL; file = file->next)
    {
        ramfs_node_t* node = ramfs_copy_node(fs, file->name, false);
        if (node != NULL)
        {
            if (ramfs_data_adopt(node, file->data, file->size) < 0)
            {
                panic("ramfs: out of memory taking the RAM disk's %s", file->name);
            }
            ramfs_link(dir, node);
        }
        else if (file->data != NULL)
        {
            pmm_free_run(VIRT_TO_PHYS(file->data), PAGES(file->size)); // left out: its pages are free
        }
        file->data = NULL;
    }
}

void ramfs_init(const char* label, boot_dir_t* ramdisk)
{
    ramfs_t* fs = kcalloc(1, sizeof(ramfs_t));
    if (fs == NULL)
    {
        panic("ramfs: out of memory");
    }
    rwlock_init(&fs->lock);
    fs->root = ramfs_copy_node(fs, "", true);
    if (ramdisk != NULL)
    {
        ramfs_take_dir(fs, fs->root, ramdisk);
    }
    int result = vfs_mount(label, &ramfs_root_ops, fs);
    if (result < 0)
    {
        panic("ramfs: cannot mount %s: (%d)", label, result);
    }
}

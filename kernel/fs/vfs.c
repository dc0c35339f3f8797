#include "vfs.h"

#include "path.h"
#include "ramfs.h"

#include <kernel/log/log.h>
#include <kernel/sync/spinlock.h>

#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

// Roots are never unmounted, so a vfs_root_t* stays valid for good and
// lookups need the lock only to see a consistent count.
#define VFS_MAX_ROOTS 16

static vfs_root_t vfs_roots[VFS_MAX_ROOTS];
static size_t vfs_root_count;
static spinlock_t vfs_roots_lock = SPINLOCK_INIT;

static vfs_root_t* vfs_root_find(const char* label)
{
    vfs_root_t* found = NULL;
    spin_lock(&vfs_roots_lock);
    for (size_t i = 0; i < vfs_root_count; i++)
    {
        if (strcmp(vfs_roots[i].label, label) == 0)
        {
            found = &vfs_roots[i];
            break;
        }
    }
    spin_unlock(&vfs_roots_lock);
    return found;
}

int vfs_mount(const char* label, const vfs_root_ops_t* ops, void* private)
{
    size_t length = strlen(label);
    if (length == 0 || length >= MAX_NAME || strpbrk(label, ":/?&") != NULL)
    {
        return -EINVAL;
    }
    int result = 0;
    spin_lock(&vfs_roots_lock);
    for (size_t i = 0; i < vfs_root_count; i++)
    {
        if (strcmp(vfs_roots[i].label, label) == 0)
        {
            result = -EEXIST;
        }
    }
    if (result == 0 && vfs_root_count == VFS_MAX_ROOTS)
    {
        result = -ENOMEM;
    }
    if (result == 0)
    {
        vfs_root_t* root = &vfs_roots[vfs_root_count];
        memcpy(root->label, label, length + 1);
        root->ops = ops;
        root->private = private;
        vfs_root_count++;
    }
    spin_unlock(&vfs_roots_lock);
    return result;
}

void vfs_init(boot_dir_t* ramdisk)
{
    ramfs_init("home", ramdisk);
    log_info("vfs: mounted home:");
}

int vfs_flags_parse(const char* text, uint32_t* flags)
{
    return path_flags_parse(text, flags);
}

// Parse and look up the root; the one place every operation starts.
static int vfs_lookup(const char* cwd, const char* text, path_t* path, vfs_root_t** root)
{
    int result = path_parse(cwd, text, path);
    if (result < 0)
    {
        return result;
    }
    *root = vfs_root_find(path->label);
    return *root != NULL ? 0 : -ENOENT;
}

int vfs_resolve(const char* cwd, const char* path, vfs_root_t** root, char inner[MAX_PATH], uint32_t* flags)
{
    path_t parsed;
    int result = vfs_lookup(cwd, path, &parsed, root);
    if (result < 0)
    {
        return result;
    }
    strcpy(inner, parsed.inner);
    *flags = parsed.flags;
    return 0;
}

int vfs_open(const char* cwd, const char* path, file_t** out)
{
    path_t parsed;
    vfs_root_t* root;
    int result = vfs_lookup(cwd, path, &parsed, &root);
    if (result < 0)
    {
        return result;
    }
    // Checked here so that every file system refuses it alike.
    if ((parsed.flags & FILE_EXCL) && !(parsed.flags & FILE_CREATE))
    {
        return -EINVAL;
    }
    if (root->ops->open == NULL)
    {
        return -EPERM;
    }
    return root->ops->open(root, parsed.inner, parsed.flags, out);
}

int vfs_open2(const char* cwd, const char* path, file_t* ends[2])
{
    file_t* file;
    int result = vfs_open(cwd, path, &file);
    if (result < 0)
    {
        return result;
    }
    result = file->ops->open2 != NULL ? file->ops->open2(file, ends) : -EINVAL;
    file_put(file);
    return result;
}

int vfs_stat(const char* cwd, const char* path, stat_t* info)
{
    path_t parsed;
    vfs_root_t* root;
    int result = vfs_lookup(cwd, path, &parsed, &root);
    if (result < 0)
    {
        return result;
    }
    if (root->ops->stat == NULL)
    {
        return -EPERM;
    }
    return root->ops->stat(root, parsed.inner, info);
}

int vfs_mkdir(const char* cwd, const char* path)
{
    path_t parsed;
    vfs_root_t* root;
    int result = vfs_lookup(cwd, path, &parsed, &root);
    if (result < 0)
    {
        return result;
    }
    if (root->ops->mkdir == NULL)
    {
        return -EPERM;
    }
    return root->ops->mkdir(root, parsed.inner);
}

int vfs_remove(const char* cwd, const char* path)
{
    path_t parsed;
    vfs_root_t* root;
    int result = vfs_lookup(cwd, path, &parsed, &root);
    if (result < 0)
    {
        return result;
    }
    if (root->ops->remove == NULL)
    {
        return -EPERM;
    }
    return root->ops->remove(root, parsed.inner);
}

int vfs_rename(const char* cwd, const char* from, const char* to)
{
    path_t source, target;
    vfs_root_t* root;
    vfs_root_t* target_root;
    int result = vfs_lookup(cwd, from, &source, &root);
    if (result == 0)
    {
        result = vfs_lookup(cwd, to, &target, &target_root);
    }
    if (result < 0)
    {
        return result;
    }
    // Open flags mean nothing to a rename; accepting them would hide typos.
    if (source.flags != 0 || target.flags != 0)
    {
        return -EINVAL;
    }
    if (root != target_root)
    {
        return -EXDEV;
    }
    if (root->ops->rename == NULL)
    {
        return -EPERM;
    }
    return root->ops->rename(root, source.inner, target.inner);
}

int vfs_chdir(const char* cwd, const char* path, char out[MAX_PATH])
{
    path_t parsed;
    vfs_root_t* root;
    int result = vfs_lookup(cwd, path, &parsed, &root);
    if (result < 0)
    {
        return result;
    }
    stat_t info;
    result = root->ops->stat != NULL ? root->ops->stat(root, parsed.inner, &info) : -EPERM;
    if (result < 0)
    {
        return result;
    }
    if (info.type != STAT_DIR)
    {
        return -ENOTDIR;
    }
    return path_join_label(&parsed, out);
}

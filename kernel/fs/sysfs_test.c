// sys: served from a table of devices: the directories made of device
// paths, directories generated from live objects, files whose object has
// gone, and opens racing with an object's end. The tests mount their own
// table under the label "ktest-sys" (once; a mount is for good) so they
// control every device in it.
#include "ctl.h"
#include "idlist.h"
#include "sysfs.h"
#include "vfs.h"

#include <kernel/arch/clock.h>
#include <kernel/mem/heap.h>
#include <kernel/sched/sched.h>
#include <kernel/sched/thread.h>
#include <kernel/test/ktest.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>

// ---- "solo" and "ktest/hello": devices of one file ------------------------

static volatile int solo_opens;
static volatile int solo_closes;
static int solo_refusal; // what the open hook answers
static file_t* solo_last_opened;
static char solo_object; // what an open solo file is about

static int solo_open(file_t* file, uint64_t id)
{
    solo_opens++;
    solo_last_opened = file;
    if (solo_refusal == 0)
    {
        file->object = &solo_object;
    }
    return id == 0 ? solo_refusal : -EIO;
}

static ssize_t solo_read(file_t* file, void* buffer, size_t count)
{
    return file_read_text(file, buffer, count, "solo\n", 5);
}

static void solo_close(file_t* file)
{
    (void)file;
    solo_closes++;
}

static const file_ops_t solo_ops = {
    .kind = FILE_KIND_CONSOLE, .open = solo_open, .read = solo_read, .close = solo_close};

static ssize_t hello_read(file_t* file, void* buffer, size_t count)
{
    return file_read_text(file, buffer, count, "hello\n", 6);
}

static const file_ops_t hello_ops = {.read = hello_read};

static bool absent(void)
{
    return false;
}

// ---- "ktest/things": a directory per live thing ---------------------------

// A thing: a text, alive until thing_end. The list holds one reference,
// each open file one.
typedef struct
{
    idlist_link_t link;
    volatile uint32_t refs;
    volatile bool ended;
    char text[16];
} thing_t;

static idlist_t things = IDLIST_INIT;
static volatile uint64_t things_made;
static volatile uint64_t things_freed;

static thing_t* thing_new(const char* text)
{
    thing_t* thing = kcalloc(1, sizeof(thing_t));
    if (thing != NULL)
    {
        thing->refs = 1;
        strncpy(thing->text, text, sizeof(thing->text) - 1);
        __atomic_add_fetch(&things_made, 1, __ATOMIC_RELAXED);
        idlist_add(&things, &thing->link);
    }
    return thing;
}

static void thing_put(thing_t* thing)
{
    if (__atomic_sub_fetch(&thing->refs, 1, __ATOMIC_ACQ_REL) == 0)
    {
        kfree(thing);
        __atomic_add_fetch(&things_freed, 1, __ATOMIC_RELAXED);
    }
}

// The thing's end, once (false if it had ended already): not found
// from now on, its open files fail.
static bool thing_end(thing_t* thing)
{
    if (__atomic_exchange_n(&thing->ended, true, __ATOMIC_ACQ_REL))
    {
        return false;
    }
    idlist_remove(&things, &thing->link);
    thing_put(thing); // the list's reference
    return true;
}

static bool thing_take(idlist_link_t* link)
{
    __atomic_add_fetch(&IDLIST_OBJECT(link, thing_t, link)->refs, 1, __ATOMIC_ACQ_REL);
    return true;
}

static int thing_open(file_t* file, uint64_t id)
{
    idlist_link_t* link = idlist_get(&things, id, thing_take);
    if (link == NULL)
    {
        return -ENOENT;
    }
    file->object = IDLIST_OBJECT(link, thing_t, link);
    return 0;
}

static ssize_t thing_text_read(file_t* file, void* buffer, size_t count)
{
    thing_t* thing = file->object;
    if (__atomic_load_n(&thing->ended, __ATOMIC_ACQUIRE))
    {
        return -ENOENT; // checked at each use
    }
    return file_read_text(file, buffer, count, thing->text, strlen(thing->text));
}

static int thing_ctl_end(file_t* file, const ctl_arg_t* args)
{
    (void)args;
    return thing_end(file->object) ? 0 : -ENOENT;
}

static const ctl_command_t thing_ctl_commands[] = {{.name = "end", .run = thing_ctl_end}};
static const ctl_table_t thing_ctl_table = CTL_TABLE("ktest thing ctl", thing_ctl_commands);

static ssize_t thing_ctl_write(file_t* file, const void* buffer, size_t count)
{
    return ctl_write(file, &thing_ctl_table, buffer, count);
}

static void thing_close(file_t* file)
{
    thing_put(file->object);
}

static const file_ops_t thing_text_ops = {.open = thing_open, .read = thing_text_read, .close = thing_close};
static const file_ops_t thing_ctl_ops = {.open = thing_open, .write = thing_ctl_write, .close = thing_close};
static const sysdev_file_t thing_files[] = {{"text", &thing_text_ops}, {"ctl", &thing_ctl_ops}};

enum
{
    THING_DIR = 1,
};

static bool thing_listed(uint64_t id)
{
    idlist_link_t* link = idlist_get(&things, id, thing_take);
    if (link != NULL)
    {
        thing_put(IDLIST_OBJECT(link, thing_t, link));
    }
    return link != NULL;
}

static int things_gen(const sysdev_qid_t* dir, uint64_t index, sysdev_entry_t* entry)
{
    if (dir->type == THING_DIR)
    {
        return thing_listed(dir->id) ? sysdev_gen_files(thing_files, 2, dir->id, index, entry) : -ENOENT;
    }
    uint64_t id;
    if (!idlist_id_at(&things, index, &id))
    {
        return -ENOENT;
    }
    sysdev_entry_object(entry, THING_DIR, id);
    return 0;
}

// No walk hook: sys: compares what gen gives, name by name.
static const sysdev_t solo_device = {.path = "solo", .file = &solo_ops};
static const sysdev_t hello_device = {.path = "ktest/hello", .file = &hello_ops};
static const sysdev_t gone_device = {.path = "gone/x", .file = &hello_ops, .present = absent};
static const sysdev_t things_device = {.path = "ktest/things", .gen = things_gen};
static const sysdev_t absent_device = {.path = "ktest/absent", .file = &hello_ops, .present = absent};

static const sysdev_t* const test_devices[] = {
    &solo_device, &hello_device, &things_device, &absent_device, &gone_device};
static const sysdev_table_t test_table = {test_devices, sizeof(test_devices) / sizeof(test_devices[0])};

#define LABEL "ktest-sys:"

static bool sysfs_test_mount(void)
{
    int result = sysfs_mount("ktest-sys", &test_table);
    return result == 0 || result == -EEXIST;
}

// The names in directory @p path, joined by spaces, into @p text; the count or an error.
static ssize_t sysfs_test_list(const char* path, char* text, size_t size, uint32_t* types)
{
    file_t* dir;
    int result = vfs_open(NULL, path, &dir);
    if (result != 0)
    {
        return result;
    }
    stat_t entries[8];
    ssize_t count = file_readdir(dir, entries, 8);
    file_put(dir);
    text[0] = '\0';
    for (ssize_t i = 0; i < count; i++)
    {
        size_t length = strlen(text);
        snprintf(text + length, size - length, "%s%s", i > 0 ? " " : "", entries[i].name);
        if (types != NULL)
        {
            types[i] = entries[i].type;
        }
    }
    return count;
}

static ssize_t sysfs_test_read(const char* path, char* text, size_t size)
{
    file_t* file;
    int result = vfs_open(NULL, path, &file);
    if (result != 0)
    {
        return result;
    }
    memset(text, 0, size);
    ssize_t got = file_read(file, text, size - 1);
    file_put(file);
    return got;
}

KTEST(sysfs, device_paths_make_the_directories)
{
    KTEST_ASSERT(sysfs_test_mount());
    char names[128];
    uint32_t types[8];
    KTEST_ASSERT_EQ(sysfs_test_list(LABEL "/", names, sizeof(names), types), 2);
    KTEST_ASSERT(strcmp(names, "solo ktest") == 0); // "gone" has no present device
    KTEST_ASSERT_EQ(types[0], STAT_CONSOLE);        // the file's own kind
    KTEST_ASSERT_EQ(types[1], STAT_DIR);
    KTEST_ASSERT_EQ(sysfs_test_list(LABEL "/ktest", names, sizeof(names), types), 2);
    KTEST_ASSERT(strcmp(names, "hello things") == 0); // not "absent"
    KTEST_ASSERT_EQ(types[0], STAT_DEVICE);

    stat_t info;
    KTEST_ASSERT_EQ(vfs_stat(NULL, LABEL "/", &info), 0);
    KTEST_ASSERT_EQ(info.type, STAT_DIR);
    KTEST_ASSERT(strcmp(info.name, "") == 0);
    KTEST_ASSERT_EQ(info.size, 0); // nothing stored, nothing counted
    KTEST_ASSERT_EQ(vfs_stat(NULL, LABEL "/ktest/hello", &info), 0);
    KTEST_ASSERT(strcmp(info.name, "hello") == 0);
    KTEST_ASSERT_EQ(info.type, STAT_DEVICE);
    KTEST_ASSERT_EQ(vfs_stat(NULL, LABEL "/ktest/absent", &info), -ENOENT);
    KTEST_ASSERT_EQ(vfs_stat(NULL, LABEL "/gone", &info), -ENOENT);
    KTEST_ASSERT_EQ(vfs_stat(NULL, LABEL "/gone/x", &info), -ENOENT);
    KTEST_ASSERT_EQ(vfs_stat(NULL, LABEL "/solo/x", &info), -ENOTDIR);
    KTEST_ASSERT_EQ(vfs_stat(NULL, LABEL "/ktest/hello/x", &info), -ENOTDIR);
    KTEST_ASSERT_EQ(vfs_stat(NULL, LABEL "/ktes", &info), -ENOENT); // whole components only

    char text[16];
    KTEST_ASSERT_EQ(sysfs_test_read(LABEL "/ktest/things/../hello", text, sizeof(text)), 6);
    KTEST_ASSERT(strcmp(text, "hello\n") == 0);
    file_t* file;
    KTEST_ASSERT_EQ(vfs_open(NULL, LABEL "/ktest", &file), 0);
    ssize_t read = file_read(file, text, 1);
    int64_t end = file_seek(file, 0, SEEK_END);
    file_put(file);
    KTEST_ASSERT_EQ(read, -EISDIR);
    KTEST_ASSERT_EQ(end, 2);
}

// Tables sys: refuses: the devices of a directory not next to each other,
// two devices at one path, a device where another's directory is, bad paths.
KTEST(sysfs, malformed_tables_are_refused)
{
    static const sysdev_t a_x = {.path = "a/x", .file = &hello_ops};
    static const sysdev_t a_y = {.path = "a/y", .file = &hello_ops};
    static const sysdev_t b = {.path = "b", .file = &hello_ops};
    static const sysdev_t a = {.path = "a", .file = &hello_ops};
    static const sysdev_t empty = {.path = "", .file = &hello_ops};
    static const sysdev_t doubled = {.path = "a//x", .file = &hello_ops};
    static const sysdev_t trailing = {.path = "b/", .file = &hello_ops};
    static const sysdev_t* const split[] = {&a_x, &b, &a_y};
    static const sysdev_t* const twice[] = {&b, &b};
    static const sysdev_t* const over[] = {&a, &a_x};
    static const sysdev_t* const bad[][1] = {{&empty}, {&doubled}, {&trailing}};
    static const sysdev_t* const fine[] = {&b, &a_x, &a_y};
    const sysdev_table_t refused[] = {{split, 3}, {twice, 2}, {over, 2}, {bad[0], 1}, {bad[1], 1}, {bad[2], 1}};
    for (size_t i = 0; i < sizeof(refused) / sizeof(refused[0]); i++)
    {
        KTEST_ASSERT_EQ(sysfs_mount("ktest-bad", &refused[i]), -EINVAL);
    }
    static const sysdev_table_t fine_table = {fine, 3};
    int mounted = sysfs_mount("ktest-fine", &fine_table);
    KTEST_ASSERT(mounted == 0 || mounted == -EEXIST); // a second run of the suite
    stat_t info;
    KTEST_ASSERT_EQ(vfs_stat(NULL, "ktest-bad:/", &info), -ENOENT);
    KTEST_ASSERT_EQ(vfs_stat(NULL, "ktest-fine:/a/y", &info), 0);
}

KTEST(sysfs, users_cannot_change_it)
{
    KTEST_ASSERT(sysfs_test_mount());
    file_t* file = NULL;
    KTEST_ASSERT_EQ(vfs_mkdir(NULL, LABEL "/ktest/new"), -EPERM);
    KTEST_ASSERT_EQ(vfs_remove(NULL, LABEL "/ktest/hello"), -EPERM);
    KTEST_ASSERT_EQ(vfs_remove(NULL, LABEL "/ktest"), -EPERM);
    KTEST_ASSERT_EQ(vfs_open(NULL, LABEL "/ktest/new?create", &file), -EPERM);
    KTEST_ASSERT_EQ(vfs_open(NULL, LABEL "/ktest/hello?create&excl", &file), -EEXIST);
    KTEST_ASSERT_EQ(vfs_rename(NULL, LABEL "/ktest/hello", LABEL "/ktest/other"), -EPERM);
    KTEST_ASSERT_EQ(vfs_open(NULL, LABEL "/ktest/new", &file), -ENOENT);
    KTEST_ASSERT_EQ(vfs_open(NULL, LABEL "/ktest/hello?dir", &file), -ENOTDIR);
    KTEST_ASSERT_EQ(vfs_open(NULL, LABEL "/ktest?trunc", &file), -EISDIR);
    // sys: itself, the kernel's table.
    KTEST_ASSERT_EQ(vfs_open(NULL, "sys:/console?create&excl", &file), -EEXIST);
    KTEST_ASSERT_EQ(vfs_open(NULL, "sys:/no-such-file?create", &file), -EPERM);
    KTEST_ASSERT_EQ(vfs_mkdir(NULL, "sys:/proc/x"), -EPERM);
}

KTEST(sysfs, open_hook_gets_the_id_and_may_refuse)
{
    KTEST_ASSERT(sysfs_test_mount());
    int opens = solo_opens, closes = solo_closes;
    file_t* file = NULL;
    solo_refusal = -EBUSY;
    int refused = vfs_open(NULL, LABEL "/solo", &file);
    int closes_after_refusal = solo_closes;
    solo_refusal = 0;
    int opened = vfs_open(NULL, LABEL "/solo?nonblock", &file);
    bool seen = opened == 0 && solo_last_opened == file;
    void* object = opened == 0 ? file->object : NULL;
    uint32_t flags = opened == 0 ? file->flags : 0;
    int closes_while_open = solo_closes;
    if (opened == 0)
    {
        file_put(file);
    }
    KTEST_ASSERT_EQ(refused, -EBUSY);
    KTEST_ASSERT_EQ(closes_after_refusal, closes); // a refused file is not closed
    KTEST_ASSERT_EQ(opened, 0);
    KTEST_ASSERT(seen);
    KTEST_ASSERT(object == &solo_object);
    KTEST_ASSERT_EQ(flags, FILE_NONBLOCK);
    KTEST_ASSERT_EQ(closes_while_open, closes);
    KTEST_ASSERT_EQ(solo_opens, opens + 2);
    KTEST_ASSERT_EQ(solo_closes, closes + 1);
}

KTEST(sysfs, directories_list_the_live_objects)
{
    KTEST_ASSERT(sysfs_test_mount());
    uint64_t freed = things_freed;
    thing_t* made[3] = {thing_new("a"), thing_new("b"), thing_new("c")};
    KTEST_ASSERT(made[0] != NULL && made[1] != NULL && made[2] != NULL);
    char expected[64], names[128];
    snprintf(expected, sizeof(expected), "%lu %lu %lu", (unsigned long)made[0]->link.id,
        (unsigned long)made[1]->link.id, (unsigned long)made[2]->link.id);
    ssize_t all = sysfs_test_list(LABEL "/ktest/things", names, sizeof(names), NULL);
    bool all_listed = strcmp(names, expected) == 0;
    char path[64];
    snprintf(path, sizeof(path), LABEL "/ktest/things/%lu", (unsigned long)made[1]->link.id);
    stat_t info;
    int found = vfs_stat(NULL, path, &info);
    uint32_t type = info.type;
    thing_end(made[1]);
    int gone = vfs_stat(NULL, path, &info);
    snprintf(expected, sizeof(expected), "%lu %lu", (unsigned long)made[0]->link.id, (unsigned long)made[2]->link.id);
    ssize_t left = sysfs_test_list(LABEL "/ktest/things", names, sizeof(names), NULL);
    bool left_listed = strcmp(names, expected) == 0;
    snprintf(path, sizeof(path), LABEL "/ktest/things/0%lu", (unsigned long)made[0]->link.id);
    int leading_zero = vfs_stat(NULL, path, &info);
    thing_end(made[0]);
    thing_end(made[2]);
    ssize_t none = sysfs_test_list(LABEL "/ktest/things", names, sizeof(names), NULL);
    KTEST_ASSERT_EQ(all, 3);
    KTEST_ASSERT(all_listed);
    KTEST_ASSERT_EQ(found, 0);
    KTEST_ASSERT_EQ(type, STAT_DIR);
    KTEST_ASSERT_EQ(gone, -ENOENT);
    KTEST_ASSERT_EQ(left, 2);
    KTEST_ASSERT(left_listed);
    KTEST_ASSERT_EQ(leading_zero, -ENOENT); // "012" is not "12"
    KTEST_ASSERT_EQ(none, 0);
    KTEST_ASSERT_EQ(things_freed, freed + 3);
}

// A file keeps its object, not a node: once the object has ended, the
// file fails at its next use, a new open fails, an open directory of it
// lists nothing, and the memory goes with the last file.
KTEST(sysfs, a_file_of_a_gone_object_fails_at_use)
{
    KTEST_ASSERT(sysfs_test_mount());
    uint64_t freed = things_freed;
    thing_t* thing = thing_new("still here");
    KTEST_ASSERT(thing != NULL);
    char dir_path[64], text_path[64], ctl_path[64];
    snprintf(dir_path, sizeof(dir_path), LABEL "/ktest/things/%lu", (unsigned long)thing->link.id);
    snprintf(text_path, sizeof(text_path), "%s/text", dir_path);
    snprintf(ctl_path, sizeof(ctl_path), "%s/ctl", dir_path);
    file_t *text = NULL, *ctl = NULL, *dir = NULL;
    int opened = vfs_open(NULL, text_path, &text);
    opened = opened == 0 ? vfs_open(NULL, ctl_path, &ctl) : opened;
    opened = opened == 0 ? vfs_open(NULL, dir_path, &dir) : opened;
    if (opened != 0)
    {
        thing_end(thing);
        file_put(text);
        file_put(ctl);
    }
    KTEST_ASSERT_EQ(opened, 0);
    char buffer[16] = {0};
    ssize_t before = file_read(text, buffer, sizeof(buffer) - 1);
    ssize_t ended = file_write(ctl, "end\n", 4); // the thing's own ctl ends it
    ssize_t again = file_write(ctl, "end", 3);
    file_seek(text, 0, SEEK_SET);
    ssize_t after = file_read(text, buffer, sizeof(buffer) - 1);
    stat_t entries[2];
    ssize_t listed = file_readdir(dir, entries, 2);
    file_t* reopened = NULL;
    int reopen = vfs_open(NULL, text_path, &reopened);
    uint64_t freed_while_open = things_freed;
    file_put(text);
    file_put(ctl);
    file_put(dir);
    KTEST_ASSERT_EQ(before, 10);
    KTEST_ASSERT(strcmp(buffer, "still here") == 0);
    KTEST_ASSERT_EQ(ended, 4);
    KTEST_ASSERT_EQ(again, -ENOENT);
    KTEST_ASSERT_EQ(after, -ENOENT);
    KTEST_ASSERT_EQ(listed, 0);
    KTEST_ASSERT_EQ(reopen, -ENOENT);
    KTEST_ASSERT_EQ(freed_while_open, freed); // the files held it
    KTEST_ASSERT_EQ(things_freed, freed + 1);
}

// Things made and ended as fast as a thread can, while this thread opens,
// reads and lists them: every open finds a thing or -ENOENT, every read
// gives its text or -ENOENT, and every thing is freed in the end.
typedef struct
{
    volatile uint64_t latest; /**< the id of the thing made last */
    volatile bool done;
    int made;
} sysfs_test_race_t;

#define SYSFS_RACE_ROUNDS 2000

static void sysfs_test_maker(void* arg)
{
    sysfs_test_race_t* race = arg;
    for (int i = 0; i < SYSFS_RACE_ROUNDS; i++)
    {
        thing_t* thing = thing_new("racing");
        if (thing == NULL)
        {
            break;
        }
        race->made++;
        __atomic_store_n(&race->latest, thing->link.id, __ATOMIC_RELEASE);
        if (i % 3 == 0)
        {
            sched_yield();
        }
        thing_end(thing);
    }
    __atomic_store_n(&race->done, true, __ATOMIC_RELEASE);
}

KTEST(sysfs, opens_racing_with_the_end_of_their_object)
{
    KTEST_ASSERT(sysfs_test_mount());
    uint64_t made_before = things_made, freed_before = things_freed;
    sysfs_test_race_t race = {0};
    thread_t* maker = thread_create("sysfs-maker", sysfs_test_maker, &race, SCHED_PRIORITY_DEFAULT, THREAD_ANY_CPU);
    KTEST_ASSERT(maker != NULL);
    int odd = 0;
    while (!__atomic_load_n(&race.done, __ATOMIC_ACQUIRE))
    {
        char path[64];
        snprintf(path, sizeof(path), LABEL "/ktest/things/%lu/text",
            (unsigned long)__atomic_load_n(&race.latest, __ATOMIC_ACQUIRE));
        file_t* file;
        int result = vfs_open(NULL, path, &file);
        if (result == 0)
        {
            char text[8] = {0};
            ssize_t got = file_read(file, text, sizeof(text) - 1);
            odd += got != -ENOENT && (got != 6 || strcmp(text, "racing") != 0);
            file_put(file);
        }
        else
        {
            odd += result != -ENOENT;
        }
        char names[128];
        ssize_t listed = sysfs_test_list(LABEL "/ktest/things", names, sizeof(names), NULL);
        odd += listed < 0 || listed > 1;
    }
    thread_join(maker);
    KTEST_ASSERT_EQ(odd, 0);
    KTEST_ASSERT_EQ(race.made, SYSFS_RACE_ROUNDS);
    KTEST_ASSERT_EQ(things_made, made_before + SYSFS_RACE_ROUNDS);
    KTEST_ASSERT_EQ(things_freed, freed_before + SYSFS_RACE_ROUNDS);
}

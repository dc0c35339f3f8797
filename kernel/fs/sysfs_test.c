// sys: as a subsystem builds it and as users see it through the VFS.
#include "sysfs.h"
#include "vfs.h"

#include <kernel/arch/clock.h>
#include <kernel/sched/sched.h>
#include <kernel/sched/thread.h>
#include <kernel/test/ktest.h>

#include <errno.h>
#include <string.h>

#define DIR_NAME "ktest-sysfs"
#define DIR_PATH "sys:/" DIR_NAME

// What a test file's hooks saw; the file's data pointer.
typedef struct
{
    const char* text;
    int refuse; /**< what open returns */
    volatile int opens;
    volatile int closes;
    file_t* last_opened;
    sysfs_dir_t* build_in;         /**< open makes a directory here, if set */
    volatile bool in_open;         /**< open is sleeping (slow_open) */
    volatile bool open_finished;
} sysfs_test_state_t;

static int sysfs_test_open(file_t* file)
{
    sysfs_test_state_t* state = file->data;
    state->opens++;
    state->last_opened = file;
    if (state->build_in != NULL && sysfs_dir_new(state->build_in, "made-by-open") == NULL)
    {
        return -ENOMEM;
    }
    if (state->refuse == 0)
    {
        file->private = state; // the hook's own use of private
    }
    return state->refuse;
}

// An open hook that takes its time, for the race with sysfs_dir_remove.
static int sysfs_test_slow_open(file_t* file)
{
    sysfs_test_state_t* state = file->data;
    state->in_open = true;
    sched_sleep_ns(50 * CLOCK_NS_PER_MS);
    state->opens++;
    state->open_finished = true;
    return 0;
}

static ssize_t sysfs_test_read(file_t* file, void* buffer, size_t count)
{
    sysfs_test_state_t* state = file->data;
    return file_read_text(file, buffer, count, state->text, strlen(state->text));
}

static void sysfs_test_close(file_t* file)
{
    sysfs_test_state_t* state = file->data;
    state->closes++;
}

static const file_ops_t sysfs_test_ops = {
    .open = sysfs_test_open,
    .read = sysfs_test_read,
    .close = sysfs_test_close,
};

static const file_ops_t sysfs_test_slow_ops = {
    .open = sysfs_test_slow_open,
    .read = sysfs_test_read,
    .close = sysfs_test_close,
};

// Make DIR_PATH with a file "info" (and a directory "sub"), run @p body, remove it all.
static void sysfs_test_run(ktest_result_t* ktest_result, sysfs_test_state_t* state,
    void (*body)(ktest_result_t*, sysfs_dir_t*, sysfs_test_state_t*))
{
    sysfs_dir_t* dir = sysfs_dir_new(NULL, DIR_NAME);
    KTEST_ASSERT(dir != NULL);
    bool made = sysfs_dir_new(dir, "sub") != NULL && sysfs_file_new(dir, "info", &sysfs_test_ops, state) == 0;
    if (made)
    {
        body(ktest_result, dir, state);
    }
    sysfs_dir_remove(dir);
    if (ktest_result->failed)
    {
        return;
    }
    KTEST_ASSERT(made);
    stat_t info;
    KTEST_ASSERT_EQ(vfs_stat(NULL, DIR_PATH, &info), -ENOENT);
}

static void dirs_and_files(ktest_result_t* ktest_result, sysfs_dir_t* dir, sysfs_test_state_t* state)
{
    KTEST_ASSERT(sysfs_dir_new(NULL, DIR_NAME) == NULL); // taken
    KTEST_ASSERT_EQ(sysfs_file_new(dir, "info", &sysfs_test_ops, state), -EEXIST);
    KTEST_ASSERT_EQ(sysfs_file_new(dir, "sub", &sysfs_test_ops, state), -EEXIST);
    KTEST_ASSERT_EQ(sysfs_file_new(dir, "a/b", &sysfs_test_ops, state), -EINVAL);
    KTEST_ASSERT(sysfs_dir_new(dir, "..") == NULL);
    KTEST_ASSERT(sysfs_dir_new(dir, "") == NULL);

    stat_t info;
    KTEST_ASSERT_EQ(vfs_stat(NULL, DIR_PATH, &info), 0);
    KTEST_ASSERT_EQ(info.type, STAT_DIR);
    KTEST_ASSERT(strcmp(info.name, DIR_NAME) == 0);
    KTEST_ASSERT_EQ(vfs_stat(NULL, DIR_PATH "/info", &info), 0);
    KTEST_ASSERT_EQ(info.type, STAT_DEVICE); // its ops name no other kind
    KTEST_ASSERT_EQ(vfs_stat(NULL, "sys:/", &info), 0);
    KTEST_ASSERT_EQ(info.type, STAT_DIR);
    KTEST_ASSERT(strcmp(info.name, "") == 0);

    file_t* file;
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH, &file), 0);
    stat_t entries[3];
    ssize_t count = file_readdir(file, entries, 3);
    char byte;
    ssize_t read = file_read(file, &byte, 1);
    file_put(file);
    KTEST_ASSERT_EQ(count, 2);
    KTEST_ASSERT(strcmp(entries[0].name, "sub") == 0 && entries[0].type == STAT_DIR);
    KTEST_ASSERT(strcmp(entries[1].name, "info") == 0 && entries[1].type == STAT_DEVICE);
    KTEST_ASSERT_EQ(read, -EISDIR);

    char text[32] = {0};
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/sub/../info", &file), 0);
    read = file_read(file, text, sizeof(text));
    int stat_result = file_stat(file, &info);
    file_put(file);
    KTEST_ASSERT_EQ(read, strlen(state->text));
    KTEST_ASSERT(strcmp(text, state->text) == 0);
    KTEST_ASSERT_EQ(stat_result, 0);
    KTEST_ASSERT_EQ(info.type, STAT_DEVICE);
    KTEST_ASSERT_EQ(vfs_stat(NULL, "sys:/console", &info), 0);
    KTEST_ASSERT_EQ(info.type, STAT_CONSOLE);

    // Users cannot change the tree.
    KTEST_ASSERT_EQ(vfs_mkdir(NULL, DIR_PATH "/new"), -EPERM);
    KTEST_ASSERT_EQ(vfs_remove(NULL, DIR_PATH "/info"), -EPERM);
    KTEST_ASSERT_EQ(vfs_remove(NULL, DIR_PATH "/sub"), -EPERM);
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/new?create", &file), -EPERM);
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/info?create&excl", &file), -EEXIST);
    KTEST_ASSERT_EQ(vfs_rename(NULL, DIR_PATH "/info", DIR_PATH "/other"), -EPERM);
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/new", &file), -ENOENT);
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/info?dir", &file), -ENOTDIR);
    KTEST_ASSERT_EQ(vfs_stat(NULL, DIR_PATH "/info/x", &info), -ENOTDIR);
}

KTEST(sysfs, dirs_and_files)
{
    sysfs_test_state_t state = {.text = "hello from sysfs\n"};
    sysfs_test_run(ktest_result, &state, dirs_and_files);
}

static void open_hook(ktest_result_t* ktest_result, __attribute__((unused)) sysfs_dir_t* dir,
    sysfs_test_state_t* state)
{
    file_t* file;
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/info?nonblock", &file), 0);
    int opens = state->opens;
    file_t* seen = state->last_opened;
    void* data = file->data;
    void* private = file->private;
    uint32_t flags = file->flags;
    int closes_while_open = state->closes;
    file_put(file);
    KTEST_ASSERT_EQ(opens, 1);
    KTEST_ASSERT(seen == file);
    KTEST_ASSERT(data == state);
    KTEST_ASSERT(private == state);
    KTEST_ASSERT_EQ(flags, FILE_NONBLOCK);
    KTEST_ASSERT_EQ(closes_while_open, 0);
    KTEST_ASSERT_EQ(state->closes, 1);
}

KTEST(sysfs, open_hook_gets_data)
{
    sysfs_test_state_t state = {.text = "x"};
    sysfs_test_run(ktest_result, &state, open_hook);
}

static void open_refused(ktest_result_t* ktest_result, __attribute__((unused)) sysfs_dir_t* dir,
    sysfs_test_state_t* state)
{
    file_t* file = NULL;
    state->refuse = -EPERM;
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/info", &file), -EPERM);
    state->refuse = -EBUSY;
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/info", &file), -EBUSY);
    KTEST_ASSERT_EQ(state->opens, 2);
    KTEST_ASSERT_EQ(state->closes, 0); // a refused open is not closed
    state->refuse = 0;
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/info", &file), 0);
    file_put(file);
    KTEST_ASSERT_EQ(state->closes, 1);
}

KTEST(sysfs, open_hook_refusal_propagates)
{
    sysfs_test_state_t state = {.text = "x"};
    sysfs_test_run(ktest_result, &state, open_refused);
}

// Sockets work this way: opening "new" makes a directory for the socket.
static void open_builds_tree(ktest_result_t* ktest_result, sysfs_dir_t* dir, sysfs_test_state_t* state)
{
    state->build_in = dir;
    file_t* file;
    KTEST_ASSERT_EQ(vfs_open(NULL, DIR_PATH "/info", &file), 0);
    file_put(file);
    stat_t info;
    KTEST_ASSERT_EQ(vfs_stat(NULL, DIR_PATH "/made-by-open", &info), 0);
    KTEST_ASSERT_EQ(info.type, STAT_DIR);
}

KTEST(sysfs, open_hook_may_add_entries)
{
    sysfs_test_state_t state = {.text = "x"};
    sysfs_test_run(ktest_result, &state, open_builds_tree);
}

KTEST(sysfs, dir_removed_while_file_open)
{
    sysfs_test_state_t state = {.text = "alive after removal"};
    sysfs_dir_t* dir = sysfs_dir_new(NULL, DIR_NAME);
    KTEST_ASSERT(dir != NULL);
    sysfs_dir_t* sub = sysfs_dir_new(dir, "sub");
    int added = sub != NULL ? sysfs_file_new(sub, "info", &sysfs_test_ops, &state) : -ENOMEM;
    file_t* file = NULL;
    file_t* dir_file = NULL;
    int opened = added == 0 ? vfs_open(NULL, DIR_PATH "/sub/info", &file) : added;
    int dir_opened = vfs_open(NULL, DIR_PATH "/sub", &dir_file);
    sysfs_dir_remove(dir); // sub goes with it

    stat_t info;
    int gone = vfs_stat(NULL, DIR_PATH "/sub/info", &info);
    file_t* again;
    int reopen = vfs_open(NULL, DIR_PATH "/sub/info", &again);
    char text[32] = {0};
    ssize_t read = opened == 0 ? file_read(file, text, sizeof(text)) : -1;
    ssize_t entries = dir_opened == 0 ? file_readdir(dir_file, &info, 1) : -1;
    int closes_before = state.closes;
    if (opened == 0)
    {
        file_put(file);
    }
    if (dir_opened == 0)
    {
        file_put(dir_file);
    }
    KTEST_ASSERT_EQ(added, 0);
    KTEST_ASSERT_EQ(opened, 0);
    KTEST_ASSERT_EQ(dir_opened, 0);
    KTEST_ASSERT_EQ(gone, -ENOENT);
    KTEST_ASSERT_EQ(reopen, -ENOENT);
    KTEST_ASSERT_EQ(read, strlen(state.text));
    KTEST_ASSERT(strcmp(text, state.text) == 0);
    KTEST_ASSERT_EQ(entries, 0);
    KTEST_ASSERT_EQ(closes_before, 0);
    KTEST_ASSERT_EQ(state.closes, 1);
}

typedef struct
{
    volatile int result;
    file_t* file;
} sysfs_test_opener_t;

static void sysfs_test_opener(void* arg)
{
    sysfs_test_opener_t* opener = arg;
    opener->result = vfs_open(NULL, DIR_PATH "/slow", &opener->file);
}

// An open whose hook is still running when the directory goes: the
// removal waits for it, so the subsystem may free the data afterwards.
KTEST(sysfs, remove_waits_for_open_in_progress)
{
    sysfs_test_state_t state = {.text = "slow"};
    sysfs_dir_t* dir = sysfs_dir_new(NULL, DIR_NAME);
    KTEST_ASSERT(dir != NULL);
    int added = sysfs_file_new(dir, "slow", &sysfs_test_slow_ops, &state);
    sysfs_test_opener_t opener = {.result = 1, .file = NULL};
    thread_t* thread = added == 0 ? thread_create("sysfs-opener", sysfs_test_opener, &opener,
                                        SCHED_PRIORITY_DEFAULT, THREAD_ANY_CPU)
                                  : NULL;
    uint64_t give_up = clock_uptime_ns() + 5 * CLOCK_NS_PER_SECOND;
    while (thread != NULL && !state.in_open && clock_uptime_ns() < give_up)
    {
        sched_sleep_ns(CLOCK_NS_PER_MS);
    }
    bool was_in_open = state.in_open;
    sysfs_dir_remove(dir);
    bool finished_first = state.open_finished;
    if (thread != NULL)
    {
        thread_join(thread);
    }
    if (opener.result == 0)
    {
        file_put(opener.file);
    }
    KTEST_ASSERT_EQ(added, 0);
    KTEST_ASSERT(thread != NULL);
    KTEST_ASSERT(was_in_open);
    KTEST_ASSERT(finished_first);
    KTEST_ASSERT_EQ(opener.result, 0);
    KTEST_ASSERT_EQ(state.closes, 1);
}

// The VFS layer: labels, working directories, chdir, poll.
#include "fs_test_helpers.h"
#include "vfs.h"

#include <kernel/arch/clock.h>
#include <kernel/sched/sched.h>
#include <kernel/sched/thread.h>
#include <kernel/test/ktest.h>

#include <errno.h>
#include <string.h>

#define DIR_PATH "home:/ktest-vfs"

KTEST(vfs, labels)
{
    stat_t info;
    KTEST_ASSERT_EQ(vfs_stat(NULL, "home:/", &info), 0);
    KTEST_ASSERT_EQ(info.type, STAT_DIR);
    KTEST_ASSERT(strcmp(info.name, "") == 0);
    KTEST_ASSERT_EQ(vfs_stat(NULL, "sys:", &info), 0);
    KTEST_ASSERT_EQ(info.type, STAT_DIR);
    KTEST_ASSERT(strcmp(info.name, "") == 0);

    vfs_root_t* root = NULL;
    char inner[MAX_PATH];
    uint32_t flags = 0;
    KTEST_ASSERT_EQ(vfs_resolve("sys:/proc", "../a/./b?create&dir", &root, inner, &flags), 0);
    KTEST_ASSERT(root != NULL && strcmp(root->label, "sys") == 0);
    KTEST_ASSERT(strcmp(inner, "/a/b") == 0);
    KTEST_ASSERT_EQ(flags, FILE_CREATE | FILE_DIR);
    KTEST_ASSERT_EQ(vfs_resolve(NULL, "home:/x", &root, inner, &flags), 0);
    KTEST_ASSERT(strcmp(root->label, "home") == 0);

    // A label is mounted once; a bad label is refused.
    KTEST_ASSERT_EQ(vfs_mount("home", root->ops, root->private), -EEXIST);
    KTEST_ASSERT_EQ(vfs_mount("a:b", root->ops, root->private), -EINVAL);
    KTEST_ASSERT_EQ(vfs_mount("", root->ops, root->private), -EINVAL);
}

KTEST(vfs, unknown_label)
{
    file_t* file;
    stat_t info;
    vfs_root_t* root;
    char inner[MAX_PATH];
    uint32_t flags;
    KTEST_ASSERT_EQ(vfs_open(NULL, "nowhere:/a", &file), -ENOENT);
    KTEST_ASSERT_EQ(vfs_stat(NULL, "nowhere:/", &info), -ENOENT);
    KTEST_ASSERT_EQ(vfs_mkdir(NULL, "nowhere:/a"), -ENOENT);
    KTEST_ASSERT_EQ(vfs_remove(NULL, "nowhere:/a"), -ENOENT);
    KTEST_ASSERT_EQ(vfs_resolve(NULL, "Home:/", &root, inner, &flags), -ENOENT);
    KTEST_ASSERT_EQ(vfs_open("nowhere:/dir", "file", &file), -ENOENT);
    // Malformed stays malformed, whatever the label.
    KTEST_ASSERT_EQ(vfs_open(NULL, "nowhere:/a?bogus", &file), -EINVAL);
}

static void relative_paths(ktest_result_t* ktest_result)
{
    KTEST_ASSERT_EQ(vfs_mkdir(NULL, DIR_PATH "/sub"), 0);
    KTEST_ASSERT_EQ(fs_test_write(DIR_PATH "/sub/f", "relative"), 8);
    const char* cwd = DIR_PATH "/sub";
    file_t* file;
    char text[16] = {0};
    KTEST_ASSERT_EQ(vfs_open(cwd, "f", &file), 0);
    KTEST_ASSERT_EQ(file_read(file, text, sizeof(text)), 8);
    file_put(file);
    KTEST_ASSERT(strcmp(text, "relative") == 0);
    stat_t info;
    KTEST_ASSERT_EQ(vfs_stat(cwd, "./f", &info), 0);
    KTEST_ASSERT_EQ(vfs_stat(cwd, "../sub/f", &info), 0);
    KTEST_ASSERT_EQ(vfs_stat(cwd, "/ktest-vfs/sub/f", &info), 0); // the cwd's root
    KTEST_ASSERT_EQ(vfs_stat(cwd, "..", &info), 0);
    KTEST_ASSERT(strcmp(info.name, "ktest-vfs") == 0);
    KTEST_ASSERT_EQ(vfs_mkdir(cwd, "made"), 0);
    KTEST_ASSERT_EQ(vfs_stat(NULL, DIR_PATH "/sub/made", &info), 0);
    KTEST_ASSERT_EQ(vfs_remove(cwd, "made"), 0);
    KTEST_ASSERT_EQ(vfs_stat(NULL, DIR_PATH "/sub/made", &info), -ENOENT);
    KTEST_ASSERT_EQ(vfs_open(NULL, "f", &file), -EINVAL); // relative without a cwd

    char out[MAX_PATH];
    KTEST_ASSERT_EQ(vfs_chdir(DIR_PATH, "sub", out), 0);
    KTEST_ASSERT(strcmp(out, DIR_PATH "/sub") == 0);
    KTEST_ASSERT_EQ(vfs_chdir(out, "..", out), 0);
    KTEST_ASSERT(strcmp(out, DIR_PATH) == 0);
    KTEST_ASSERT_EQ(vfs_chdir(DIR_PATH, "../../..", out), 0);
    KTEST_ASSERT(strcmp(out, "home:/") == 0);
    KTEST_ASSERT_EQ(vfs_chdir(DIR_PATH, "sys:/", out), 0);
    KTEST_ASSERT(strcmp(out, "sys:/") == 0);
    // Only a directory can be the working directory.
    strcpy(out, "unchanged");
    KTEST_ASSERT_EQ(vfs_chdir(DIR_PATH, "sub/f", out), -ENOTDIR);
    KTEST_ASSERT_EQ(vfs_chdir(DIR_PATH, "missing", out), -ENOENT);
    KTEST_ASSERT(strcmp(out, "unchanged") == 0);
}

KTEST(vfs, relative_paths_and_chdir)
{
    fs_test_remove_tree(DIR_PATH);
    int made = vfs_mkdir(NULL, DIR_PATH);
    if (made == 0)
    {
        relative_paths(ktest_result);
    }
    fs_test_remove_tree(DIR_PATH);
    KTEST_ASSERT_EQ(made, 0);
}

// ---- poll ------------------------------------------------------------------

// A file whose readiness a test controls.
static volatile uint16_t vfs_test_ready;

static uint16_t vfs_test_poll(__attribute__((unused)) file_t* file)
{
    return vfs_test_ready;
}

static const file_ops_t vfs_test_poll_ops = {.poll = vfs_test_poll};
static const file_ops_t vfs_test_plain_ops = {0};

KTEST(vfs, poll_ready_returns_at_once)
{
    file_t* plain = file_new(&vfs_test_plain_ops, NULL, 0); // no hook: always ready
    file_t* controlled = file_new(&vfs_test_poll_ops, NULL, 0);
    KTEST_ASSERT(plain != NULL && controlled != NULL);
    vfs_test_ready = POLL_WRITE | POLL_HANGUP;
    file_t* files[3] = {plain, controlled, NULL};
    uint16_t events[3] = {POLL_READ, POLL_READ, POLL_READ};
    uint16_t revents[3] = {0};
    uint64_t start = clock_uptime_ns();
    int ready = vfs_poll(files, events, revents, 3, UINT64_MAX);
    uint64_t took = clock_uptime_ns() - start;
    int again = vfs_poll(files, events, revents, 1, 0);
    file_put(plain);
    file_put(controlled);
    KTEST_ASSERT_EQ(ready, 3);
    KTEST_ASSERT_EQ(revents[1], POLL_HANGUP); // reported though not asked for; POLL_WRITE was not asked
    KTEST_ASSERT_EQ(revents[2], POLL_INVALID);
    KTEST_ASSERT_EQ(again, 1);
    KTEST_ASSERT_EQ(revents[0], POLL_READ);
    KTEST_ASSERT(took < CLOCK_NS_PER_SECOND); // not a speed test: it must not have waited
}

KTEST(vfs, poll_deadline_times_out)
{
    file_t* file = file_new(&vfs_test_poll_ops, NULL, 0);
    KTEST_ASSERT(file != NULL);
    vfs_test_ready = POLL_WRITE; // not what is asked for
    uint16_t events = POLL_READ;
    uint16_t revents = 0xFFFF;
    int immediate = vfs_poll(&file, &events, &revents, 1, 0);
    uint64_t deadline = clock_uptime_ns() + 30 * CLOCK_NS_PER_MS;
    int ready = vfs_poll(&file, &events, &revents, 1, deadline);
    uint64_t now = clock_uptime_ns();
    file_put(file);
    KTEST_ASSERT_EQ(immediate, 0);
    KTEST_ASSERT_EQ(ready, 0);
    KTEST_ASSERT_EQ(revents, 0);
    KTEST_ASSERT(now >= deadline);
}

typedef struct
{
    file_t* file;
    uint64_t deadline;
    volatile int result;
    volatile uint64_t returned_at;
} vfs_test_poller_t;

static void vfs_test_poller(void* arg)
{
    vfs_test_poller_t* poller = arg;
    uint16_t events = POLL_READ;
    uint16_t revents = 0;
    poller->result = vfs_poll(&poller->file, &events, &revents, 1, poller->deadline);
    poller->returned_at = clock_uptime_ns();
}

KTEST(vfs, poll_notify_wakes_other_thread)
{
    file_t* file = file_new(&vfs_test_poll_ops, NULL, 0);
    KTEST_ASSERT(file != NULL);
    vfs_test_ready = 0;
    vfs_test_poller_t poller = {.file = file, .deadline = clock_uptime_ns() + 10 * CLOCK_NS_PER_SECOND, .result = -1};
    thread_t* thread = thread_create("vfs-poller", vfs_test_poller, &poller, SCHED_PRIORITY_DEFAULT, THREAD_ANY_CPU);
    // Wait until it sleeps in vfs_poll, so the wake-up is what ends the wait.
    uint64_t give_up = clock_uptime_ns() + 5 * CLOCK_NS_PER_SECOND;
    while (thread != NULL && thread->state != THREAD_BLOCKED && clock_uptime_ns() < give_up)
    {
        sched_sleep_ns(CLOCK_NS_PER_MS);
    }
    bool was_blocked = thread != NULL && thread->state == THREAD_BLOCKED;
    // A notify with nothing ready: the poller looks and sleeps again.
    vfs_poll_notify();
    sched_sleep_ns(20 * CLOCK_NS_PER_MS);
    int still_waiting = poller.result;
    vfs_test_ready = POLL_READ;
    vfs_poll_notify();
    if (thread != NULL)
    {
        thread_join(thread);
    }
    file_put(file);
    KTEST_ASSERT(thread != NULL);
    KTEST_ASSERT(was_blocked);
    KTEST_ASSERT_EQ(still_waiting, -1);
    KTEST_ASSERT_EQ(poller.result, 1);
    KTEST_ASSERT(poller.returned_at < poller.deadline); // woken, not timed out
}

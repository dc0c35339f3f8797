// home:/test/excl_test: the "excl" open flag. With "create" it refuses an
// existing name (files, directories, sys: files) with EEXIST; alone it is
// EINVAL. The check and the creation are one step: threads racing to
// create the same name with create&excl, round after round, always end
// with exactly one winner and the others told EEXIST.
#include "tap.h"

#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/io.h>
#include <sys/proc.h>
#include <threads.h>

#define SCRATCH "home:/tmp-excl-test"
#define RACE_FILE SCRATCH "/race"
#define RACERS 4
#define ROUNDS 200

static const char* test_scratch(void)
{
    TAP_CHECK_OK(io_mkdir(SCRATCH));
    return NULL;
}

static const char* test_excl_creates(void)
{
    fd_t fd = io_open(SCRATCH "/new?create&excl");
    TAP_CHECK(fd != -1, "create&excl of a new name: %s", strerror(errno));
    TAP_CHECK(write(fd, "x", 1) == 1, "write: %s", strerror(errno));
    TAP_CHECK_OK(close(fd));
    stat_t info;
    TAP_CHECK_OK(io_stat(SCRATCH "/new", &info));
    TAP_CHECK(info.type == STAT_FILE && info.size == 1, "type %u size %llu, expected a 1-byte file", info.type,
        (unsigned long long)info.size);
    return NULL;
}

static const char* test_excl_refuses_existing(void)
{
    TAP_CHECK_ERRNO(io_open(SCRATCH "/new?create&excl"), EEXIST);
    // Neither trunc nor the order of the flags gets past it, and the file is untouched.
    TAP_CHECK_ERRNO(io_open(SCRATCH "/new?excl&trunc&create"), EEXIST);
    stat_t info;
    TAP_CHECK_OK(io_stat(SCRATCH "/new", &info));
    TAP_CHECK(info.size == 1, "a refused open changed the size to %llu", (unsigned long long)info.size);
    // A directory, made by excl with dir, and then refused as well.
    fd_t fd = io_open(SCRATCH "/dir?create&excl&dir");
    TAP_CHECK(fd != -1, "create&excl&dir: %s", strerror(errno));
    close(fd);
    TAP_CHECK_ERRNO(io_open(SCRATCH "/dir?create&excl&dir"), EEXIST);
    TAP_CHECK_ERRNO(io_open(SCRATCH "/dir?create&excl"), EEXIST);
    TAP_CHECK_ERRNO(io_open("home:/?create&excl&dir"), EEXIST);
    TAP_CHECK_ERRNO(io_open("sys:/console?create&excl"), EEXIST);
    // A name sys: does not have is refused for the create, not the excl.
    TAP_CHECK_ERRNO(io_open("sys:/no-such-file?create&excl"), EPERM);
    return NULL;
}

static const char* test_excl_without_create(void)
{
    TAP_CHECK_ERRNO(io_open(SCRATCH "/new?excl"), EINVAL);
    TAP_CHECK_ERRNO(io_open(SCRATCH "/missing?excl"), EINVAL);
    TAP_CHECK_ERRNO(io_open(SCRATCH "/missing?excl&trunc"), EINVAL);
    stat_t info;
    TAP_CHECK_ERRNO(io_stat(SCRATCH "/missing", &info), ENOENT);
    return NULL;
}

// ---- the race ---------------------------------------------------------------

static atomic_int race_round;  // the round the racers are told to run
static atomic_int race_ready;  // racers waiting at the start line
static int race_result[RACERS]; // per racer: 1 created, 0 EEXIST, -errno otherwise

typedef struct
{
    int index;
} racer_t;

// Each round: wait for the round number to change, then open at once.
static int racer(void* argument)
{
    int index = ((racer_t*)argument)->index;
    for (int round = 1; round <= ROUNDS; round++)
    {
        atomic_fetch_add(&race_ready, 1);
        while (atomic_load(&race_round) < round)
        {
            yield(); // one CPU: let the others get there
        }
        fd_t fd = io_open(RACE_FILE "?create&excl");
        race_result[index] = fd != -1 ? 1 : errno == EEXIST ? 0 : -errno;
        if (fd != -1)
        {
            close(fd);
        }
        atomic_fetch_add(&race_ready, 1);
        while (atomic_load(&race_ready) < 2 * RACERS * round)
        {
            yield(); // one CPU: let the others get there
        }
    }
    return 0;
}

static const char* test_excl_race(void)
{
    thrd_t threads[RACERS];
    racer_t racers[RACERS];
    atomic_store(&race_round, 0);
    atomic_store(&race_ready, 0);
    for (int i = 0; i < RACERS; i++)
    {
        racers[i].index = i;
        TAP_CHECK(thrd_create(&threads[i], racer, &racers[i]) == thrd_success, "thrd_create failed");
    }
    const char* failure = NULL;
    for (int round = 1; round <= ROUNDS; round++)
    {
        // Everyone at the start line, the file gone: go.
        while (atomic_load(&race_ready) < 2 * RACERS * (round - 1) + RACERS)
        {
            yield(); // one CPU: let the others get there
        }
        remove(RACE_FILE);
        atomic_store(&race_round, round);
        while (atomic_load(&race_ready) < 2 * RACERS * round)
        {
            yield(); // one CPU: let the others get there
        }
        int winners = 0;
        for (int i = 0; i < RACERS; i++)
        {
            if (race_result[i] < 0 && failure == NULL)
            {
                failure = tap_reason("round %d: racer %d failed with %s", round, i, strerror(-race_result[i]));
            }
            winners += race_result[i] == 1;
        }
        if (winners != 1 && failure == NULL)
        {
            failure = tap_reason("round %d: %d racers created the file, expected exactly 1", round, winners);
        }
    }
    for (int i = 0; i < RACERS; i++)
    {
        thrd_join(threads[i], NULL);
    }
    remove(RACE_FILE);
    return failure;
}

static const char* test_remove_scratch(void)
{
    remove(SCRATCH "/new");
    remove(SCRATCH "/dir");
    TAP_CHECK_OK(remove(SCRATCH));
    return NULL;
}

int main(void)
{
    tap_suite("excl");
    tap_run("scratch", test_scratch);
    tap_run("creates-new", test_excl_creates);
    tap_run("refuses-existing", test_excl_refuses_existing);
    tap_run("without-create-einval", test_excl_without_create);
    tap_run("race-one-winner", test_excl_race);
    tap_run("remove-scratch", test_remove_scratch);
    return tap_exit_status();
}

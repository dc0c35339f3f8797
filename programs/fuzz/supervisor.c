// The supervisor. It starts children ("fuzz --child SEED ITERATIONS"),
// each with its own seed derived from the master seed, PARALLEL at a
// time, until the campaign's time is up; gives each a page of shared
// memory where it counts its iterations; reaps them and counts how they
// ended (a fault is expected: it is the child's own); kills those past
// their bound and checks that a killed child is gone in bounded time;
// ends the orphans children leave; and reports.
//
// Free pages: "exactly back" is measured against a baseline taken after
// a warm-up round of children running the same operations, once
// everything they left is reaped and their files are removed. The first
// use of a kernel object may keep pages for good (slab caches grow, page
// tables for new address ranges of the kernel heap); after the warm-up a
// campaign must leave free_pages at or above the baseline.
#include "supervisor.h"

#include "fuzz.h"
#include "ops.h"
#include "orphans.h"
#include "procinfo.h"
#include "tally.h"
#include "tree.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#define SLOTS_MAX 16
#define WARM_UP_ITERATIONS 300
#define TICK_NS (10 * NS_PER_MS)
#define SWEEP_EVERY_NS (500 * NS_PER_MS)
#define SETTLE_NS (10 * NS_PER_SECOND)
#define WARM_UP_INDEX (1ULL << 63) // the warm-up's children: seeds of their own

typedef struct
{
    bool used;
    pid_t pid;
    uint64_t index;
    uint64_t seed;
    uint64_t started_at;
    uint64_t killed_at; /**< 0: not killed by us */
    bool killed_at_end;
    fuzz_progress_t* progress;
} slot_t;

typedef struct
{
    const supervisor_options_t* options;
    slot_t slots[SLOTS_MAX];
    uint64_t next_index;
    uint64_t iterations; /**< per child of this round */
    tally_t tally;
} campaign_t;

static const char* supervisor_op_name(uint32_t op)
{
    return op > 0 && op <= fuzz_op_count ? fuzz_ops[op - 1].name : "none";
}

// "child 12", or "warm-up child 1".
static const char* supervisor_label(uint64_t index, char text[48])
{
    if (index >= WARM_UP_INDEX)
    {
        snprintf(text, 48, "warm-up child %llu", (unsigned long long)(index - WARM_UP_INDEX));
    }
    else
    {
        snprintf(text, 48, "child %llu", (unsigned long long)index);
    }
    return text;
}

static bool supervisor_spawn(campaign_t* c, slot_t* slot, uint64_t index)
{
    fd_t shm = io_open("sys:/shm/new");
    fuzz_progress_t* progress = shm == -1 ? NULL : mem_map(shm, NULL, PAGE_SIZE, PROT_READ | PROT_WRITE);
    if (progress == NULL)
    {
        if (shm != -1)
        {
            close(shm);
        }
        return false;
    }
    uint64_t seed = rng_derive(c->options->seed, index);
    char seed_text[24], iterations_text[24];
    snprintf(seed_text, sizeof(seed_text), "0x%llx", (unsigned long long)seed);
    snprintf(iterations_text, sizeof(iterations_text), "%llu", (unsigned long long)c->iterations);
    const char* argv[] = {FUZZ_PROGRAM, "--child", seed_text, iterations_text, NULL, NULL, NULL};
    if (c->options->families_off != NULL)
    {
        argv[4] = "-x";
        argv[5] = c->options->families_off;
    }
    spawn_fd_t fds[] = {{STDOUT_FILENO, STDOUT_FILENO}, {STDERR_FILENO, STDERR_FILENO}, {3, shm}, SPAWN_FD_END};
    pid_t pid = spawn(argv, fds, NULL, PRIORITY_INHERIT);
    close(shm); // the mapping keeps the page
    if (pid == -1)
    {
        munmap(progress, PAGE_SIZE);
        return false;
    }
    orphans_adopt(pid);
    *slot = (slot_t){true, pid, index, seed, uptime(), 0, false, progress};
    char label[48];
    writef(STDOUT_FILENO, "fuzz: %s pid %lld seed 0x%llx\n", supervisor_label(index, label), (long long)pid,
        (unsigned long long)seed);
    return true;
}

// How a reaped child ended, into the tally (one line for anything unusual).
static void supervisor_count(campaign_t* c, slot_t* slot, int status)
{
    tally_t* t = &c->tally;
    uint64_t done = slot->progress->iterations;
    done = done <= c->iterations ? done : c->iterations; // the page is writable by anyone who finds it
    bool finished = slot->progress->finished == 1;
    uint32_t op = slot->progress->op;
    char what[96] = "";
    if (finished)
    {
        t->normal++;
    }
    else if (slot->killed_at != 0)
    {
        *(slot->killed_at_end ? &t->killed_end : &t->killed_deadline) += 1;
        if (!slot->killed_at_end)
        {
            snprintf(what, sizeof(what), "was killed after %llu s", (unsigned long long)(FUZZ_CHILD_BOUND_NS / NS_PER_SECOND));
        }
    }
    else if (status >= EXIT_FAULT_BASE && status < EXIT_FAULT_BASE + VECTORS && status != EXIT_KILLED)
    {
        t->faults[status - EXIT_FAULT_BASE]++;
        snprintf(what, sizeof(what), "faulted (%s)", tally_vector_name((unsigned)(status - EXIT_FAULT_BASE)));
    }
    else if (status == EXIT_KILLED)
    {
        t->killed_other++;
        snprintf(what, sizeof(what), "was killed (not by us)");
    }
    else if (status == FUZZ_EXIT_HANG)
    {
        t->hangs++;
        snprintf(what, sizeof(what), "reported a HANG");
    }
    else if (status == FUZZ_EXIT_LOST)
    {
        t->other++;
        snprintf(what, sizeof(what), "lost memory of its own (LOST)");
    }
    else if (status == FUZZ_EXIT_SETUP)
    {
        t->setup++;
        snprintf(what, sizeof(what), "could not set up");
    }
    else
    {
        t->other++;
        snprintf(what, sizeof(what), "exited with status %d", status);
    }
    if (what[0] != '\0')
    {
        char label[48];
        writef(STDOUT_FILENO, "fuzz: %s (seed 0x%llx) %s at iteration %llu, in op %s\n",
            supervisor_label(slot->index, label), (unsigned long long)slot->seed, what, (unsigned long long)done,
            supervisor_op_name(op));
    }
    t->iterations += done;
    t->children++;
    // The page is writable by anyone who finds it: nothing in it is trusted to be sane.
    t->checks += slot->progress->checks <= done + 1 ? slot->progress->checks : done + 1;
    for (unsigned i = 0; i < fuzz_op_count && i < FUZZ_OPS_MAX; i++)
    {
        uint32_t runs = slot->progress->op_count[i];
        t->op_count[i] += runs <= done ? runs : 0;
        t->op_ns[i] += runs <= done ? slot->progress->op_ns[i] : 0;
    }
}

static void supervisor_free(slot_t* slot)
{
    munmap(slot->progress, PAGE_SIZE);
    slot->used = false;
}

static void supervisor_kill(slot_t* slot, bool at_end)
{
    if (slot->killed_at == 0)
    {
        procinfo_kill(slot->pid);
        slot->killed_at = uptime();
        slot->killed_at_end = at_end;
    }
}

// One look at a child: reap it if it ended, kill it past its bound, and
// give up on it (a HANG) if a kill has not ended it in time.
static void supervisor_check(campaign_t* c, slot_t* slot)
{
    proc_state_t state = procinfo_state(slot->pid, NULL);
    uint64_t now = uptime(); // after the look: a kill is never older than what was seen
    if (state != PROC_RUNNING)
    {
        int status = -1;
        while (process_wait(slot->pid, &status) == -1 && errno == EINTR)
        {
        }
        supervisor_count(c, slot, status);
        supervisor_free(slot);
        return;
    }
    if (slot->killed_at != 0 && now - slot->killed_at > FUZZ_KILL_BOUND_NS)
    {
        char label[48];
        writef(STDOUT_FILENO, "fuzz: HANG: %s (seed 0x%llx, pid %lld) is still running %llu s after it was "
                              "killed, at iteration %llu in op %s; replay: fuzz --child 0x%llx %llu\n",
            supervisor_label(slot->index, label), (unsigned long long)slot->seed, (long long)slot->pid,
            (unsigned long long)(FUZZ_KILL_BOUND_NS / NS_PER_SECOND), (unsigned long long)slot->progress->iterations,
            supervisor_op_name(slot->progress->op), (unsigned long long)slot->seed, (unsigned long long)c->iterations);
        c->tally.hangs++;
        supervisor_free(slot); // abandoned: its slot is needed, it stays where it is
        return;
    }
    if (slot->killed_at == 0 && now - slot->started_at > FUZZ_CHILD_BOUND_NS)
    {
        supervisor_kill(slot, false);
    }
}

static bool supervisor_busy(const campaign_t* c)
{
    for (unsigned i = 0; i < c->options->parallel; i++)
    {
        if (c->slots[i].used)
        {
            return true;
        }
    }
    return false;
}

// Run children until @p seconds have passed (0: one round, each to its
// end), then kill what still runs and wait until everything is gone.
static void supervisor_round(campaign_t* c, uint64_t seconds, uint64_t rounds)
{
    uint64_t start = uptime(), last_sweep = 0, started = 0;
    bool stopping = false;
    for (;;)
    {
        uint64_t now = uptime();
        if (!stopping && ((seconds > 0 && now - start >= seconds * NS_PER_SECOND) || (rounds > 0 && started >= rounds)))
        {
            stopping = true;
            for (unsigned i = 0; i < c->options->parallel && seconds > 0; i++)
            {
                if (c->slots[i].used)
                {
                    supervisor_kill(&c->slots[i], true);
                }
            }
        }
        for (unsigned i = 0; i < c->options->parallel; i++)
        {
            if (!c->slots[i].used && !stopping)
            {
                started += supervisor_spawn(c, &c->slots[i], c->next_index++);
            }
            if (c->slots[i].used)
            {
                supervisor_check(c, &c->slots[i]);
            }
        }
        if (now - last_sweep > SWEEP_EVERY_NS || (stopping && !supervisor_busy(c)))
        {
            c->tally.orphans += orphans_sweep(&c->tally.hangs);
            last_sweep = now;
        }
        if (stopping && !supervisor_busy(c) && !orphans_pending())
        {
            orphans_sweep(&c->tally.hangs); // the last orphans, killed and checked
            if (!orphans_pending())
            {
                return;
            }
        }
        sleep_ns(TICK_NS);
    }
}

// Memory once the reaper has caught up: the first reading with free pages
// at or above @p target (when >= 0), or once they have stopped changing.
static procinfo_mem_t supervisor_settle(long long target)
{
    procinfo_mem_t mem = {-1, -1, -1, -1};
    procinfo_mem(&mem);
    long long previous = -1;
    uint64_t deadline = uptime() + SETTLE_NS;
    int same = 0;
    while (uptime() < deadline)
    {
        if ((target >= 0 && mem.free_pages >= target) || (target < 0 && same >= 3))
        {
            break;
        }
        sleep_ns(100 * NS_PER_MS);
        previous = mem.free_pages;
        if (!procinfo_mem(&mem))
        {
            mem.free_pages = -1;
        }
        same = mem.free_pages == previous ? same + 1 : 0;
    }
    return mem;
}

int supervisor_main(const supervisor_options_t* options)
{
    static campaign_t campaign;
    campaign_t* c = &campaign;
    c->options = options;
    writef(STDOUT_FILENO, "fuzz: seed 0x%llx, %llu s, %u children at a time, %llu iterations each%s%s\n",
        (unsigned long long)options->seed, (unsigned long long)options->seconds, options->parallel,
        (unsigned long long)options->iterations, options->families_off != NULL ? ", without " : "",
        options->families_off != NULL ? options->families_off : "");
    io_mkdir("home:/tmp");
    io_mkdir(FUZZ_DIR);
    // Warm-up: one round of short children, not counted.
    c->iterations = options->iterations < WARM_UP_ITERATIONS ? options->iterations : WARM_UP_ITERATIONS;
    c->next_index = WARM_UP_INDEX;
    supervisor_round(c, 0, options->parallel);
    tree_remove(FUZZ_DIR);
    c->tally.mem_before = supervisor_settle(-1);
    writef(STDOUT_FILENO, "fuzz: warm-up done, free pages %lld\n", c->tally.mem_before.free_pages);

    // The warm-up only warms up: what it found wrong counts, the rest not.
    tally_t warm = c->tally;
    memset(&c->tally, 0, sizeof(c->tally));
    c->tally.hangs = warm.hangs;
    c->tally.checks = warm.checks;
    c->tally.mem_before = warm.mem_before;
    c->iterations = options->iterations;
    c->next_index = 0;
    io_mkdir(FUZZ_DIR);
    uint64_t start = uptime();
    supervisor_round(c, options->seconds, 0);
    c->tally.campaign_ns = uptime() - start;
    int leftovers = tree_remove(FUZZ_DIR);
    if (leftovers > 0)
    {
        writef(STDOUT_FILENO, "fuzz: %d files under %s could not be removed\n", leftovers, FUZZ_DIR);
    }
    c->tally.mem_after = supervisor_settle(c->tally.mem_before.free_pages);
    return tally_report(&c->tally) ? 0 : 1;
}

// The in-OS fuzzer: what its parts share.
//
// home:/bin/fuzz runs as a supervisor (supervisor.c) that starts children
// ("fuzz --child SEED ITERATIONS", child.c). A child performs ITERATIONS
// operations, each picked by a generator seeded from SEED and the
// iteration's number: hostile system calls, hostile writes to sys: files,
// threads that race each other, corrupted programs, victim processes it
// kills (victim.c). The operations live in ops_*.c and races_*.c and are
// listed in ops_table.c.
#ifndef FUZZ_FUZZ_H
#define FUZZ_FUZZ_H 1

#include "rng.h"

#include <stdbool.h>
#include <stdint.h>
#include <sys/io.h>
#include <sys/proc.h>

#define NS_PER_MS 1000000ULL
#define NS_PER_SECOND 1000000000ULL

/** Where every child keeps its files: home:/tmp/fuzz/<child's seed>/. */
#define FUZZ_DIR "home:/tmp/fuzz"
/** The program itself (children and victims are started from it). */
#define FUZZ_PROGRAM "home:/bin/fuzz"
/** A real program whose corrupted copies are spawned (ops_elf.c). */
#define FUZZ_ELF_SOURCE "home:/bin/true"

/** A child's exit statuses of its own (faults are EXIT_FAULT_BASE + vector). */
#define FUZZ_EXIT_HANG 97  /**< a process or thread it ended did not end in time */
#define FUZZ_EXIT_SETUP 99 /**< the child could not set itself up */
#define FUZZ_EXIT_LOST 96  /**< memory of the child's own went away under it */

/**
 * Bounds on how long things may take; none is a speed requirement, each
 * only tells a stuck kernel from a slow one (TCG on a busy host).
 */
#define FUZZ_KILL_BOUND_NS (20 * NS_PER_SECOND)  /**< a killed process is gone */
#define FUZZ_JOIN_BOUND_NS (20 * NS_PER_SECOND)  /**< a released thread has ended */
#define FUZZ_STUCK_BOUND_NS (40 * NS_PER_SECOND) /**< one operation, in a child */
#define FUZZ_CHILD_BOUND_NS (120 * NS_PER_SECOND) /**< a whole child, then it is killed */

/** Families of operations, which -x can switch off. */
enum
{
    FAM_RAW = 1 << 0,      /**< raw system calls with random registers */
    FAM_RFLAGS = 1 << 1,   /**< odd RFLAGS bits (NT, AC, DF) across system calls */
    FAM_FILES = 1 << 2,    /**< open, read, write, seek, stat, readdir, mkdir, ... */
    FAM_MEMORY = 1 << 3,   /**< mmap, munmap, mprotect */
    FAM_PROC = 1 << 4,     /**< spawn, sleep, futex, exit, sys:/proc files */
    FAM_THREADS = 1 << 5,  /**< thread creation */
    FAM_NOTES = 1 << 6,    /**< notes and note handlers */
    FAM_SYSFS = 1 << 7,    /**< every sys: file, walked with readdir */
    FAM_PIPES = 1 << 8,    /**< sys:/pipe/new */
    FAM_SHM = 1 << 9,      /**< sys:/shm */
    FAM_SOCKETS = 1 << 10, /**< sys:/net/local */
    FAM_CONSOLE = 1 << 11, /**< sys:/console and sys:/consctl (writes only) */
    FAM_ELF = 1 << 12,     /**< corrupted programs */
    FAM_RACES = 1 << 13,   /**< threads racing each other */
    FAM_VICTIMS = 1 << 14, /**< processes killed in the middle of things */
    FAM_EXHAUST = 1 << 15, /**< requests for more memory than there is */
    FAM_PTY = 1 << 16,     /**< sys:/pty */
};

/** The family names, for -x and the report, in bit order; NULL-terminated. */
extern const char* const fuzz_family_names[];

/**
 * Parse a list of family names separated by commas or '+' (the kernel
 * command line splits at commas) into a mask; false (and a message) for
 * an unknown name.
 */
bool fuzz_families_parse(const char* list, uint32_t* mask);

/** Room for this many operations in the progress page's profile. */
#define FUZZ_OPS_MAX 64

/**
 * A child's progress, in a page of shared memory the supervisor also
 * maps: what the child did before it faulted or was killed, the promises
 * it saw broken, and where its time went.
 */
typedef struct
{
    volatile uint64_t iterations; /**< operations finished */
    volatile uint32_t op;         /**< the operation running now, + 1 (0: none) */
    volatile uint32_t started;    /**< 1 once the child has set itself up */
    volatile uint32_t finished;   /**< 1 once every iteration is done: what follows is its chosen end */
    volatile uint32_t checks;     /**< broken promises seen (each also printed) */
    volatile uint64_t op_ns[FUZZ_OPS_MAX];     /**< time spent in each operation */
    volatile uint32_t op_count[FUZZ_OPS_MAX];  /**< times each operation ran */
} fuzz_progress_t;

_Static_assert(sizeof(fuzz_progress_t) <= PAGE_SIZE, "the progress page is one page");

#endif

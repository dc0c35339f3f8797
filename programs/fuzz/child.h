// A fuzzing child: its state, shared by every operation it runs.
#ifndef FUZZ_CHILD_H
#define FUZZ_CHILD_H 1

#include "fuzz.h"
#include "hostile.h"
#include "paths.h"

/** What a descriptor the child keeps is open on (ops pick by kind). */
typedef enum
{
    FD_FILE,       /**< a file in the child's own directory */
    FD_DIR,        /**< a directory */
    FD_SYS,        /**< some other sys: file */
    FD_PIPE_READ,  /**< a pipe's reading end */
    FD_PIPE_WRITE, /**< a pipe's writing end */
    FD_SOCKET,     /**< a socket's handle (sys:/net/local/new) */
    FD_SOCKET_CTL, /**< a socket's ctl file */
    FD_SOCKET_IO,  /**< a socket's data file or an accepted connection */
    FD_SHM,        /**< a shared-memory handle or data file */
    FD_KIND_COUNT,
    FD_ANY = FD_KIND_COUNT
} fd_kind_t;

typedef struct
{
    bool open;
    bool closed_before; /**< was ours and is closed now: a known bad number */
    uint8_t kind;
    bool nonblock;
} fd_entry_t;

/** Victims and other processes the child started and has not reaped. */
#define CHILD_PROCS_MAX 16

/** Memory the child mapped itself (ops_mem.c): it may unmap and protect only these. */
#define CHILD_MAPS_MAX 8

typedef struct
{
    uint64_t address; /**< 0: a free slot */
    uint64_t pages;
    int protection;
} child_map_t;

typedef struct child
{
    uint64_t seed;
    uint64_t iteration;
    uint32_t families_off;
    bool verbose;
    pid_t pid;
    char dir[64];       /**< home:/tmp/fuzz/<seed in hex> */
    char cwd[MAX_PATH]; /**< as the kernel has it, re-read after a chdir */
    fd_entry_t fds[MAX_FD];
    sandbox_t sandbox;
    paths_t paths;
    pid_t procs[CHILD_PROCS_MAX];
    child_map_t maps[CHILD_MAPS_MAX];
    fuzz_progress_t* progress;
    uint32_t names;   /**< a counter that makes names unique within the child */
    void* elf_image;  /**< FUZZ_ELF_SOURCE, read once */
    size_t elf_size;
    volatile uint32_t notes_seen; /**< by the note handler */
    volatile uint32_t quiet;      /**< the running operation wants no alarm notes */
} child_t;

/** The child's main: run @p iterations operations from @p seed. Returns the exit status. */
int child_main(uint64_t seed, uint64_t iterations, uint32_t families_off, bool verbose);

/** Whether the operations of @p families may run. */
static inline bool child_allows(const child_t* child, uint32_t families)
{
    return (child->families_off & families) == 0;
}

/** Print a diagnostic line, "fuzz[SEED]: ...", on stderr. */
void child_say(const child_t* child, const char* format, ...) __attribute__((format(printf, 2, 3)));

/**
 * Report that something the kernel must do did not happen (a process
 * that does not end) and end the child with @p status.
 */
_Noreturn void child_fail(const child_t* child, int status, const char* format, ...)
    __attribute__((format(printf, 3, 4)));

/**
 * Report a promise the kernel broke (printed as "CHECK: ...", counted in
 * the progress page); the child carries on.
 */
void child_check_failed(const child_t* child, const char* format, ...) __attribute__((format(printf, 2, 3)));

/** A name no other child or iteration uses: PREFIX<seed>-<counter>. */
void child_unique_name(child_t* child, const char* prefix, char* out, size_t size);

/** Read the working directory back from the kernel (after anything that may have changed it). */
void child_refresh_cwd(child_t* child);

/** Install the child's note handler again (after an operation replaced it). */
void child_restore_note_handler(child_t* child);

// ---- descriptors (fdtab.c) ---------------------------------------------

/** Keep @p fd (if >= 0) as one of ours. */
void fd_keep(child_t* child, fd_t fd, fd_kind_t kind, bool nonblock);

/** Close @p fd if it is ours (nothing else is ever closed by number). */
void fd_drop(child_t* child, fd_t fd);

/** One of our descriptors of @p kind (FD_ANY: any), or -1 if there is none. */
fd_t fd_pick(child_t* child, rng_t* rng, fd_kind_t kind);

/**
 * A descriptor argument: mostly one of ours, sometimes one we closed, or
 * a number no descriptor can have. Never the console or libstd's own.
 */
fd_t fd_hostile(child_t* child, rng_t* rng);

/** The number of descriptors we hold. */
int fd_count(const child_t* child);

/** Close a few of ours when nearly every slot is taken, so opens keep working. */
void fd_trim(child_t* child, rng_t* rng);

// ---- processes it started (procs.c) ---------------------------------------

/** Remember @p pid, to be reaped; false when the list is full (it is killed and reaped at once). */
bool child_proc_add(child_t* child, pid_t pid);

/**
 * Give @p pid @p grace_ns to end by itself, then kill it and reap it
 * within FUZZ_KILL_BOUND_NS; a process that is still running then is a
 * hang, which ends the child. Returns its exit status (-1 if unknown).
 */
int child_proc_end(child_t* child, pid_t pid, uint64_t grace_ns);

/** End and reap every process the child started. */
void child_proc_end_all(child_t* child);

/** True if @p pid is the child or one it started (and so may be killed or sent notes). */
bool child_proc_ours(const child_t* child, pid_t pid);

#endif

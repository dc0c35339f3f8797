// The operations a child picks from: one function each, in the files
// named after their family (ops_*.c, races_*.c, victim_ops.c), listed
// with their weights in ops_table.c.
#ifndef FUZZ_OPS_H
#define FUZZ_OPS_H 1

#include "child.h"

typedef void (*fuzz_op_fn)(child_t* child, rng_t* rng);

typedef struct
{
    const char* name;
    uint32_t families; /**< off if any of these is switched off */
    unsigned weight;   /**< relative chance of being picked */
    fuzz_op_fn run;
    /**
     * It bounds every wait of its own and reports a wait that outlives its
     * bound as a hang: no alarm notes while it runs, which would end a
     * lost wake-up's wait and hide it.
     */
    bool quiet;
} fuzz_op_t;

extern const fuzz_op_t fuzz_ops[];
extern const unsigned fuzz_op_count;

// ---- what the operations share (ops_common.c) ---------------------------

/**
 * A path to open into @p out (PATHS_ANY), made safe by the rule in
 * paths.h: flags that would change the file system are dropped unless it
 * is in the child's directory. Its class in @p class.
 */
void ops_path_to_open(child_t* child, rng_t* rng, char out[MAX_PATH], path_class_t* class);

/** A path to make or remove into @p out: the child's own, or one the kernel refuses. */
void ops_path_to_change(child_t* child, rng_t* rng, char out[MAX_PATH]);

/** After io_open(@p path) gave @p fd: keep it if the rule allows, else close it. */
void ops_keep_or_close(child_t* child, fd_t fd, const char* path, path_class_t class);

/**
 * A range to unmap or protect: part or all of one of the child's own
 * mappings, or a range that is not the child's (bad, or not mapped).
 * Never the sandbox, the stacks, the heap or the program.
 */
void ops_mem_range(child_t* child, rng_t* rng, uint64_t* address, uint64_t* length);

/** Remember a mapping (unmapping the oldest when there is no room). */
void ops_mem_remember(child_t* child, uint64_t address, uint64_t pages, int protection);

/** After [address, address + length) was unmapped or protected: forget or update what overlaps it. */
void ops_mem_changed(child_t* child, uint64_t address, uint64_t length, int protection, bool unmapped);

/** A length for mmap: small most of the time; huge only when FAM_EXHAUST is on. */
uint64_t ops_mem_length(child_t* child, rng_t* rng);

/**
 * An offset for seek: small, negative or at the limits; offsets from which
 * a write would take most of memory (home: files grow up to 4 GiB) only
 * when FAM_EXHAUST is on.
 */
int64_t ops_seek_offset(child_t* child, rng_t* rng);

/** Write @p text into the sandbox's scratch at a random place; its address. */
uint64_t ops_scratch_string(child_t* child, rng_t* rng, const char* text);

// ops_raw.c
void op_raw_syscall(child_t* child, rng_t* rng);
void op_raw_rflags(child_t* child, rng_t* rng);

// ops_file.c
void op_file_open(child_t* child, rng_t* rng);
void op_file_open2(child_t* child, rng_t* rng);
void op_file_close(child_t* child, rng_t* rng);
void op_file_read(child_t* child, rng_t* rng);
void op_file_write(child_t* child, rng_t* rng);
void op_file_seek(child_t* child, rng_t* rng);
void op_file_poll(child_t* child, rng_t* rng);
void op_file_dup(child_t* child, rng_t* rng);

// ops_path.c
void op_path_stat(child_t* child, rng_t* rng);
void op_path_chdir(child_t* child, rng_t* rng);
void op_path_mkdir(child_t* child, rng_t* rng);
void op_path_remove(child_t* child, rng_t* rng);
void op_path_readdir(child_t* child, rng_t* rng);
void op_path_own_file(child_t* child, rng_t* rng);

// ops_fd.c
void op_fd_fstat(child_t* child, rng_t* rng);
void op_fd_truncate(child_t* child, rng_t* rng);
void op_fd_flags(child_t* child, rng_t* rng);
void op_path_rename(child_t* child, rng_t* rng);

// ops_mem.c
void op_mem_map(child_t* child, rng_t* rng);
void op_mem_unmap(child_t* child, rng_t* rng);
void op_mem_protect(child_t* child, rng_t* rng);
void op_mem_holes(child_t* child, rng_t* rng);
void op_mem_exhaust(child_t* child, rng_t* rng);

// ops_proc.c
void op_proc_spawn(child_t* child, rng_t* rng);
void op_proc_sleep(child_t* child, rng_t* rng);
void op_proc_futex(child_t* child, rng_t* rng);
void op_proc_files(child_t* child, rng_t* rng);
void op_proc_ctl(child_t* child, rng_t* rng);

// ops_thread.c
void op_thread_hostile(child_t* child, rng_t* rng);
void op_thread_churn(child_t* child, rng_t* rng);
void op_note_self(child_t* child, rng_t* rng);
void op_note_handler(child_t* child, rng_t* rng);

// ops_sysfs.c
void op_sys_read(child_t* child, rng_t* rng);
void op_sys_write(child_t* child, rng_t* rng);
void op_sys_fb(child_t* child, rng_t* rng);
void op_sys_input(child_t* child, rng_t* rng);
void op_console(child_t* child, rng_t* rng);

// ops_ipc.c
void op_pipe(child_t* child, rng_t* rng);
void op_shm(child_t* child, rng_t* rng);

// ops_socket.c
void op_socket_new(child_t* child, rng_t* rng);
void op_socket_ctl(child_t* child, rng_t* rng);
void op_socket_pair(child_t* child, rng_t* rng);

// ops_pty.c
void op_pty(child_t* child, rng_t* rng);
void op_race_pty_hangup(child_t* child, rng_t* rng);

// ops_elf.c
void op_elf_spawn(child_t* child, rng_t* rng);

// races_io.c
void op_race_close_io(child_t* child, rng_t* rng);
void op_race_munmap_copy(child_t* child, rng_t* rng);
void op_race_munmap_touch(child_t* child, rng_t* rng);

// races_proc.c
void op_race_futex_exit(child_t* child, rng_t* rng);
void op_race_note_thread_create(child_t* child, rng_t* rng);
void op_race_chdir_open(child_t* child, rng_t* rng);

// races_socket.c
void op_race_socket_bind_close(child_t* child, rng_t* rng);
void op_race_socket_connect_close(child_t* child, rng_t* rng);
void op_race_socket_double_connect(child_t* child, rng_t* rng);
void op_race_socket_accept_close(child_t* child, rng_t* rng);

// victim_ops.c
void op_victim(child_t* child, rng_t* rng);

#endif

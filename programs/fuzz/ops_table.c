// Every operation, with its families and weight, and whether it bounds its
// own waits (quiet: no alarm notes). Weights favour the cheap calls that
// find argument-checking bugs; the races and victims, which cost threads
// and processes, come less often but every child runs them.
#include "ops.h"

const fuzz_op_t fuzz_ops[] = {
    {"raw-syscall", FAM_RAW, 14, op_raw_syscall, false},
    {"raw-rflags", FAM_RAW | FAM_RFLAGS, 3, op_raw_rflags, false},

    {"file-open", FAM_FILES, 8, op_file_open, false},
    {"file-open2", FAM_FILES | FAM_PIPES, 3, op_file_open2, false},
    {"file-close", FAM_FILES, 4, op_file_close, false},
    {"file-read", FAM_FILES, 8, op_file_read, false},
    {"file-write", FAM_FILES, 8, op_file_write, false},
    {"file-seek", FAM_FILES, 3, op_file_seek, false},
    {"file-poll", FAM_FILES, 3, op_file_poll, false},
    {"file-dup", FAM_FILES, 3, op_file_dup, false},

    {"path-stat", FAM_FILES, 4, op_path_stat, false},
    {"path-chdir", FAM_FILES, 2, op_path_chdir, false},
    {"path-mkdir", FAM_FILES, 3, op_path_mkdir, false},
    {"path-remove", FAM_FILES, 3, op_path_remove, false},
    {"path-readdir", FAM_FILES | FAM_SYSFS, 4, op_path_readdir, false},
    {"path-own-file", FAM_FILES, 4, op_path_own_file, false},
    {"path-rename", FAM_FILES, 3, op_path_rename, false},
    {"fd-fstat", FAM_FILES, 2, op_fd_fstat, false},
    {"fd-truncate", FAM_FILES, 2, op_fd_truncate, false},
    {"fd-flags", FAM_FILES, 2, op_fd_flags, false},

    {"mem-map", FAM_MEMORY, 4, op_mem_map, false},
    {"mem-unmap", FAM_MEMORY, 4, op_mem_unmap, false},
    {"mem-protect", FAM_MEMORY, 3, op_mem_protect, false},
    {"mem-holes", FAM_MEMORY, 2, op_mem_holes, false},
    {"mem-exhaust", FAM_MEMORY | FAM_EXHAUST, 1, op_mem_exhaust, false},

    {"proc-spawn", FAM_PROC, 3, op_proc_spawn, false},
    {"proc-sleep", FAM_PROC, 2, op_proc_sleep, false},
    {"proc-futex", FAM_PROC, 4, op_proc_futex, false},
    {"proc-files", FAM_PROC | FAM_SYSFS, 4, op_proc_files, false},
    {"proc-ctl", FAM_PROC, 2, op_proc_ctl, false},

    {"thread-hostile", FAM_THREADS, 2, op_thread_hostile, false},
    {"thread-churn", FAM_THREADS, 2, op_thread_churn, true},
    {"note-self", FAM_NOTES, 2, op_note_self, false},
    {"note-handler", FAM_NOTES, 1, op_note_handler, false},

    {"sys-read", FAM_SYSFS, 6, op_sys_read, false},
    {"sys-write", FAM_SYSFS, 4, op_sys_write, false},
    {"sys-fb", FAM_SYSFS, 2, op_sys_fb, false},
    {"sys-input", FAM_SYSFS, 1, op_sys_input, false},
    {"console", FAM_CONSOLE, 1, op_console, false},

    {"pipe", FAM_PIPES, 4, op_pipe, false},
    {"shm", FAM_SHM | FAM_MEMORY, 3, op_shm, false},
    {"socket-new", FAM_SOCKETS, 3, op_socket_new, false},
    {"socket-ctl", FAM_SOCKETS, 4, op_socket_ctl, false},
    {"socket-pair", FAM_SOCKETS, 3, op_socket_pair, false},

    {"pty", FAM_PTY, 3, op_pty, false},

    {"elf-spawn", FAM_ELF | FAM_PROC, 2, op_elf_spawn, false},

    {"race-close-io", FAM_RACES | FAM_PIPES, 2, op_race_close_io, true},
    {"race-munmap-copy", FAM_RACES | FAM_MEMORY, 2, op_race_munmap_copy, true},
    {"race-munmap-touch", FAM_RACES | FAM_MEMORY, 1, op_race_munmap_touch, true},
    {"race-futex-exit", FAM_RACES | FAM_THREADS, 2, op_race_futex_exit, true},
    {"race-note-thread-create", FAM_RACES | FAM_NOTES | FAM_THREADS, 2, op_race_note_thread_create, true},
    {"race-chdir-open", FAM_RACES | FAM_FILES, 1, op_race_chdir_open, true},
    {"race-socket-bind-close", FAM_RACES | FAM_SOCKETS, 2, op_race_socket_bind_close, true},
    {"race-socket-connect-close", FAM_RACES | FAM_SOCKETS, 2, op_race_socket_connect_close, true},
    {"race-socket-double-connect", FAM_RACES | FAM_SOCKETS, 1, op_race_socket_double_connect, true},
    {"race-socket-accept-close", FAM_RACES | FAM_SOCKETS, 1, op_race_socket_accept_close, true},

    {"race-pty-hangup", FAM_RACES | FAM_PTY, 1, op_race_pty_hangup, true},

    {"victim", FAM_VICTIMS | FAM_PROC, 2, op_victim, true},
};

const unsigned fuzz_op_count = sizeof(fuzz_ops) / sizeof(fuzz_ops[0]);

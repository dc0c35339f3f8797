// Suite "syscall": the kernel checks every pointer and length a system
// call gets. Each pointer argument is tried with addresses no call may use
// (null, kernel half, unmapped user memory, non-canonical) and with one
// whose data runs from a mapped page into an unmapped one; each length
// with one that runs past the end of user space. All must fail with
// EFAULT while the process carries on. Unknown numbers give ENOSYS.
//
// The calls are made with the syscall instruction directly, so the kernel's
// own result (a negated errno) is what is checked, and libstd's wrappers
// cannot get in the way (thread_create_raw writes below the stack top).
#include "tap.h"
#include "thread_join.h"

#include <stdint.h>
#include <stdio.h>
#include <sys/io.h>
#include <sys/proc.h>
#include <sys/syscall.h>

static long raw_syscall5(long number, long a, long b, long c, long d, long e)
{
    register long r10 __asm__("r10") = d;
    register long r8 __asm__("r8") = e;
    long result;
    __asm__ volatile("syscall"
                     : "=a"(result)
                     : "a"(number), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8)
                     : "rcx", "r11", "memory");
    return result;
}

// The fifth argument is zero (for spawn: no environment).
static long raw_syscall(long number, long a, long b, long c, long d)
{
    return raw_syscall5(number, a, b, c, d, 0);
}

// What the calls work on, set up once by main.
static fd_t scratch_fd = -1;       // a ramfs file with SCRATCH_SIZE bytes
static uint8_t* edge_page;         // a mapped page whose next page is not
static long edge_crossing;         // edge_page's last 32 bytes: data there runs into the unmapped page
static const char* const scratch_path = "home:/syscall-test.tmp";
static const char* const helper_path = "home:/test/helpers/exit_with";
#define SCRATCH_SIZE 8192
#define CROSSING_BYTES 32

static uint8_t thread_stack[4096] __attribute__((aligned(16)));

static void thread_entry(void* argument)
{
    (void)argument;
}

// One call per pointer argument, with @p address in that argument and
// valid values in the others.

static long call_open_path(long address)
{
    return raw_syscall(SYS_OPEN, address, 0, 0, 0);
}

static long call_open2_path(long address)
{
    fd_t fds[2];
    return raw_syscall(SYS_OPEN2, address, (long)fds, 0, 0);
}

static long call_spawn_argv(long address)
{
    return raw_syscall(SYS_SPAWN, address, 0, 0, PRIORITY_INHERIT);
}

static long call_spawn_argv_entry(long address)
{
    const char* argv[] = {(const char*)address, NULL};
    return raw_syscall(SYS_SPAWN, (long)argv, 0, 0, PRIORITY_INHERIT);
}

static long call_spawn_fds(long address)
{
    const char* argv[] = {helper_path, NULL};
    return raw_syscall(SYS_SPAWN, (long)argv, address, 0, PRIORITY_INHERIT);
}

static long call_spawn_cwd(long address)
{
    const char* argv[] = {helper_path, NULL};
    return raw_syscall(SYS_SPAWN, (long)argv, 0, address, PRIORITY_INHERIT);
}

static long call_spawn_envp(long address)
{
    const char* argv[] = {helper_path, NULL};
    return raw_syscall5(SYS_SPAWN, (long)argv, 0, 0, PRIORITY_INHERIT, address);
}

static long call_spawn_envp_entry(long address)
{
    const char* argv[] = {helper_path, NULL};
    const char* envp[] = {"GOOD=1", (const char*)address, NULL};
    return raw_syscall5(SYS_SPAWN, (long)argv, 0, 0, PRIORITY_INHERIT, (long)envp);
}

static long call_read_buffer(long address)
{
    // From the start, so there is data to copy (at the end a read copies nothing).
    seek(scratch_fd, 0, SEEK_SET);
    return raw_syscall(SYS_READ, scratch_fd, address, 64, 0);
}

static long call_write_buffer(long address)
{
    return raw_syscall(SYS_WRITE, scratch_fd, address, 64, 0);
}

static long call_chdir_path(long address)
{
    return raw_syscall(SYS_CHDIR, address, 0, 0, 0);
}

static long call_poll_fds(long address)
{
    return raw_syscall(SYS_POLL, address, 8, 0, 0);
}

static long call_stat_path(long address)
{
    stat_t info;
    return raw_syscall(SYS_STAT, address, (long)&info, 0, 0);
}

static long call_stat_info(long address)
{
    return raw_syscall(SYS_STAT, (long)"home:/", address, 0, 0);
}

static long call_readdir_entries(long address)
{
    // A fresh descriptor, at the first entry, so there is something to copy.
    fd_t dir = io_open("home:/");
    if (dir == -1)
    {
        return -1000; // reported as an unexpected result
    }
    long result = raw_syscall(SYS_READDIR, dir, address, 4, 0);
    close(dir);
    return result;
}

static long call_mkdir_path(long address)
{
    return raw_syscall(SYS_MKDIR, address, 0, 0, 0);
}

static long call_remove_path(long address)
{
    return raw_syscall(SYS_REMOVE, address, 0, 0, 0);
}

static long call_futex_address(long address)
{
    // With a time limit, so a kernel that waits instead shows up as ETIMEDOUT.
    return raw_syscall(SYS_FUTEX, address, 0, FUTEX_WAIT, 1000000);
}

static long call_munmap_address(long address)
{
    return raw_syscall(SYS_MUNMAP, address, PAGE_SIZE, 0, 0);
}

static long call_mprotect_address(long address)
{
    return raw_syscall(SYS_MPROTECT, address, PAGE_SIZE, PROT_READ, 0);
}

static long call_thread_create_entry(long address)
{
    return raw_syscall(SYS_THREAD_CREATE, address, 0, (long)(thread_stack + sizeof(thread_stack)), 0);
}

static long call_thread_create_stack(long address)
{
    return raw_syscall(SYS_THREAD_CREATE, (long)thread_entry, 0, address, 0);
}

// What to put in the edge page's last bytes before a call reads from there,
// so that the call gets as far as the unmapped page: text without an end,
// or array entries that are each valid, without the entry that ends them.

static void fill_text(void)
{
    memset(edge_page + PAGE_SIZE - CROSSING_BYTES, 'a', CROSSING_BYTES);
}

static void fill_argv(void)
{
    const char** entries = (const char**)(edge_page + PAGE_SIZE - CROSSING_BYTES);
    for (size_t i = 0; i < CROSSING_BYTES / sizeof(*entries); i++)
    {
        entries[i] = helper_path;
    }
}

static void fill_envp(void)
{
    const char** entries = (const char**)(edge_page + PAGE_SIZE - CROSSING_BYTES);
    for (size_t i = 0; i < CROSSING_BYTES / sizeof(*entries); i++)
    {
        entries[i] = "NAME=value";
    }
}

static void fill_spawn_fds(void)
{
    spawn_fd_t* entries = (spawn_fd_t*)(edge_page + PAGE_SIZE - CROSSING_BYTES);
    for (size_t i = 0; i < CROSSING_BYTES / sizeof(*entries); i++)
    {
        entries[i] = (spawn_fd_t){STDOUT_FILENO, STDOUT_FILENO};
    }
}

static void fill_pollfds(void)
{
    pollfd_t* entries = (pollfd_t*)(edge_page + PAGE_SIZE - CROSSING_BYTES);
    for (size_t i = 0; i < CROSSING_BYTES / sizeof(*entries); i++)
    {
        entries[i] = (pollfd_t){scratch_fd, POLL_READ, 0};
    }
}

typedef struct
{
    const char* name;
    long (*call)(long address);
    bool null_allowed;  // NULL means something (spawn's fds and cwd): not tried
    bool skip_unmapped; // the kernel need not read there (a new thread's entry and stack)
    void (*fill)(void); // how to try data crossing into the unmapped page; NULL: not tried
} pointer_argument_t;

static const pointer_argument_t pointer_arguments[] = {
    {"open-path", call_open_path, false, false, fill_text},
    {"open2-path", call_open2_path, false, false, fill_text},
    {"spawn-argv", call_spawn_argv, false, false, fill_argv},
    {"spawn-argv-entry", call_spawn_argv_entry, true, false, fill_text},
    {"spawn-fds", call_spawn_fds, true, false, fill_spawn_fds},
    {"spawn-cwd", call_spawn_cwd, true, false, fill_text},
    {"spawn-envp", call_spawn_envp, true, false, fill_envp},
    {"spawn-envp-entry", call_spawn_envp_entry, true, false, fill_text},
    {"read-buffer", call_read_buffer, false, false, fill_text},
    {"write-buffer", call_write_buffer, false, false, fill_text},
    {"chdir-path", call_chdir_path, false, false, fill_text},
    {"poll-fds", call_poll_fds, false, false, fill_pollfds},
    {"stat-path", call_stat_path, false, false, fill_text},
    {"stat-info", call_stat_info, false, false, fill_text},
    {"readdir-entries", call_readdir_entries, false, false, fill_text},
    {"mkdir-path", call_mkdir_path, false, false, fill_text},
    {"remove-path", call_remove_path, false, false, fill_text},
    {"futex-address", call_futex_address, false, false, NULL},
    {"munmap-address", call_munmap_address, false, false, NULL},
    {"mprotect-address", call_mprotect_address, false, false, NULL},
    {"thread_create-entry", call_thread_create_entry, false, true, NULL},
    {"thread_create-stack", call_thread_create_stack, false, true, NULL},
};

typedef struct
{
    const char* name;
    uintptr_t address;
    bool is_null;
    bool is_unmapped;
} bad_address_t;

static const bad_address_t bad_addresses[] = {
    {"null", 0, true, false},
    {"kernel-half", 0xFFFF800000000000UL, false, false},
    {"kernel-image", 0xFFFFFFFF80000000UL, false, false},
    {"unmapped", 0x7000000000UL, false, true},
    {"noncanonical", 0x0000800000000000UL, false, false},
};

static const char* expect_result(long result, long expected)
{
    if (result == -expected)
    {
        return NULL;
    }
    if (result < 0 && result >= -SYSCALL_ERRNO_MAX)
    {
        return tap_reason("failed with %s (%ld), expected %s (%ld)", strerror((int)-result), -result,
                          strerror((int)expected), expected);
    }
    return tap_reason("returned %ld, expected the error %s (%ld)", result, strerror((int)expected), expected);
}

static void test_pointer_argument(const pointer_argument_t* argument)
{
    char name[96];
    for (size_t i = 0; i < sizeof(bad_addresses) / sizeof(bad_addresses[0]); i++)
    {
        const bad_address_t* bad = &bad_addresses[i];
        if ((bad->is_null && argument->null_allowed) || (bad->is_unmapped && argument->skip_unmapped))
        {
            continue;
        }
        snprintf(name, sizeof(name), "%s-%s", argument->name, bad->name);
        tap_result(name, expect_result(argument->call((long)bad->address), EFAULT));
    }
    if (argument->fill != NULL)
    {
        snprintf(name, sizeof(name), "%s-into-unmapped", argument->name);
        if (edge_page == NULL)
        {
            tap_result(name, "no page with an unmapped page after it (see edge-page)");
            return;
        }
        argument->fill();
        tap_result(name, expect_result(argument->call(edge_crossing), EFAULT));
    }
}

// Lengths that run past the end of user space, from a valid address.
static uintptr_t past_user_end(const void* start)
{
    return PATCHWORK_USER_END - (uintptr_t)start + PAGE_SIZE;
}

static const char* test_read_length_past_user_end(void)
{
    TAP_CHECK(edge_page != NULL, "no edge page");
    seek(scratch_fd, 0, SEEK_SET);
    return expect_result(raw_syscall(SYS_READ, scratch_fd, (long)edge_page, (long)past_user_end(edge_page), 0),
                         EFAULT);
}

static const char* test_write_length_past_user_end(void)
{
    TAP_CHECK(edge_page != NULL, "no edge page");
    return expect_result(raw_syscall(SYS_WRITE, scratch_fd, (long)edge_page, (long)past_user_end(edge_page), 0),
                         EFAULT);
}

static const char* test_read_length_into_unmapped(void)
{
    // The file has more than a page of data from offset 0, so the copy
    // must reach the unmapped page.
    TAP_CHECK(edge_page != NULL, "no edge page");
    seek(scratch_fd, 0, SEEK_SET);
    return expect_result(raw_syscall(SYS_READ, scratch_fd, edge_crossing, PAGE_SIZE, 0), EFAULT);
}

static const char* test_write_length_into_unmapped(void)
{
    TAP_CHECK(edge_page != NULL, "no edge page");
    return expect_result(raw_syscall(SYS_WRITE, scratch_fd, edge_crossing, PAGE_SIZE, 0), EFAULT);
}

static const char* test_munmap_length_past_user_end(void)
{
    TAP_CHECK(edge_page != NULL, "no edge page");
    return expect_result(raw_syscall(SYS_MUNMAP, (long)edge_page, (long)past_user_end(edge_page), 0, 0), EFAULT);
}

static const char* test_mprotect_length_past_user_end(void)
{
    TAP_CHECK(edge_page != NULL, "no edge page");
    return expect_result(
        raw_syscall(SYS_MPROTECT, (long)edge_page, (long)past_user_end(edge_page), PROT_READ | PROT_WRITE, 0), EFAULT);
}

static const char* test_path_longer_than_max_path(void)
{
    char path[MAX_PATH + 16];
    strcpy(path, "home:/");
    memset(path + 6, 'a', sizeof(path) - 7);
    path[sizeof(path) - 1] = '\0';
    return expect_result(raw_syscall(SYS_OPEN, (long)path, 0, 0, 0), ENAMETOOLONG);
}

static void test_unknown_number(const char* name, long number)
{
    tap_result(name, expect_result(raw_syscall(number, 0, 0, 0, 0), ENOSYS));
}

static const char* test_still_alive(void)
{
    // The process survived all of the above, and its state is intact.
    TAP_CHECK(raw_syscall(SYS_PID, 0, 0, 0, 0) == process_id(), "SYS_PID disagrees with process_id()");
    char byte = 'x';
    seek(scratch_fd, 0, SEEK_SET);
    TAP_CHECK_OK(write(scratch_fd, &byte, 1));
    return NULL;
}

// Flags user code may set with popfq must not follow it into the kernel.
// NT (nested task) did: a system call that let the scheduler switch to a
// thread leaving the kernel through iretq faulted in ring 0 (an iretq with
// NT set is a task return). Spinning threads, preempted by the timer, are
// such threads; the sleeps make the switches. The user's own flags come
// back unchanged.
#define RFLAGS_NT (1UL << 14)
#define SPINNERS 4
#define SPINNER_STACK 16384

static volatile uint32_t spinners_stop;
static volatile uint32_t spinner_done[SPINNERS];
static uint8_t spinner_stacks[SPINNERS][SPINNER_STACK] __attribute__((aligned(16)));

static void spin_until_stopped(void* argument)
{
    while (!spinners_stop)
    {
    }
    futex(argument, 1, FUTEX_EXIT, 0);
}

static uint64_t rflags_read(void)
{
    uint64_t flags;
    __asm__ volatile("pushfq; pop %0" : "=r"(flags));
    return flags;
}

static void rflags_write(uint64_t flags)
{
    __asm__ volatile("push %0; popfq" : : "r"(flags) : "cc", "memory");
}

static const char* test_nested_task_flag(void)
{
    for (int i = 0; i < SPINNERS; i++)
    {
        TAP_CHECK(thread_create_raw(spin_until_stopped, (void*)&spinner_done[i], spinner_stacks[i] + SPINNER_STACK) !=
                      -1,
                  "thread_create_raw: %s", strerror(errno));
    }
    const char* failure = NULL;
    for (int round = 0; round < 200 && failure == NULL; round++)
    {
        uint64_t flags = rflags_read();
        rflags_write(flags | RFLAGS_NT);
        long result = raw_syscall(SYS_SLEEP, 100000, 0, 0, 0);
        uint64_t after = rflags_read();
        rflags_write(after & ~RFLAGS_NT);
        if (result != 0)
        {
            failure = tap_reason("sleep with NT set gave %ld", result);
        }
        else if (!(after & RFLAGS_NT))
        {
            failure = tap_reason("NT was cleared in the user's flags (0x%lx)", (unsigned long)after);
        }
    }
    spinners_stop = 1;
    for (int i = 0; i < SPINNERS; i++)
    {
        TAP_CHECK(thread_join_wait(&spinner_done[i], 60000000000ULL), "spinner %d did not stop", i);
    }
    return failure;
}

// The fixtures: a scratch file with data, and the edge page.
static const char* set_up_scratch_file(void)
{
    char path[MAX_PATH];
    snprintf(path, sizeof(path), "%s?create&trunc", scratch_path);
    scratch_fd = io_open(path);
    TAP_CHECK(scratch_fd != -1, "io_open(\"%s\"): %s", path, strerror(errno));
    static char data[SCRATCH_SIZE];
    memset(data, 'd', sizeof(data));
    ssize_t written = write(scratch_fd, data, sizeof(data));
    TAP_CHECK(written == SCRATCH_SIZE, "write of %d bytes gave %ld (%s)", SCRATCH_SIZE, (long)written,
              strerror(errno));
    return NULL;
}

static const char* set_up_edge_page(void)
{
    uint8_t* pages = mem_map(-1, NULL, 2 * PAGE_SIZE, PROT_READ | PROT_WRITE);
    TAP_CHECK(pages != NULL, "mmap of two pages: %s", strerror(errno));
    TAP_CHECK_OK(munmap(pages + PAGE_SIZE, PAGE_SIZE));
    edge_page = pages;
    edge_crossing = (long)(pages + PAGE_SIZE - CROSSING_BYTES);
    return NULL;
}

int main(void)
{
    tap_suite("syscall");
    tap_run("scratch-file", set_up_scratch_file);
    tap_run("edge-page", set_up_edge_page);

    for (size_t i = 0; i < sizeof(pointer_arguments) / sizeof(pointer_arguments[0]); i++)
    {
        test_pointer_argument(&pointer_arguments[i]);
    }
    tap_run("read-length-into-unmapped", test_read_length_into_unmapped);
    tap_run("write-length-into-unmapped", test_write_length_into_unmapped);
    tap_run("read-length-past-user-end", test_read_length_past_user_end);
    tap_run("write-length-past-user-end", test_write_length_past_user_end);
    tap_run("munmap-length-past-user-end", test_munmap_length_past_user_end);
    tap_run("mprotect-length-past-user-end", test_mprotect_length_past_user_end);
    tap_run("open-path-longer-than-max-path", test_path_longer_than_max_path);

    test_unknown_number("unknown-number-count", SYS_COUNT);
    test_unknown_number("unknown-number-1000", 1000);
    test_unknown_number("unknown-number-negative", -1);
    // A kernel that looked only at the low 32 bits would run SYS_PID.
    test_unknown_number("unknown-number-high-bits", (1L << 32) + SYS_PID);

    tap_run("rflags-nested-task-stays-in-user-mode", test_nested_task_flag);
    tap_run("still-alive", test_still_alive);

    if (scratch_fd != -1)
    {
        close(scratch_fd);
        remove(scratch_path);
    }
    if (edge_page != NULL)
    {
        munmap(edge_page, PAGE_SIZE);
    }
    return tap_exit_status();
}

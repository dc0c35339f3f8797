// home:/test/posix_proc_test: suite "posix-proc", processes through the
// POSIX layer: getpid/getppid, waitpid's statuses (exits, faults, kill,
// abort), WNOHANG, any-child waits and ECHILD; posix_spawn's file actions
// and posix_spawnp's PATH search; popen/pclose both ways; sleep, usleep
// and nanosleep cut short by a note; gettimeofday against the clocks.
#include "tap.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <threads.h>
#include <time.h>
#include <unistd.h>

#define HELPERS "home:/test/helpers/"
#define SCRATCH "home:/tmp-posix-proc"
#define MS 1000000ULL

// posix_spawn @p path with @p argv (NULL-ended), no file actions; the pid or -1.
static pid_t start(const char* path, char* const argv[])
{
    pid_t pid = -1;
    int error = posix_spawn(&pid, path, NULL, NULL, argv, NULL);
    if (error != 0)
    {
        errno = error;
        return -1;
    }
    return pid;
}

static const char* test_ids(void)
{
    TAP_CHECK(getpid() == process_id() && getpid() > 0, "getpid %lld, process_id %lld", (long long)getpid(),
              (long long)process_id());
    pid_t parent = getppid();
    TAP_CHECK(parent > 0 && parent != getpid(), "getppid gave %lld", (long long)parent);
    char path[64];
    snprintf(path, sizeof(path), "sys:/proc/%lld/status", (long long)parent);
    TAP_CHECK(access(path, F_OK) == 0, "the parent %lld has no status file", (long long)parent);
    return NULL;
}

// The wait status of HELPER's run, through waitpid.
static const char* run_and_wait(const char* helper, const char* argument, int* status)
{
    char path[64];
    snprintf(path, sizeof(path), HELPERS "%s", helper);
    char* argv[] = {path, (char*)argument, NULL};
    pid_t pid = start(path, argv);
    TAP_CHECK(pid > 0, "posix_spawn %s: %s", path, strerror(errno));
    pid_t waited = waitpid(pid, status, 0);
    TAP_CHECK(waited == pid, "waitpid gave %lld for %lld: %s", (long long)waited, (long long)pid, strerror(errno));
    return NULL;
}

static const char* test_wait_statuses(void)
{
    const char* failure;
    int status = -1;
    for (int code = 0; code < 256; code += 51)
    {
        char text[8];
        snprintf(text, sizeof(text), "%d", code);
        if ((failure = run_and_wait("exit_with", text, &status)) != NULL)
        {
            return failure;
        }
        TAP_CHECK(WIFEXITED(status) && !WIFSIGNALED(status) && WEXITSTATUS(status) == code,
                  "exit(%d) gave wait status %#x", code, status);
    }
    if ((failure = run_and_wait("crash_null", NULL, &status)) != NULL)
    {
        return failure;
    }
    TAP_CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV, "a page fault gave %#x", status);
    if ((failure = run_and_wait("crash_divide", NULL, &status)) != NULL)
    {
        return failure;
    }
    TAP_CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGFPE, "a divide error gave %#x", status);
    if ((failure = run_and_wait("assert_fails", NULL, &status)) != NULL)
    {
        return failure;
    }
    TAP_CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT && !WIFEXITED(status), "abort gave %#x", status);
    return NULL;
}

static const char* test_wnohang_and_kill(void)
{
    char* argv[] = {HELPERS "sleep_forever", NULL};
    pid_t pid = start(argv[0], argv);
    TAP_CHECK(pid > 0, "posix_spawn: %s", strerror(errno));
    int status = -1;
    pid_t early = waitpid(pid, &status, WNOHANG);
    pid_t any_early = waitpid(-1, &status, WNOHANG);
    TAP_CHECK_OK(process_kill(pid));
    pid_t waited = waitpid(pid, &status, 0);
    TAP_CHECK(early == 0 && any_early == 0, "WNOHANG on a sleeping child gave %lld and %lld", (long long)early,
              (long long)any_early);
    TAP_CHECK(waited == pid && WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL, "killed: %lld status %#x",
              (long long)waited, status);
    // It is gone now.
    TAP_CHECK_ERRNO(waitpid(pid, &status, 0), ECHILD);
    return NULL;
}

static const char* test_wait_any(void)
{
    char* argv[] = {HELPERS "exit_with", "7", NULL};
    pid_t first = start(argv[0], argv);
    argv[1] = "9";
    pid_t second = start(argv[0], argv);
    TAP_CHECK(first > 0 && second > 0, "posix_spawn: %s", strerror(errno));
    int codes = 0;
    for (int i = 0; i < 2; i++)
    {
        int status = -1;
        pid_t pid = wait(&status);
        TAP_CHECK(pid == first || pid == second, "wait gave %lld: %s", (long long)pid, strerror(errno));
        TAP_CHECK(WIFEXITED(status), "status %#x", status);
        codes += WEXITSTATUS(status);
    }
    TAP_CHECK(codes == 16, "the two exit codes add up to %d, not 16", codes);
    TAP_CHECK_ERRNO(wait(NULL), ECHILD);
    TAP_CHECK_ERRNO(waitpid(0, NULL, WNOHANG), ECHILD);
    return NULL;
}

static const char* test_wait_errors(void)
{
    TAP_CHECK_ERRNO(waitpid(getppid(), NULL, WNOHANG), ECHILD); // not our child
    TAP_CHECK_ERRNO(waitpid(getpid(), NULL, 0), ECHILD);
    TAP_CHECK_ERRNO(waitpid(999999, NULL, 0), ECHILD);
    TAP_CHECK_ERRNO(waitpid(-5, NULL, 0), ECHILD);
    TAP_CHECK_ERRNO(waitpid(-1, NULL, 0x4000), EINVAL);
    return NULL;
}

// Read @p fd to its end into @p text.
static void read_all(int fd, char* text, size_t size)
{
    size_t length = 0;
    ssize_t got;
    while (length + 1 < size && (got = read(fd, text + length, size - 1 - length)) > 0)
    {
        length += (size_t)got;
    }
    text[length] = '\0';
}

// posix_spawn @p path with its standard output dup2'd onto a pipe (both
// ends closed in the child), collect what it prints into @p text, wait
// for it: NULL, or why that failed (it must exit with 0).
static const char* spawn_output(const char* path, char* const argv[], char* const envp[], char* text, size_t size)
{
    int ends[2];
    TAP_CHECK_OK(pipe(ends));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    TAP_CHECK(posix_spawn_file_actions_adddup2(&actions, ends[1], 1) == 0, "adddup2");
    TAP_CHECK(posix_spawn_file_actions_addclose(&actions, ends[0]) == 0, "addclose");
    TAP_CHECK(posix_spawn_file_actions_addclose(&actions, ends[1]) == 0, "addclose");
    pid_t pid = -1;
    int error = posix_spawn(&pid, path, &actions, NULL, argv, envp);
    posix_spawn_file_actions_destroy(&actions);
    close(ends[1]);
    TAP_CHECK(error == 0, "posix_spawn: %s", strerror(error));
    read_all(ends[0], text, size);
    close(ends[0]);
    int status = -1;
    TAP_CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0, "status %#x", status);
    return NULL;
}

static const char* test_spawn_dup2(void)
{
    char* argv[] = {"ignored-name", "one", "two words", NULL};
    char text[256];
    const char* failure = spawn_output(HELPERS "echo_args", argv, NULL, text, sizeof(text));
    if (failure != NULL)
    {
        return failure;
    }
    TAP_CHECK(strcmp(text, HELPERS "echo_args\none\ntwo words\n") == 0, "the child printed '%s'", text);
    return NULL;
}

// posix_spawn's envp is the child's whole environment, NULL an empty one.
static const char* test_spawn_environment(void)
{
    char* const sets[2][3] = {{"PX=posix", "PY=", NULL}, {NULL}};
    const char* wanted[2] = {"PX=posix\nPY=\ncount 2\n", "PX unset\nPY unset\ncount 0\n"};
    TAP_CHECK_OK(setenv("PX", "parent", 1));
    for (int i = 0; i < 2; i++)
    {
        char* argv[] = {"env_print", "PX", "PY", NULL};
        char text[256];
        const char* failure = spawn_output(HELPERS "env_print", argv, i == 0 ? sets[0] : NULL, text, sizeof(text));
        if (failure != NULL)
        {
            return failure;
        }
        TAP_CHECK(strcmp(text, wanted[i]) == 0, "environment %d: the child printed '%s'", i, text);
    }
    TAP_CHECK_OK(unsetenv("PX"));
    return NULL;
}

// Run write_fd FD with @p actions; its exit code (0 written, 1 EBADF).
static int write_fd_code(const posix_spawn_file_actions_t* actions, const char* fd)
{
    char* argv[] = {HELPERS "write_fd", (char*)fd, "x", NULL};
    pid_t pid = -1;
    int status = -1;
    if (posix_spawn(&pid, argv[0], actions, NULL, argv, NULL) != 0 || waitpid(pid, &status, 0) != pid ||
        !WIFEXITED(status))
    {
        return -1;
    }
    return WEXITSTATUS(status);
}

static const char* test_spawn_inherits_and_closes(void)
{
    int fd = open(SCRATCH "/inherited", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    TAP_CHECK(fd >= 0, "open: %s", strerror(errno));
    TAP_CHECK_OK(dup2(fd, 9));
    close(fd);
    int inherited = write_fd_code(NULL, "9");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addclose(&actions, 9);
    int closed = write_fd_code(&actions, "9");
    posix_spawn_file_actions_destroy(&actions);
    TAP_CHECK_OK(fcntl(9, F_SETFD, FD_CLOEXEC));
    int cloexec = write_fd_code(NULL, "9");
    TAP_CHECK_OK(close(9));
    TAP_CHECK(inherited == 0, "an open descriptor was not inherited (%d)", inherited);
    TAP_CHECK(closed == 1, "addclose left it open (%d)", closed);
    TAP_CHECK(cloexec == 1, "FD_CLOEXEC did not keep it from the child (%d)", cloexec);
    return NULL;
}

static const char* test_spawn_addopen(void)
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    TAP_CHECK(posix_spawn_file_actions_addopen(&actions, 7, SCRATCH "/opened", O_WRONLY | O_CREAT | O_TRUNC, 0644) ==
                  0,
              "addopen");
    int code = write_fd_code(&actions, "7");
    posix_spawn_file_actions_destroy(&actions);
    TAP_CHECK(code == 0, "write_fd 7 gave %d", code);
    int fd = open(SCRATCH "/opened", O_RDONLY);
    TAP_CHECK(fd >= 0, "open: %s", strerror(errno));
    char text[8];
    read_all(fd, text, sizeof(text));
    close(fd);
    TAP_CHECK(strcmp(text, "x") == 0, "the file holds '%s'", text);
    TAP_CHECK_ERRNO(fcntl(7, F_GETFD), EBADF); // opened here, closed again
    return NULL;
}

static const char* test_spawn_errors(void)
{
    char* argv[] = {"x", NULL};
    pid_t pid = 0;
    TAP_CHECK(posix_spawn(&pid, HELPERS "no_such_program", NULL, NULL, argv, NULL) == ENOENT, "a missing program");
    TAP_CHECK(posix_spawn(&pid, NULL, NULL, NULL, argv, NULL) == EINVAL, "a NULL path");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    TAP_CHECK(posix_spawn_file_actions_addclose(&actions, -1) == EBADF, "addclose(-1)");
    TAP_CHECK(posix_spawn_file_actions_adddup2(&actions, 0, MAX_FD) == EBADF, "adddup2 to MAX_FD");
    TAP_CHECK(posix_spawn_file_actions_addopen(&actions, -2, "x", O_RDONLY, 0) == EBADF, "addopen(-2)");
    posix_spawn_file_actions_adddup2(&actions, 33, 3); // 33 is not open
    int error = posix_spawn(&pid, HELPERS "exit_with", &actions, NULL, argv, NULL);
    posix_spawn_file_actions_destroy(&actions);
    TAP_CHECK(error == EBADF, "dup2 from a closed descriptor gave %d", error);
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 3, SCRATCH "/missing", O_RDONLY, 0);
    error = posix_spawn(&pid, HELPERS "exit_with", &actions, NULL, argv, NULL);
    posix_spawn_file_actions_destroy(&actions);
    TAP_CHECK(error == ENOENT, "addopen of a missing file gave %d", error);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    TAP_CHECK(posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP) == EINVAL, "SETPGROUP accepted");
    TAP_CHECK(posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK) == 0, "SETSIGMASK refused");
    short flags = 0;
    posix_spawnattr_getflags(&attributes, &flags);
    TAP_CHECK(flags == POSIX_SPAWN_SETSIGMASK, "getflags gave %#x", flags);
    posix_spawnattr_destroy(&attributes);
    return NULL;
}

// posix_spawnp @p name; its exit code, or -1 with the error in *error.
static int spawnp_code(const char* name, const char* argument, int* error)
{
    char* argv[] = {(char*)name, (char*)argument, NULL};
    pid_t pid = -1;
    int status = -1;
    *error = posix_spawnp(&pid, name, NULL, NULL, argv, NULL);
    if (*error != 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
    {
        return -1;
    }
    return WEXITSTATUS(status);
}

static const char* test_spawnp_path(void)
{
    int error = 0;
    // PATH: labels' ':' stay in their entry; entries are tried in order.
    TAP_CHECK_OK(setenv("PATH", "home:/nowhere:home:/test/helpers:home:/bin", 1));
    int code = spawnp_code("exit_with", "12", &error);
    TAP_CHECK(code == 12, "exit_with through PATH gave %d (error %d)", code, error);
    TAP_CHECK(spawnp_code("no_such_program", NULL, &error) == -1 && error == ENOENT, "a missing name gave %d", error);
    // A name with '/' or ':' is not searched for.
    code = spawnp_code(HELPERS "exit_with", "3", &error);
    TAP_CHECK(code == 3, "a full path gave %d (error %d)", code, error);
    // Without PATH: home:/bin.
    TAP_CHECK_OK(unsetenv("PATH"));
    TAP_CHECK(spawnp_code("exit_with", "1", &error) == -1 && error == ENOENT, "exit_with found without PATH");
    code = spawnp_code("true", NULL, &error);
    TAP_CHECK(code == 0, "true from home:/bin gave %d (error %d)", code, error);
    code = spawnp_code("false", NULL, &error);
    TAP_CHECK(code == 1, "false from home:/bin gave %d (error %d)", code, error);
    return NULL;
}

static const char* test_popen_read(void)
{
    FILE* stream = popen("echo hello there", "r");
    TAP_CHECK(stream != NULL, "popen: %s", strerror(errno));
    char line[64] = {0};
    char* got = fgets(line, sizeof(line), stream);
    int status = pclose(stream);
    TAP_CHECK(got != NULL && strcmp(line, "hello there\n") == 0, "read '%s'", line);
    TAP_CHECK(status != -1 && WIFEXITED(status) && WEXITSTATUS(status) == 0, "pclose gave %#x", status);
    stream = popen("exit 5", "r");
    TAP_CHECK(stream != NULL, "popen: %s", strerror(errno));
    status = pclose(stream);
    TAP_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 5, "pclose of 'exit 5' gave %#x", status);
    return NULL;
}

static const char* test_popen_write(void)
{
    FILE* stream = popen("cat > " SCRATCH "/from-popen", "w");
    TAP_CHECK(stream != NULL, "popen: %s", strerror(errno));
    TAP_CHECK(fputs("line one\nline two\n", stream) >= 0, "fputs");
    int status = pclose(stream);
    TAP_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0, "pclose gave %#x", status);
    int fd = open(SCRATCH "/from-popen", O_RDONLY);
    TAP_CHECK(fd >= 0, "open: %s", strerror(errno));
    char text[64];
    read_all(fd, text, sizeof(text));
    close(fd);
    TAP_CHECK(strcmp(text, "line one\nline two\n") == 0, "the file holds '%s'", text);
    return NULL;
}

static const char* test_popen_errors(void)
{
    errno = 0;
    TAP_CHECK(popen(NULL, "r") == NULL && errno == EINVAL, "popen(NULL): errno %d", errno);
    errno = 0;
    TAP_CHECK(popen("true", "rw") == NULL && errno == EINVAL, "mode rw: errno %d", errno);
    errno = 0;
    TAP_CHECK(popen("true", "") == NULL && errno == EINVAL, "mode '': errno %d", errno);
    TAP_CHECK_ERRNO(pclose(stdout), EINVAL);
    TAP_CHECK_ERRNO(pclose(NULL), EINVAL);
    return NULL;
}

// A note from another thread, 100 ms after it starts.
static void on_note(const char* note)
{
    (void)note;
}

static int send_note_later(void* unused)
{
    (void)unused;
    sleep_ns(100 * MS);
    return note_send(process_id(), "wake");
}

static const char* test_sleeps_interrupted(void)
{
    TAP_CHECK_OK(note_handler(on_note));
    thrd_t sender;
    TAP_CHECK(thrd_create(&sender, send_note_later, NULL) == thrd_success, "thrd_create");
    unsigned int left = sleep(3);
    thrd_join(sender, NULL);
    TAP_CHECK(thrd_create(&sender, send_note_later, NULL) == thrd_success, "thrd_create");
    errno = 0;
    int result = usleep(3000000);
    int error = errno;
    thrd_join(sender, NULL);
    note_handler(NULL);
    TAP_CHECK(left >= 1 && left <= 3, "an interrupted sleep(3) left %u", left);
    TAP_CHECK(result == -1 && error == EINTR, "an interrupted usleep gave %d, errno %d", result, error);
    return NULL;
}

static const char* test_sleeps_last(void)
{
    uint64_t start = uptime();
    TAP_CHECK(sleep(0) == 0, "sleep(0)");
    TAP_CHECK_OK(usleep(30000));
    TAP_CHECK(uptime() - start >= 30 * MS, "usleep(30000) took %llu ns", (unsigned long long)(uptime() - start));
    start = uptime();
    TAP_CHECK(sleep(1) == 0, "sleep(1) was cut short");
    TAP_CHECK(uptime() - start >= 1000 * MS, "sleep(1) took %llu ns", (unsigned long long)(uptime() - start));
    return NULL;
}

static const char* test_gettimeofday(void)
{
    struct timespec before, after;
    struct timeval now;
    TAP_CHECK_OK(clock_gettime(CLOCK_REALTIME, &before));
    TAP_CHECK_OK(gettimeofday(&now, NULL));
    TAP_CHECK_OK(clock_gettime(CLOCK_REALTIME, &after));
    long long us = (long long)now.tv_sec * 1000000 + now.tv_usec;
    long long before_us = (long long)before.tv_sec * 1000000 + before.tv_nsec / 1000;
    long long after_us = (long long)after.tv_sec * 1000000 + after.tv_nsec / 1000;
    TAP_CHECK(us >= before_us && us <= after_us, "gettimeofday %lld is not between %lld and %lld", us, before_us,
              after_us);
    TAP_CHECK(now.tv_usec >= 0 && now.tv_usec < 1000000, "tv_usec %ld", (long)now.tv_usec);
    int zone[2];
    TAP_CHECK_ERRNO(gettimeofday(&now, zone), EINVAL);
    TAP_CHECK_ERRNO(gettimeofday(NULL, NULL), EFAULT);
    struct timespec mono;
    TAP_CHECK_OK(clock_gettime(CLOCK_MONOTONIC, &mono));
    struct timespec bad = {0, 1000000000};
    TAP_CHECK_ERRNO(nanosleep(&bad, NULL), EINVAL);
    return NULL;
}

static const char* test_scratch_removed(void)
{
    TAP_CHECK_OK(unlink(SCRATCH "/inherited"));
    TAP_CHECK_OK(unlink(SCRATCH "/opened"));
    TAP_CHECK_OK(unlink(SCRATCH "/from-popen"));
    TAP_CHECK_OK(rmdir(SCRATCH));
    return NULL;
}

int main(void)
{
    tap_suite("posix-proc");
    if (mkdir(SCRATCH, 0755) == -1 && errno != EEXIST)
    {
        tap_result("scratch-directory", tap_reason("mkdir: %s", strerror(errno)));
        return tap_exit_status();
    }
    tap_run("ids", test_ids);
    tap_run("wait-statuses", test_wait_statuses);
    tap_run("wnohang-and-kill", test_wnohang_and_kill);
    tap_run("wait-any", test_wait_any);
    tap_run("wait-errors", test_wait_errors);
    tap_run("spawn-dup2", test_spawn_dup2);
    tap_run("spawn-inherits-and-closes", test_spawn_inherits_and_closes);
    tap_run("spawn-addopen", test_spawn_addopen);
    tap_run("spawn-errors", test_spawn_errors);
    tap_run("spawn-environment", test_spawn_environment);
    tap_run("spawnp-path", test_spawnp_path);
    tap_run("popen-read", test_popen_read);
    tap_run("popen-write", test_popen_write);
    tap_run("popen-errors", test_popen_errors);
    tap_run("sleeps-interrupted", test_sleeps_interrupted);
    tap_run("sleeps-last", test_sleeps_last);
    tap_run("gettimeofday", test_gettimeofday);
    tap_run("scratch-removed", test_scratch_removed);
    return tap_exit_status();
}

// home:/test/posix_io_test: suite "posix-io": pipe's ends and their
// recorded access modes, poll.h's poll on pipes (readiness, hang-up,
// invalid and skipped descriptors, timeouts, errors), and sys/mman.h's
// mmap of anonymous and shared memory with every refused combination.
#include "tap.h"

#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>
#include <sys/mman.h>
#include <sys/proc.h>
#include <unistd.h>

#define MS 1000000ULL
#define PAGE 4096

static const char* test_pipe(void)
{
    int ends[2] = {-1, -1};
    TAP_CHECK_OK(pipe(ends));
    TAP_CHECK(ends[0] >= 0 && ends[1] >= 0 && ends[0] != ends[1], "pipe gave %d and %d", ends[0], ends[1]);
    TAP_CHECK(fcntl(ends[0], F_GETFL) == O_RDONLY && fcntl(ends[1], F_GETFL) == O_WRONLY, "access modes %#x %#x",
              fcntl(ends[0], F_GETFL), fcntl(ends[1], F_GETFL));
    TAP_CHECK(write(ends[1], "ping", 4) == 4, "write: %s", strerror(errno));
    char buffer[8] = {0};
    TAP_CHECK(read(ends[0], buffer, sizeof(buffer)) == 4 && memcmp(buffer, "ping", 4) == 0, "read '%s'", buffer);
    TAP_CHECK_OK(close(ends[1]));
    TAP_CHECK(read(ends[0], buffer, sizeof(buffer)) == 0, "no end of file after the writer closed");
    TAP_CHECK_OK(close(ends[0]));
    TAP_CHECK_ERRNO(pipe(NULL), EFAULT);
    return NULL;
}

static const char* test_poll_pipe(void)
{
    int ends[2];
    TAP_CHECK_OK(pipe(ends));
    struct pollfd fds[3] = {
        {.fd = ends[0], .events = POLLIN, .revents = -1},
        {.fd = ends[1], .events = POLLOUT, .revents = -1},
        {.fd = -1, .events = POLLIN, .revents = -1}, // skipped
    };
    int ready = poll(fds, 3, 0);
    TAP_CHECK(ready == 1 && fds[0].revents == 0 && fds[1].revents == POLLOUT && fds[2].revents == 0,
              "empty pipe: %d ready, revents %#x %#x %#x", ready, fds[0].revents, fds[1].revents, fds[2].revents);
    TAP_CHECK(write(ends[1], "x", 1) == 1, "write");
    fds[1].events = 0;
    ready = poll(fds, 3, -1);
    TAP_CHECK(ready == 1 && fds[0].revents == POLLIN && fds[1].revents == 0, "after a write: %d ready, %#x %#x", ready,
              fds[0].revents, fds[1].revents);
    char c;
    TAP_CHECK(read(ends[0], &c, 1) == 1, "read");
    TAP_CHECK_OK(close(ends[1]));
    ready = poll(fds, 1, 1000);
    TAP_CHECK(ready == 1 && (fds[0].revents & POLLHUP), "after the writer closed: %d ready, %#x", ready,
              fds[0].revents);
    TAP_CHECK_OK(close(ends[0]));
    ready = poll(fds, 1, 0);
    TAP_CHECK(ready == 1 && fds[0].revents == POLLNVAL, "a closed descriptor: %d ready, %#x", ready, fds[0].revents);
    return NULL;
}

static const char* test_poll_timeout(void)
{
    int ends[2];
    TAP_CHECK_OK(pipe(ends));
    struct pollfd fd = {.fd = ends[0], .events = POLLIN};
    uint64_t start = uptime();
    int ready = poll(&fd, 1, 50);
    uint64_t waited = uptime() - start;
    start = uptime();
    int none = poll(NULL, 0, 20); // no descriptors: a sleep
    uint64_t slept = uptime() - start;
    close(ends[0]);
    close(ends[1]);
    TAP_CHECK(ready == 0 && fd.revents == 0, "an empty pipe gave %d, %#x", ready, fd.revents);
    TAP_CHECK(waited >= 50 * MS, "a 50 ms poll returned after %llu ns", (unsigned long long)waited);
    TAP_CHECK(none == 0 && slept >= 20 * MS, "poll of nothing for 20 ms: %d after %llu ns", none,
              (unsigned long long)slept);
    return NULL;
}

static const char* test_poll_errors(void)
{
    struct pollfd many[MAX_FD + 1];
    memset(many, 0, sizeof(many));
    TAP_CHECK_ERRNO(poll(many, MAX_FD + 1, 0), EINVAL);
    TAP_CHECK_ERRNO(poll(NULL, 1, 0), EFAULT);
    return NULL;
}

static const char* test_mmap_anonymous(void)
{
    size_t length = 3 * PAGE;
    unsigned char* memory = mmap(NULL, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    TAP_CHECK(memory != MAP_FAILED && memory != NULL, "mmap: %s", strerror(errno));
    for (size_t i = 0; i < length; i++)
    {
        TAP_CHECK(memory[i] == 0, "byte %zu is %d, not 0", i, memory[i]);
    }
    memset(memory, 0x5a, length);
    TAP_CHECK(memory[length - 1] == 0x5a, "the last byte did not take a write");
    TAP_CHECK_OK(mprotect(memory, length, PROT_READ));
    TAP_CHECK(memory[0] == 0x5a, "read after mprotect");
    TAP_CHECK_OK(munmap(memory, length));
    // MAP_SHARED anonymous memory is the same here (no fork).
    memory = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANON, -1, 0);
    TAP_CHECK(memory != MAP_FAILED, "MAP_SHARED|MAP_ANON: %s", strerror(errno));
    memory[0] = 1;
    TAP_CHECK_OK(munmap(memory, PAGE));
    return NULL;
}

static const char* test_mmap_shared_object(void)
{
    int handle = open("sys:/shm/new", O_RDWR);
    TAP_CHECK(handle >= 0, "open sys:/shm/new: %s", strerror(errno));
    volatile uint32_t* first = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, handle, 0);
    volatile uint32_t* second = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, handle, 0);
    int error = errno;
    if (first == MAP_FAILED || second == MAP_FAILED)
    {
        close(handle);
        return tap_reason("mmap of a shm descriptor: %s", strerror(error));
    }
    first[10] = 0xC0FFEE;
    uint32_t seen = second[10];
    munmap((void*)first, PAGE);
    munmap((void*)second, PAGE);
    close(handle);
    TAP_CHECK(first != second && seen == 0xC0FFEE, "the second mapping saw %#x", seen);
    return NULL;
}

static const char* test_mmap_refused(void)
{
    int file = open("home:/tmp-posix-io", O_RDWR | O_CREAT | O_TRUNC, 0644);
    TAP_CHECK(file >= 0, "open: %s", strerror(errno));
    int rw = PROT_READ | PROT_WRITE;
    const struct
    {
        size_t length;
        int protection;
        int flags;
        int fd;
        off_t offset;
        int error;
    } cases[] = {
        {0, rw, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0, EINVAL},
        {PAGE, rw, MAP_ANONYMOUS, -1, 0, EINVAL},
        {PAGE, rw, MAP_PRIVATE | MAP_SHARED | MAP_ANONYMOUS, -1, 0, EINVAL},
        {PAGE, rw, MAP_PRIVATE | MAP_ANONYMOUS | 0x1000000, -1, 0, EINVAL},
        {PAGE, rw | 0x80, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0, EINVAL},
        {PAGE, rw, MAP_PRIVATE | MAP_ANONYMOUS, -1, PAGE, EINVAL},
        {PAGE, rw, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0, ENOTSUP},
        {PAGE, rw, MAP_PRIVATE, file, 0, ENOTSUP},
        {PAGE, rw, MAP_SHARED, -1, 0, EBADF},
    };
    const char* failure = NULL;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]) && failure == NULL; i++)
    {
        errno = 0;
        void* result = mmap(NULL, cases[i].length, cases[i].protection, cases[i].flags, cases[i].fd, cases[i].offset);
        if (result != MAP_FAILED || errno != cases[i].error)
        {
            failure = tap_reason("case %zu gave %p, errno %d (expected %d)", i, result, errno, cases[i].error);
        }
    }
    close(file);
    unlink("home:/tmp-posix-io");
    return failure;
}

int main(void)
{
    tap_suite("posix-io");
    tap_run("pipe", test_pipe);
    tap_run("poll-pipe", test_poll_pipe);
    tap_run("poll-timeout", test_poll_timeout);
    tap_run("poll-errors", test_poll_errors);
    tap_run("mmap-anonymous", test_mmap_anonymous);
    tap_run("mmap-shared-object", test_mmap_shared_object);
    tap_run("mmap-refused", test_mmap_refused);
    return tap_exit_status();
}

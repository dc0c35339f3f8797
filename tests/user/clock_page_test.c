// home:/test/clock_page_test: the clock page (<sys/clock_page.h>). It
// holds the TSC's calibration; uptime() read from it agrees with the
// kernel's clock to the nanosecond and makes no system call; munmap,
// mprotect, mmap hints and system-call buffers cannot reach it.
#include "tap.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/clock_page.h>
#include <sys/io.h>
#include <sys/mman.h>
#include <sys/proc.h>
#include <sys/syscall.h>

#define PAGE 4096
#define READS 100000

static const volatile clock_page_t* const page = (const volatile clock_page_t*)CLOCK_PAGE_ADDRESS;

// The kernel's own reading, by the system call libstd no longer makes.
static uint64_t kernel_uptime(void)
{
    uint64_t result;
    __asm__ volatile("syscall" : "=a"(result) : "a"((uint64_t)SYS_UPTIME) : "rcx", "r11", "memory");
    return result;
}

static const char* test_page_holds_the_calibration(void)
{
    // Under QEMU the TSC is trusted (the hypervisor bit), so the kernel's
    // clock is the TSC and the page must say so.
    TAP_CHECK(page->source == CLOCK_PAGE_SOURCE_TSC, "source %u, expected CLOCK_PAGE_SOURCE_TSC", page->source);
    TAP_CHECK(page->sequence % 2 == 0 && page->sequence != 0, "sequence %u: not published, or mid-write",
              page->sequence);
    // 1 ns per tick at 1 GHz is 2^32; any real TSC runs between 100 MHz
    // and 10 GHz.
    TAP_CHECK(page->tsc_mult > (1ULL << 32) / 10 && page->tsc_mult < (1ULL << 32) * 10, "tsc_mult %lu",
              (unsigned long)page->tsc_mult);
    TAP_CHECK(page->base_ns > 0 && page->base_ns < kernel_uptime(), "base_ns %lu", (unsigned long)page->base_ns);
    return NULL;
}

static const char* test_uptime_agrees_with_the_kernel(void)
{
    for (int i = 0; i < 10000; i++)
    {
        uint64_t before = kernel_uptime();
        uint64_t here = uptime();
        uint64_t after = kernel_uptime();
        TAP_CHECK(before <= here && here <= after, "round %d: kernel %lu, uptime() %lu, kernel %lu", i,
                  (unsigned long)before, (unsigned long)here, (unsigned long)after);
    }
    return NULL;
}

// The system calls made so far on every CPU, from sys:/stat/sched's
// "syscalls N" fields.
static const char* count_syscalls(uint64_t* total)
{
    fd_t fd = io_open("sys:/stat/sched");
    TAP_CHECK(fd != -1, "open sys:/stat/sched: %s", strerror(errno));
    char text[2048];
    ssize_t length = read(fd, text, sizeof(text) - 1);
    close(fd);
    TAP_CHECK(length > 0, "read sys:/stat/sched: %s", strerror(errno));
    text[length] = '\0';
    *total = 0;
    int fields = 0;
    for (const char* at = strstr(text, " syscalls "); at != NULL; at = strstr(at + 1, " syscalls "))
    {
        *total += strtoull(at + strlen(" syscalls "), NULL, 10);
        fields++;
    }
    TAP_CHECK(fields > 0, "no syscalls field in sys:/stat/sched: %s", text);
    return NULL;
}

static const char* test_uptime_makes_no_system_call(void)
{
    uint64_t before = 0;
    uint64_t after = 0;
    const char* failure = count_syscalls(&before);
    TAP_CHECK(failure == NULL, "%s", failure);
    uint64_t last = 0;
    for (int i = 0; i < READS; i++)
    {
        uint64_t now = uptime();
        TAP_CHECK(now >= last, "uptime() went back from %lu to %lu", (unsigned long)last, (unsigned long)now);
        last = now;
    }
    failure = count_syscalls(&after);
    TAP_CHECK(failure == NULL, "%s", failure);
    // The count reads themselves and whatever else runs meanwhile make a
    // few; one per uptime() would make READS.
    TAP_CHECK(after - before < READS / 10, "%lu system calls across %d uptime() calls",
              (unsigned long)(after - before), READS);
    return NULL;
}

static const char* test_page_cannot_be_unmapped(void)
{
    TAP_CHECK_ERRNO(munmap((void*)CLOCK_PAGE_ADDRESS, PAGE), EFAULT);
    TAP_CHECK_ERRNO(munmap((void*)(CLOCK_PAGE_ADDRESS - PAGE), 2 * PAGE), EFAULT);
    uint64_t now = uptime(); // the page is still there
    TAP_CHECK(now >= page->base_ns, "uptime() %lu before the page's base %lu", (unsigned long)now,
              (unsigned long)page->base_ns);
    return NULL;
}

static const char* test_page_cannot_be_made_writable(void)
{
    TAP_CHECK_ERRNO(mprotect((void*)CLOCK_PAGE_ADDRESS, PAGE, PROT_READ | PROT_WRITE), EFAULT);
    TAP_CHECK_ERRNO(mprotect((void*)CLOCK_PAGE_ADDRESS, PAGE, PROT_READ | PROT_EXEC), EFAULT);
    return NULL;
}

static const char* test_mmap_hint_lands_elsewhere(void)
{
    void* mapped = mem_map(-1, (void*)CLOCK_PAGE_ADDRESS, PAGE, PROT_READ | PROT_WRITE);
    TAP_CHECK(mapped != NULL, "mem_map with the clock page as hint: %s", strerror(errno));
    TAP_CHECK((uint64_t)mapped != CLOCK_PAGE_ADDRESS, "mem_map placed new memory over the clock page");
    TAP_CHECK_OK(munmap(mapped, PAGE));
    TAP_CHECK(page->source == CLOCK_PAGE_SOURCE_TSC, "the page changed: source %u", page->source);
    return NULL;
}

static const char* test_not_a_system_call_buffer(void)
{
    // Reading into the page would let a process write it through the
    // kernel; writing from it is refused alike (it is outside user space).
    fd_t fd = io_open("sys:/time/realtime");
    TAP_CHECK(fd != -1, "open sys:/time/realtime: %s", strerror(errno));
    errno = 0;
    ssize_t got = read(fd, (void*)CLOCK_PAGE_ADDRESS, 16);
    int error = errno;
    close(fd);
    TAP_CHECK(got == -1 && error == EFAULT, "read into the clock page gave %ld, errno %d", (long)got, error);
    fd_t fds[2];
    TAP_CHECK_OK(io_open2("sys:/pipe/new", fds));
    TAP_CHECK_ERRNO(write(fds[1], (const void*)CLOCK_PAGE_ADDRESS, 16), EFAULT);
    close(fds[0]);
    close(fds[1]);
    TAP_CHECK(page->source == CLOCK_PAGE_SOURCE_TSC, "the page changed: source %u", page->source);
    return NULL;
}

int main(void)
{
    tap_suite("clock-page");
    tap_run("page-holds-the-calibration", test_page_holds_the_calibration);
    tap_run("uptime-agrees-with-the-kernel", test_uptime_agrees_with_the_kernel);
    tap_run("uptime-makes-no-system-call", test_uptime_makes_no_system_call);
    tap_run("page-cannot-be-unmapped", test_page_cannot_be_unmapped);
    tap_run("page-cannot-be-made-writable", test_page_cannot_be_made_writable);
    tap_run("mmap-hint-lands-elsewhere", test_mmap_hint_lands_elsewhere);
    tap_run("not-a-system-call-buffer", test_not_a_system_call_buffer);
    return tap_exit_status();
}

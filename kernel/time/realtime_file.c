// sys:/time/realtime: the wall-clock time, one line "SECONDS NANOSECONDS"
// (since 1970-01-01 00:00 UTC; nanoseconds 0 to 999999999), taken when
// the file is read at offset 0. libstd's clock_gettime(CLOCK_REALTIME)
// and timespec_get read it; time() has the cheaper epoch system call.
#include "realtime_file.h"

#include <kernel/arch/clock.h>
#include <kernel/arch/rtc.h>

#include <stdio.h>

static ssize_t realtime_file_read(file_t* file, void* buffer, size_t count)
{
    int64_t now = rtc_epoch_ns();
    int64_t seconds = now / (int64_t)CLOCK_NS_PER_SECOND;
    int64_t nanoseconds = now % (int64_t)CLOCK_NS_PER_SECOND;
    char text[48];
    int length = snprintf(text, sizeof(text), "%ld %09ld\n", (long)seconds, (long)nanoseconds);
    return file_read_text(file, buffer, count, text, (size_t)length);
}

static const file_ops_t realtime_file_ops = {.read = realtime_file_read};

const sysdev_t realtime_device = {.path = "time/realtime", .file = &realtime_file_ops};

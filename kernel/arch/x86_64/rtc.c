#include "io.h"

#include <kernel/arch/clock.h>
#include <kernel/arch/rtc.h>
#include <kernel/log/log.h>

#define CMOS_INDEX 0x70
#define CMOS_DATA 0x71
#define CMOS_SECONDS 0x00
#define CMOS_MINUTES 0x02
#define CMOS_HOURS 0x04
#define CMOS_DAY 0x07
#define CMOS_MONTH 0x08
#define CMOS_YEAR 0x09
#define CMOS_STATUS_A 0x0A
#define CMOS_STATUS_B 0x0B
#define CMOS_UPDATING 0x80
#define CMOS_BINARY 0x04
#define CMOS_24_HOUR 0x02

static int64_t boot_epoch;     // the CMOS time when it was read
static uint64_t boot_uptime;   // the uptime then

static uint8_t cmos_read(uint8_t index)
{
    io_out8(CMOS_INDEX, index);
    return io_in8(CMOS_DATA);
}

static uint8_t cmos_decode(uint8_t value, bool binary)
{
    return binary ? value : (uint8_t)((value >> 4) * 10 + (value & 0xF));
}

int64_t rtc_days_from_civil(int64_t year, unsigned month, unsigned day)
{
    // Count from March so the leap day falls at the end of a year.
    year -= month <= 2;
    int64_t era = (year >= 0 ? year : year - 399) / 400;
    int64_t year_of_era = year - era * 400;
    int64_t day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

void rtc_init(void)
{
    // Wait out an update in progress so the fields belong together.
    while (cmos_read(CMOS_STATUS_A) & CMOS_UPDATING)
    {
    }
    uint8_t status = cmos_read(CMOS_STATUS_B);
    bool binary = status & CMOS_BINARY;
    unsigned second = cmos_decode(cmos_read(CMOS_SECONDS), binary);
    unsigned minute = cmos_decode(cmos_read(CMOS_MINUTES), binary);
    uint8_t raw_hour = cmos_read(CMOS_HOURS);
    unsigned hour = cmos_decode(raw_hour & 0x7F, binary);
    if (!(status & CMOS_24_HOUR) && (raw_hour & 0x80))
    {
        hour = (hour % 12) + 12; // 12-hour clock, afternoon
    }
    unsigned day = cmos_decode(cmos_read(CMOS_DAY), binary);
    unsigned month = cmos_decode(cmos_read(CMOS_MONTH), binary);
    int64_t year = 2000 + cmos_decode(cmos_read(CMOS_YEAR), binary);
    boot_uptime = clock_uptime_ns();
    boot_epoch = rtc_days_from_civil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
    log_info("rtc: %04ld-%02u-%02u %02u:%02u:%02u UTC", (long)year, month, day, hour, minute, second);
}

int64_t rtc_epoch_seconds(void)
{
    return boot_epoch + (int64_t)((clock_uptime_ns() - boot_uptime) / CLOCK_NS_PER_SECOND);
}

int64_t rtc_epoch_ns(void)
{
    // Whole seconds at boot, so this and rtc_epoch_seconds() agree exactly.
    return boot_epoch * (int64_t)CLOCK_NS_PER_SECOND + (int64_t)(clock_uptime_ns() - boot_uptime);
}

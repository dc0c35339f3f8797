#include "calendar.h"

#include <stddef.h>
#include <time.h>

// Where the text goes: bytes past max are counted but not stored, so a
// result that does not fit shows as length >= max at the end.
typedef struct
{
    char* dest;
    size_t max;
    size_t length;
} output_t;

static void put_char(output_t* out, char c)
{
    if (out->length < out->max)
    {
        out->dest[out->length] = c;
    }
    out->length++;
}

static void put_text(output_t* out, const char* text, size_t count)
{
    for (size_t i = 0; i < count && text[i] != '\0'; i++)
    {
        put_char(out, text[i]);
    }
}

// @p value in decimal, at least @p width characters (sign included),
// padded on the left with @p pad.
static void put_number(output_t* out, int64_t value, int width, char pad)
{
    char digits[24];
    int count = 0;
    uint64_t magnitude = value < 0 ? -(uint64_t)value : (uint64_t)value;
    do
    {
        digits[count++] = (char)('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (value < 0)
    {
        put_char(out, '-');
        width--;
    }
    for (int i = count; i < width; i++)
    {
        put_char(out, pad);
    }
    while (count > 0)
    {
        put_char(out, digits[--count]);
    }
}

// A day or month name, whole or its first three letters; '?' when the
// field is out of range.
static void put_name(output_t* out, const char (*names)[10], int count, int index, bool whole)
{
    if (index < 0 || index >= count)
    {
        put_char(out, '?');
        return;
    }
    put_text(out, names[index], whole ? sizeof(names[index]) : 3);
}

static void format_into(output_t* out, const char* format, const struct tm* tm);

static void put_iso_week(output_t* out, char conversion, const struct tm* tm)
{
    int64_t iso_year;
    int iso_week;
    _time_iso_week((int64_t)tm->tm_year + 1900, tm->tm_yday, tm->tm_wday, &iso_year, &iso_week);
    if (conversion == 'V')
    {
        put_number(out, iso_week, 2, '0');
    }
    else if (conversion == 'G')
    {
        put_number(out, iso_year, 1, '0');
    }
    else
    {
        put_number(out, iso_year % 100 < 0 ? -(iso_year % 100) : iso_year % 100, 2, '0');
    }
}

// One conversion; false if @p conversion is not one.
static bool convert(output_t* out, char conversion, const struct tm* tm)
{
    int64_t year = (int64_t)tm->tm_year + 1900;
    int wday = (int)_time_floor_mod(tm->tm_wday, 7);
    switch (conversion)
    {
    case 'a':
    case 'A':
        put_name(out, _time_weekday_names, 7, tm->tm_wday, conversion == 'A');
        return true;
    case 'b':
    case 'B':
    case 'h':
        put_name(out, _time_month_names, 12, tm->tm_mon, conversion == 'B');
        return true;
    case 'c':
        format_into(out, "%a %b %e %H:%M:%S %Y", tm);
        return true;
    case 'C':
        put_number(out, year / 100, 2, '0'); // truncated, as C17 says
        return true;
    case 'd':
    case 'e':
        put_number(out, tm->tm_mday, 2, conversion == 'd' ? '0' : ' ');
        return true;
    case 'D':
    case 'x':
        format_into(out, "%m/%d/%y", tm);
        return true;
    case 'F':
        format_into(out, "%Y-%m-%d", tm);
        return true;
    case 'g':
    case 'G':
    case 'V':
        put_iso_week(out, conversion, tm);
        return true;
    case 'H':
        put_number(out, tm->tm_hour, 2, '0');
        return true;
    case 'I':
        put_number(out, tm->tm_hour % 12 == 0 ? 12 : tm->tm_hour % 12, 2, '0');
        return true;
    case 'j':
        put_number(out, (int64_t)tm->tm_yday + 1, 3, '0');
        return true;
    case 'm':
        put_number(out, (int64_t)tm->tm_mon + 1, 2, '0');
        return true;
    case 'M':
        put_number(out, tm->tm_min, 2, '0');
        return true;
    case 'n':
        put_char(out, '\n');
        return true;
    case 'p':
        put_text(out, tm->tm_hour < 12 ? "AM" : "PM", 2);
        return true;
    case 'r':
        format_into(out, "%I:%M:%S %p", tm);
        return true;
    case 'R':
        format_into(out, "%H:%M", tm);
        return true;
    case 'S':
        put_number(out, tm->tm_sec, 2, '0');
        return true;
    case 't':
        put_char(out, '\t');
        return true;
    case 'T':
    case 'X':
        format_into(out, "%H:%M:%S", tm);
        return true;
    case 'u':
        put_number(out, wday == 0 ? 7 : wday, 1, '0');
        return true;
    case 'U':
        // The first Sunday starts week 1; the days before it are week 0.
        put_number(out, ((int64_t)tm->tm_yday + 7 - wday) / 7, 2, '0');
        return true;
    case 'w':
        put_number(out, wday, 1, '0');
        return true;
    case 'W':
        put_number(out, ((int64_t)tm->tm_yday + 7 - (wday + 6) % 7) / 7, 2, '0');
        return true;
    case 'y':
        put_number(out, year % 100 < 0 ? -(year % 100) : year % 100, 2, '0');
        return true;
    case 'Y':
        put_number(out, year, 1, '0');
        return true;
    case 'z':
    case 'Z':
        // Every time is UTC; a negative tm_isdst says the zone is unknown.
        if (tm->tm_isdst >= 0)
        {
            put_text(out, conversion == 'z' ? "+0000" : "UTC", 5);
        }
        return true;
    case '%':
        put_char(out, '%');
        return true;
    default:
        return false;
    }
}

static void format_into(output_t* out, const char* format, const struct tm* tm)
{
    for (const char* at = format; *at != '\0'; at++)
    {
        if (*at != '%')
        {
            put_char(out, *at);
            continue;
        }
        const char* start = at;
        // E and O ask for the locale's alternative forms: the C locale's
        // are the usual ones.
        if (at[1] == 'E' || at[1] == 'O')
        {
            at++;
        }
        if (at[1] == '\0')
        {
            put_text(out, start, (size_t)(at + 1 - start)); // a lone '%' at the end
            return;
        }
        at++;
        if (!convert(out, *at, tm))
        {
            put_text(out, start, (size_t)(at + 1 - start)); // not a conversion: copy it
        }
    }
}

size_t strftime(char* restrict dest, size_t max, const char* restrict format, const struct tm* restrict tm)
{
    output_t out = {dest, max, 0};
    format_into(&out, format, tm);
    if (out.length >= max)
    {
        if (max > 0)
        {
            dest[max - 1] = '\0';
        }
        return 0;
    }
    dest[out.length] = '\0';
    return out.length;
}

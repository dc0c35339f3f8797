// string.h: every function at alignments 0..15 and lengths 0..300, against
// guard bytes and glibc.
#include "host_test.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

#define MAX_LENGTH 300
#define ALIGNMENTS 16
// Room for a guard zone, an alignment, the longest string and another guard.
#define AREA 1024
#define BASE 64
#define GUARD 0xA5

static _Alignas(64) unsigned char area_a[AREA];
static _Alignas(64) unsigned char area_b[AREA];
static _Alignas(64) unsigned char expected[AREA];

// A string of exactly length bytes (no '\0', high bytes included) at p.
static void fill_string(unsigned char* p, size_t length)
{
    for (size_t i = 0; i < length; i++)
    {
        p[i] = (unsigned char)(1 + next_random() % 255);
    }
    p[length] = '\0';
}

// First index where area_a differs from expected, or -1.
static long first_difference(void)
{
    if (memcmp(area_a, expected, AREA) == 0)
    {
        return -1;
    }
    for (size_t i = 0; i < AREA; i++)
    {
        if (area_a[i] != expected[i])
        {
            return (long)i;
        }
    }
    return -1;
}

static void test_memcpy(void)
{
    for (size_t dst_align = 0; dst_align < ALIGNMENTS; dst_align++)
    {
        for (size_t src_align = 0; src_align < ALIGNMENTS; src_align++)
        {
            random_bytes(area_b, AREA);
            for (size_t length = 0; length <= MAX_LENGTH; length++)
            {
                memset(area_a, GUARD, AREA);
                unsigned char* dest = area_a + BASE + dst_align;
                const unsigned char* src = area_b + BASE + src_align;
                memcpy(expected, area_a, AREA);
                memcpy(expected + BASE + dst_align, src, length);
                void* result = pw_memcpy(dest, src, length);
                long at = first_difference();
                CHECK(result == dest, "memcpy returned %p, not dest %p", result, (void*)dest);
                CHECK(at < 0, "memcpy(dst+%zu, src+%zu, %zu): byte %ld wrong", dst_align, src_align, length, at);
            }
        }
    }
}

static void test_memmove(void)
{
    // Source and destination in one buffer, at every distance up to 33 in
    // either direction (overlapping both ways) and at non-overlapping ones.
    static const long far[] = {-301, -300, 300, 301};
    for (size_t align = 0; align < ALIGNMENTS; align++)
    {
        for (long delta = -33 - 4; delta <= 33; delta++)
        {
            long d = delta >= -33 ? delta : far[-delta - 34];
            unsigned char pattern[AREA];
            random_bytes(pattern, AREA);
            for (size_t length = 0; length <= MAX_LENGTH; length++)
            {
                memcpy(area_a, pattern, AREA);
                memcpy(expected, pattern, AREA);
                size_t src = 320 + align;
                size_t dest = (size_t)((long)src + d);
                memmove(expected + dest, expected + src, length);
                void* result = pw_memmove(area_a + dest, area_a + src, length);
                long at = first_difference();
                CHECK(result == area_a + dest, "memmove returned the wrong pointer");
                CHECK(at < 0, "memmove(src%+ld, src+%zu, %zu): byte %ld wrong", d, align, length, at);
            }
        }
    }
}

static void test_memset(void)
{
    // 0x1A5 and -1 check the conversion to unsigned char.
    static const int values[] = {0, 0x5A, 0x80, 0xFF, 0x1A5, -1};
    for (size_t align = 0; align < ALIGNMENTS; align++)
    {
        for (size_t length = 0; length <= MAX_LENGTH; length++)
        {
            for (size_t v = 0; v < sizeof(values) / sizeof(values[0]); v++)
            {
                memset(area_a, GUARD, AREA);
                memcpy(expected, area_a, AREA);
                memset(expected + BASE + align, values[v], length);
                void* result = pw_memset(area_a + BASE + align, values[v], length);
                long at = first_difference();
                CHECK(result == area_a + BASE + align, "memset returned the wrong pointer");
                CHECK(at < 0, "memset(+%zu, %#x, %zu): byte %ld wrong", align, values[v], length, at);
            }
        }
    }
}

static void test_memcmp(void)
{
    for (size_t align = 0; align < ALIGNMENTS; align++)
    {
        for (size_t length = 0; length <= MAX_LENGTH; length++)
        {
            unsigned char* a = area_a + BASE + align;
            unsigned char* b = area_b + BASE + (ALIGNMENTS - 1 - align);
            random_bytes(a, length + 1);
            memcpy(b, a, length);
            b[length] = (unsigned char)~a[length]; // beyond count: must not matter
            CHECK(pw_memcmp(a, b, length) == 0, "memcmp of equal %zu bytes is not 0", length);
            if (length == 0)
            {
                continue;
            }
            // One differing byte at the start, middle or end; 0x7F against
            // 0x80 fails if bytes are compared as signed char.
            size_t positions[] = {0, length / 2, length - 1};
            for (size_t p = 0; p < 3; p++)
            {
                size_t at = positions[p];
                unsigned char saved_a = a[at], saved_b = b[at];
                a[at] = 0x7F;
                b[at] = 0x80;
                CHECK(pw_memcmp(a, b, length) < 0, "memcmp: 0x7f vs 0x80 at %zu of %zu not < 0", at, length);
                CHECK(pw_memcmp(b, a, length) > 0, "memcmp: 0x80 vs 0x7f at %zu of %zu not > 0", at, length);
                CHECK(pw_memcmp(a, b, at) == 0, "memcmp stops too late: count %zu", at);
                a[at] = saved_a;
                b[at] = saved_b;
            }
        }
    }
}

static void test_memchr(void)
{
    for (size_t align = 0; align < ALIGNMENTS; align++)
    {
        for (size_t length = 0; length <= MAX_LENGTH; length++)
        {
            unsigned char* s = area_a + BASE + align;
            // 0xC8 is absent, except where placed; it sits right after the
            // range too, where memchr must not look.
            memset(area_a, 0x11, AREA);
            s[length] = 0xC8;
            CHECK(pw_memchr(s, 0xC8, length) == NULL, "memchr found a byte beyond count %zu", length);
            for (size_t at = 0; at < length; at++)
            {
                s[at] = 0xC8;
                // 0x1C8 and (signed char)0xC8 must match the same byte.
                void* found = pw_memchr(s, at % 2 ? 0x1C8 : (signed char)0xC8, length);
                CHECK(found == s + at, "memchr(+%zu, 0xc8, %zu) found %p, byte at %zu", align, length, found, at);
                s[at] = 0x11;
            }
        }
    }
}

static void test_strlen(void)
{
    for (size_t align = 0; align < ALIGNMENTS; align++)
    {
        for (size_t length = 0; length <= MAX_LENGTH; length++)
        {
            char* s = (char*)area_a + BASE + align;
            memset(area_a, 0x80, AREA);
            fill_string((unsigned char*)s, length);
            CHECK(pw_strlen(s) == length, "strlen(+%zu) = %zu, not %zu", align, pw_strlen(s), length);
            size_t limits[] = {0, length / 2, length, length + 1, SIZE_MAX};
            for (size_t i = 0; i < 5; i++)
            {
                size_t want = length < limits[i] ? length : limits[i];
                size_t got = pw_strnlen(s, limits[i]);
                CHECK(got == want, "strnlen(len %zu, max %zu) = %zu", length, limits[i], got);
            }
        }
    }
    // strnlen must not read past max: the array below has no terminator.
    char unterminated[4] = {'a', 'b', 'c', 'd'};
    CHECK(pw_strnlen(unterminated, 4) == 4, "strnlen of an unterminated array");
}

static void test_strcmp(void)
{
    static const char alphabet[] = "ab\x7f\x80\xff";
    char a[40], b[40];
    for (int i = 0; i < 200000; i++)
    {
        size_t la = random_below(8), lb = random_below(8);
        random_string(a, la, alphabet);
        random_string(b, lb, alphabet);
        CHECK(sign(pw_strcmp(a, b)) == sign(strcmp(a, b)), "strcmp(%s, %s) = %d", quote_str(a), quote_str(b),
            pw_strcmp(a, b));
        size_t n = random_below(10);
        CHECK(sign(pw_strncmp(a, b, n)) == sign(strncmp(a, b, n)), "strncmp(%s, %s, %zu) = %d", quote_str(a),
            quote_str(b), n, pw_strncmp(a, b, n));
    }
    // Long strings at every alignment, differing only in the last byte.
    for (size_t align = 0; align < ALIGNMENTS; align++)
    {
        for (size_t length = 1; length <= MAX_LENGTH; length++)
        {
            char* x = (char*)area_a + BASE + align;
            char* y = (char*)area_b + BASE + (align * 7) % ALIGNMENTS;
            fill_string((unsigned char*)x, length);
            memcpy(y, x, length + 1);
            CHECK(pw_strcmp(x, y) == 0, "strcmp of equal strings of length %zu", length);
            y[length - 1] = (char)((unsigned char)x[length - 1] ^ 0x80);
            CHECK(sign(pw_strcmp(x, y)) == sign(strcmp(x, y)), "strcmp, last of %zu bytes differs", length);
            CHECK(pw_strncmp(x, y, length - 1) == 0, "strncmp looks past count %zu", length - 1);
            CHECK(sign(pw_strncmp(x, y, length)) == sign(strncmp(x, y, length)), "strncmp length %zu", length);
        }
    }
}

static void test_strcpy(void)
{
    for (size_t dst_align = 0; dst_align < ALIGNMENTS; dst_align++)
    {
        for (size_t length = 0; length <= MAX_LENGTH; length++)
        {
            size_t src_align = (dst_align * 5 + length) % ALIGNMENTS;
            char* src = (char*)area_b + BASE + src_align;
            fill_string((unsigned char*)src, length);
            memset(area_a, GUARD, AREA);
            memcpy(expected, area_a, AREA);
            strcpy((char*)expected + BASE + dst_align, src);
            char* dest = (char*)area_a + BASE + dst_align;
            char* result = pw_strcpy(dest, src);
            long at = first_difference();
            CHECK(result == dest, "strcpy returned the wrong pointer");
            CHECK(at < 0, "strcpy(+%zu, +%zu) of %zu bytes: byte %ld wrong", dst_align, src_align, length, at);

            // strncpy: shorter than, equal to and longer than the source.
            size_t counts[] = {0, length / 2, length, length + 1, length + 40};
            for (size_t i = 0; i < 5; i++)
            {
                memset(area_a, GUARD, AREA);
                memcpy(expected, area_a, AREA);
                strncpy((char*)expected + BASE + dst_align, src, counts[i]);
                result = pw_strncpy(dest, src, counts[i]);
                at = first_difference();
                CHECK(result == dest, "strncpy returned the wrong pointer");
                CHECK(at < 0, "strncpy(+%zu, %zu bytes, count %zu): byte %ld wrong", dst_align, length, counts[i], at);
            }
        }
    }
}

static void test_strcat(void)
{
    for (size_t align = 0; align < ALIGNMENTS; align++)
    {
        for (size_t length = 0; length <= MAX_LENGTH; length++)
        {
            size_t prefix = random_below(40);
            char* src = (char*)area_b + BASE + (align + length) % ALIGNMENTS;
            fill_string((unsigned char*)src, length);
            memset(area_a, GUARD, AREA);
            fill_string(area_a + BASE + align, prefix);
            memcpy(expected, area_a, AREA);
            strcat((char*)expected + BASE + align, src);
            char* dest = (char*)area_a + BASE + align;
            char* result = pw_strcat(dest, src);
            long at = first_difference();
            CHECK(result == dest, "strcat returned the wrong pointer");
            CHECK(at < 0, "strcat(%zu bytes, %zu bytes): byte %ld wrong", prefix, length, at);

            size_t counts[] = {0, length / 2, length, length + 1, SIZE_MAX};
            for (size_t i = 0; i < 5; i++)
            {
                memset(area_a, GUARD, AREA);
                fill_string(area_a + BASE + align, prefix);
                memcpy(expected, area_a, AREA);
                strncat((char*)expected + BASE + align, src, counts[i]);
                result = pw_strncat(dest, src, counts[i]);
                at = first_difference();
                CHECK(result == dest, "strncat returned the wrong pointer");
                CHECK(at < 0, "strncat(%zu bytes, %zu bytes, count %zu): byte %ld wrong", prefix, length, counts[i],
                    at);
            }
        }
    }
    // strncat's source need not be terminated within count.
    char dest[8] = "ab";
    char unterminated[3] = {'x', 'y', 'z'};
    pw_strncat(dest, unterminated, 3);
    CHECK(strcmp(dest, "abxyz") == 0, "strncat of an unterminated array gave %s", quote_str(dest));
}

static long offset_of(const char* found, const char* base)
{
    return found == NULL ? -1 : (long)(found - base);
}

static void test_strchr(void)
{
    for (size_t align = 0; align < ALIGNMENTS; align++)
    {
        for (size_t length = 0; length <= MAX_LENGTH; length++)
        {
            char* s = (char*)area_a + BASE + align;
            random_string(s, length, "abc\x80\xc8\xff");
            // Includes 0 (the terminator), values only equal after the
            // conversion to char, and one that is absent.
            static const int values[] = {'a', 'c', 0, 0xC8, (signed char)0xC8, 0x100 + 'b', 'z', -1};
            for (size_t i = 0; i < sizeof(values) / sizeof(values[0]); i++)
            {
                int v = values[i];
                long want = offset_of(strchr(s, v), s), got = offset_of(pw_strchr(s, v), s);
                CHECK(got == want, "strchr(%s, %#x) at %ld, not %ld", quote_str(s), v, got, want);
                want = offset_of(strrchr(s, v), s);
                got = offset_of(pw_strrchr(s, v), s);
                CHECK(got == want, "strrchr(%s, %#x) at %ld, not %ld", quote_str(s), v, got, want);
            }
        }
    }
}

static void test_strstr(void)
{
    char haystack[MAX_LENGTH + 1], needle[16];
    for (int i = 0; i < 100000; i++)
    {
        random_string(haystack, random_below(i < 1000 ? MAX_LENGTH + 1 : 24), "aab");
        random_string(needle, random_below(6), "ab");
        long want = offset_of(strstr(haystack, needle), haystack);
        long got = offset_of(pw_strstr(haystack, needle), haystack);
        CHECK(got == want, "strstr(%s, %s) at %ld, not %ld", quote_str(haystack), quote_str(needle), got, want);
    }
    CHECK(pw_strstr("", "") != NULL && *pw_strstr("abc", "") == 'a', "strstr with an empty needle");
    CHECK(pw_strstr("ab", "abc") == NULL, "strstr found a needle longer than the haystack");
}

static void test_strspn(void)
{
    char str[64], set[8];
    for (int i = 0; i < 200000; i++)
    {
        random_string(str, random_below(20), "abcd\x80\xff");
        random_string(set, random_below(5), "abcd\x80\xff");
        CHECK(pw_strspn(str, set) == strspn(str, set), "strspn(%s, %s) = %zu", quote_str(str), quote_str(set),
            pw_strspn(str, set));
        CHECK(pw_strcspn(str, set) == strcspn(str, set), "strcspn(%s, %s) = %zu", quote_str(str), quote_str(set),
            pw_strcspn(str, set));
        long want = offset_of(strpbrk(str, set), str), got = offset_of(pw_strpbrk(str, set), str);
        CHECK(got == want, "strpbrk(%s, %s) at %ld, not %ld", quote_str(str), quote_str(set), got, want);
    }
}

// libstd's errno.h, as {name, value} lines generated by run.sh.
static const struct
{
    const char* name;
    int value;
} errno_list[] = {
#include "errno_list.h"
};
#define ERRNO_COUNT (sizeof(errno_list) / sizeof(errno_list[0]))

static bool is_listed_errno(int value)
{
    for (size_t i = 0; i < ERRNO_COUNT; i++)
    {
        if (errno_list[i].value == value)
        {
            return true;
        }
    }
    return false;
}

static void test_strerror(void)
{
    CHECK(ERRNO_COUNT >= 30, "only %zu error numbers found in errno.h", ERRNO_COUNT);
    for (size_t i = 0; i < ERRNO_COUNT; i++)
    {
        const char* message = pw_strerror(errno_list[i].value);
        CHECK(message != NULL && *message != '\0', "strerror(%s) is empty", errno_list[i].name);
        if (message == NULL)
        {
            continue;
        }
        CHECK(strcmp(message, "Unknown error") != 0, "strerror(%s) has no message", errno_list[i].name);
        CHECK(pw_strerror(errno_list[i].value) == message, "strerror(%s) is not one constant string",
            errno_list[i].name);
        for (size_t j = 0; j < i; j++)
        {
            const char* other = pw_strerror(errno_list[j].value);
            CHECK(other == NULL || strcmp(message, other) != 0, "%s and %s share the message %s", errno_list[i].name,
                errno_list[j].name, quote_str(message));
        }
    }
    static const int unknown[] = {-1, INT_MIN, INT_MAX, 4096, 1000000};
    for (size_t i = 0; i < sizeof(unknown) / sizeof(unknown[0]); i++)
    {
        const char* message = pw_strerror(unknown[i]);
        CHECK(message != NULL && strcmp(message, "Unknown error") == 0, "strerror(%d) = %s", unknown[i],
            quote_str(message));
    }
    for (int value = 1; value < 512; value++)
    {
        const char* message = pw_strerror(value);
        CHECK(is_listed_errno(value) || (message != NULL && strcmp(message, "Unknown error") == 0),
            "strerror(%d), not in errno.h, = %s", value, quote_str(message));
    }
}

void run_string_tests(void)
{
    run("memcpy", test_memcpy);
    run("memmove", test_memmove);
    run("memset", test_memset);
    run("memcmp", test_memcmp);
    run("memchr", test_memchr);
    run("strlen-strnlen", test_strlen);
    run("strcmp-strncmp", test_strcmp);
    run("strcpy-strncpy", test_strcpy);
    run("strcat-strncat", test_strcat);
    run("strchr-strrchr", test_strchr);
    run("strstr", test_strstr);
    run("strspn-strcspn-strpbrk", test_strspn);
    run("strerror", test_strerror);
}

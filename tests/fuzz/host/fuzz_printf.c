// libstd's printf family (libs/libstd/src/stdio/format.c and
// hosted/stdio) on fuzzed formats and arguments.
//
// The input is a format, a null byte, and a pool the arguments are drawn
// from. The harness reads the format as libstd's _format does, to know
// which argument each directive takes; a format it cannot feed (too many
// arguments, or fields so wide that the output would take seconds) is
// skipped. Then it checks that:
// - snprintf returns the length of what it writes, and ends it with '\0';
// - with a smaller buffer it writes the same text cut short and still
//   returns the full length; sprintf writes the same text;
// - -1 comes only from an unencodable wide character or a field that
//   makes the output longer than INT_MAX;
// - %n stores the count so far;
// - the formatter behind them (_format) hands out no more bytes than it
//   counts, never an empty piece, and when it fails it has not first
//   produced a field's worth of output (a width of 2^31 used to pad with
//   INT_MAX spaces, taking seconds, before it failed);
// - where C defines the result, glibc's snprintf prints the same.
//
// Arguments are passed the way the x86-64 System V ABI passes them: three
// integer-class values (in registers, each read as whatever type the
// directive names), eight doubles (in SSE registers) and two long doubles
// (on the stack). Within each class the order is the directives', so a
// format using at most that many of each reads exactly what it is given.
#include "fuzz.h"

#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

int pw_snprintf(char* buffer, size_t size, const char* format, ...);
int pw_sprintf(char* buffer, const char* format, ...);
int pw__format(void (*emit)(void* ctx, const char* text, size_t length), void* ctx, const char* format, va_list args);

FUZZ_FAIL_DEFINITION

#define MAX_GP 3
#define MAX_SSE 8
#define MAX_X87 2
#define MAX_BLOCKS 8
// Fields wider than this make slow inputs; fields of INT_MAX and more fail
// at once and are kept, as they test the overflow checks.
#define FIELD_SLOW_MIN 2000ULL
#define FIELD_FAST_MIN ((unsigned long long)INT_MAX + 1)

typedef struct
{
    const uint8_t* data;
    size_t size;
} pool_t;

typedef struct
{
    uint64_t gp[MAX_GP];
    double sse[MAX_SSE];
    long double x87[MAX_X87];
    size_t gp_count, sse_count, x87_count;
    void* blocks[MAX_BLOCKS]; // strings and %n slots, freed at the end
    size_t block_count;
    int64_t* counts[MAX_GP];  // the %n slots, to compare
    size_t count_sizes[MAX_GP];
    size_t count_count;
    bool comparable;          // glibc must print the same
    bool may_hold_null;       // %c of 0: strlen stops early
    bool has_wide;            // %lc %ls: may fail on a bad character
    unsigned long long widest; // the widest field
} args_t;

static uint64_t pool_take(pool_t* pool, size_t bytes)
{
    uint64_t value = 0;
    for (size_t i = 0; i < bytes && pool->size > 0; i++, pool->data++, pool->size--)
    {
        value |= (uint64_t)pool->data[0] << (8 * i);
    }
    return value;
}

static void* args_block(args_t* args, size_t size)
{
    if (args->block_count == MAX_BLOCKS)
    {
        return NULL;
    }
    void* block = calloc(1, size);
    args->blocks[args->block_count++] = block;
    return block;
}

// A string from the pool: a length byte, then that many bytes; exactly
// sized, so reading past its end is caught. 255 is NULL.
static const char* pool_string(pool_t* pool, args_t* args)
{
    size_t length = pool_take(pool, 1);
    if (length == 255)
    {
        return NULL;
    }
    length = length < pool->size ? length : pool->size;
    char* text = args_block(args, length + 1);
    if (text != NULL)
    {
        memcpy(text, pool->data, length);
        pool->data += length;
        pool->size -= length;
    }
    return text;
}

static const wchar_t* pool_wide_string(pool_t* pool, args_t* args)
{
    size_t length = pool_take(pool, 1) % 16;
    wchar_t* text = args_block(args, (length + 1) * sizeof(wchar_t));
    for (size_t i = 0; text != NULL && i < length; i++)
    {
        text[i] = (wchar_t)(pool_take(pool, 3) & 0x1FFFFF);
        if (text[i] == 0)
        {
            text[i] = L'x';
        }
    }
    return text;
}

static bool add_gp(args_t* args, uint64_t value)
{
    if (args->gp_count == MAX_GP)
    {
        return false;
    }
    args->gp[args->gp_count++] = value;
    return true;
}

// A '*' argument: small, or INT_MIN (a width too wide, or no precision).
static bool add_star(args_t* args, pool_t* pool)
{
    uint64_t raw = pool_take(pool, 3);
    int value = raw & 0x10000 ? INT_MIN : (int16_t)raw;
    unsigned long long magnitude = value < 0 ? -(unsigned long long)value : (unsigned long long)value;
    args->widest = magnitude > args->widest ? magnitude : args->widest;
    args->comparable = args->comparable && value != INT_MIN;
    return add_gp(args, (uint64_t)(int64_t)value);
}

// A number in the format, as format.c reads it (saturating).
static unsigned long long take_number(const char** p)
{
    unsigned long long value = 0;
    for (; **p >= '0' && **p <= '9'; (*p)++)
    {
        value = value > FIELD_FAST_MIN ? value : value * 10 + (unsigned long long)(**p - '0');
    }
    return value;
}

static bool field_ok(args_t* args, unsigned long long value)
{
    args->widest = value > args->widest ? value : args->widest;
    // Past INT_MAX, C's limits are gone and glibc fails where libstd need not.
    args->comparable = args->comparable && value < FIELD_SLOW_MIN;
    return value < FIELD_SLOW_MIN || value >= FIELD_FAST_MIN;
}

typedef struct
{
    bool left, plus, space, alternate, zero, width, precision;
    char length[3];
    char conversion;
} spec_t;

// Whether C17 7.21.6.1 defines @p spec's output (so glibc's must match).
static bool spec_defined(const spec_t* s)
{
    char c = s->conversion;
    bool integer = strchr("diouxX", c) != NULL;
    bool floating = strchr("fFeEgGaA", c) != NULL;
    bool no_length = s->length[0] == '\0';
    if (c == '\0' || strchr("diouxXcspnfFeEgGaA%", c) == NULL)
    {
        return false;
    }
    if (c == '%')
    {
        return !s->left && !s->plus && !s->space && !s->alternate && !s->zero && !s->width && !s->precision &&
               no_length;
    }
    if (s->alternate && !(strchr("oxX", c) != NULL || floating))
    {
        return false;
    }
    if (s->zero && !(integer || floating))
    {
        return false;
    }
    if (s->precision && strchr("cpn", c) != NULL)
    {
        return false;
    }
    if (c == 'n' && (s->left || s->plus || s->space || s->width))
    {
        return false;
    }
    if (c == 'p' && (s->plus || s->space))
    {
        return false;
    }
    if (strcmp(s->length, "L") == 0)
    {
        // glibc's %La picks its first digit for long double's 64 bits.
        return floating && c != 'a' && c != 'A';
    }
    if (floating)
    {
        return no_length || strcmp(s->length, "l") == 0;
    }
    // %lc and %ls depend on glibc's locale; hh... with c s p are undefined.
    return no_length || integer || c == 'n';
}

// Read one directive (after its '%') as format.c's parse_directive and
// convert do, adding the arguments it takes. False: skip this input.
static bool take_directive(const char** format, args_t* args, pool_t* pool)
{
    const char* p = *format;
    spec_t s = {0};
    for (;; p++)
    {
        if (*p == '-')
            s.left = true;
        else if (*p == '+')
            s.plus = true;
        else if (*p == ' ')
            s.space = true;
        else if (*p == '#')
            s.alternate = true;
        else if (*p == '0')
            s.zero = true;
        else
            break;
    }
    if (*p == '*')
    {
        p++;
        s.width = true;
        if (!add_star(args, pool))
            return false;
    }
    else if (*p >= '1' && *p <= '9')
    {
        s.width = true;
        if (!field_ok(args, take_number(&p)))
            return false;
    }
    if (*p == '.')
    {
        p++;
        s.precision = true;
        if (*p == '*')
        {
            p++;
            if (!add_star(args, pool))
                return false;
        }
        else if (!field_ok(args, take_number(&p)))
        {
            return false;
        }
    }
    size_t length = strchr("hljztL", *p) != NULL && *p != '\0' ? 1 : 0;
    length += length == 1 && (*p == 'h' || *p == 'l') && p[1] == *p;
    memcpy(s.length, p, length);
    p += length;
    s.conversion = *p;
    *format = *p != '\0' ? p + 1 : p;
    args->comparable = args->comparable && spec_defined(&s);

    char c = s.conversion;
    bool big_l = strcmp(s.length, "L") == 0;
    bool l = strcmp(s.length, "l") == 0;
    if (c != '\0' && strchr("fFeEgGaA", c) != NULL)
    {
        uint64_t bits = pool_take(pool, 8);
        double value;
        memcpy(&value, &bits, sizeof(value));
        if (big_l)
        {
            // libstd's %Lf works in double (docs/posix.md): give it doubles.
            if (args->x87_count == MAX_X87)
                return false;
            args->x87[args->x87_count++] = value;
        }
        else
        {
            if (args->sse_count == MAX_SSE)
                return false;
            args->sse[args->sse_count++] = value;
        }
        return true;
    }
    if (big_l || c == '\0' || strchr("diouxXcspn", c) == NULL)
    {
        return true; // copied to the output; takes nothing
    }
    if (c == 's')
    {
        const void* text = l ? (const void*)pool_wide_string(pool, args) : (const void*)pool_string(pool, args);
        args->has_wide |= l;
        args->comparable = args->comparable && text != NULL;
        return add_gp(args, (uint64_t)(uintptr_t)text);
    }
    if (c == 'n')
    {
        if (args->count_count == MAX_GP)
            return false;
        static const struct
        {
            const char* length;
            size_t size;
        } sizes[] = {{"hh", 1}, {"h", 2}, {"", 4}, {"l", 8}, {"ll", 8}, {"j", 8}, {"z", 8}, {"t", 8}};
        size_t size = 8;
        for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++)
        {
            size = strcmp(sizes[i].length, s.length) == 0 ? sizes[i].size : size;
        }
        int64_t* slot = args_block(args, size);
        if (slot == NULL)
            return false;
        args->counts[args->count_count] = slot;
        args->count_sizes[args->count_count++] = size;
        return add_gp(args, (uint64_t)(uintptr_t)slot);
    }
    uint64_t value = pool_take(pool, 8);
    if (c == 'c')
    {
        args->has_wide |= l;
        // A wide character: mostly Unicode, sometimes not.
        value = l ? value & 0x1FFFFF : value;
        args->may_hold_null |= (l ? value : (unsigned char)value) == 0;
    }
    return add_gp(args, value);
}

// Run @p format on both sides (or either) with the arguments.
#define PW_CALL(buffer, size, format, a)                                                                         \
    pw_snprintf(buffer, size, format, a->gp[0], a->gp[1], a->gp[2], a->sse[0], a->sse[1], a->sse[2], a->sse[3], \
        a->sse[4], a->sse[5], a->sse[6], a->sse[7], a->x87[0], a->x87[1])
#define HOST_CALL(buffer, size, format, a)                                                                    \
    snprintf(buffer, size, format, a->gp[0], a->gp[1], a->gp[2], a->sse[0], a->sse[1], a->sse[2], a->sse[3], \
        a->sse[4], a->sse[5], a->sse[6], a->sse[7], a->x87[0], a->x87[1])

static void count_emit(void* ctx, const char* text, size_t length)
{
    (void)text;
    FUZZ_CHECK(length > 0, "_format emitted an empty piece");
    *(size_t*)ctx += length;
}

static int emit_call(size_t* emitted, const char* format, ...)
{
    va_list args;
    va_start(args, format);
    int result = pw__format(count_emit, emitted, format, args);
    va_end(args);
    return result;
}

// The %n slots as they are now, to compare between calls.
static void read_counts(const args_t* args, int64_t* values)
{
    for (size_t i = 0; i < args->count_count; i++)
    {
        values[i] = 0;
        memcpy(&values[i], args->counts[i], args->count_sizes[i]);
        memset(args->counts[i], 0, args->count_sizes[i]);
    }
}

static void check(const char* format, args_t* a, size_t cut)
{
    int64_t counts[MAX_GP], again[MAX_GP];
    size_t emitted = 0;
    int n = emit_call(&emitted, format, a->gp[0], a->gp[1], a->gp[2], a->sse[0], a->sse[1], a->sse[2], a->sse[3],
        a->sse[4], a->sse[5], a->sse[6], a->sse[7], a->x87[0], a->x87[1]);
    read_counts(a, counts);
    FUZZ_CHECK(n < 0 || emitted == (size_t)n, "_format's count is not what it emitted");
    FUZZ_CHECK(n >= 0 || emitted < (1 << 20), "_format produced a huge field before failing");
    FUZZ_CHECK(PW_CALL(NULL, 0, format, a) == n, "snprintf and _format differ");
    read_counts(a, again);
    if (n < 0)
    {
        FUZZ_CHECK(n == -1, "snprintf returned a negative value other than -1");
        FUZZ_CHECK(a->has_wide || a->widest >= (1ULL << 26), "snprintf failed without a reason");
        return;
    }
    if (n > (1 << 16))
    {
        return;
    }
    char* full = malloc((size_t)n + 1);
    FUZZ_CHECK(PW_CALL(full, (size_t)n + 1, format, a) == n, "snprintf's length changed with a buffer");
    FUZZ_CHECK(full[n] == '\0', "snprintf did not end its output with a null byte");
    FUZZ_CHECK(a->may_hold_null || strlen(full) == (size_t)n, "snprintf's length is not the output's");
    read_counts(a, again);
    FUZZ_CHECK(memcmp(counts, again, a->count_count * sizeof(int64_t)) == 0, "%n stored different counts");

    // A cut: the first cut-1 bytes and a null byte, and the whole length.
    cut %= (size_t)n + 1;
    char* part = malloc(cut + 1);
    part[cut] = 'X';
    FUZZ_CHECK(PW_CALL(part, cut, format, a) == n, "a truncated snprintf returned another length");
    FUZZ_CHECK(part[cut] == 'X', "snprintf wrote past its buffer");
    FUZZ_CHECK(cut == 0 || (memcmp(part, full, cut - 1) == 0 && part[cut - 1] == '\0'),
        "truncated output is not a prefix of the full one");
    read_counts(a, again);
    FUZZ_CHECK(memcmp(counts, again, a->count_count * sizeof(int64_t)) == 0, "%n depends on the buffer size");

    char* other = malloc((size_t)n + 1);
    FUZZ_CHECK(pw_sprintf(other, format, a->gp[0], a->gp[1], a->gp[2], a->sse[0], a->sse[1], a->sse[2], a->sse[3],
                   a->sse[4], a->sse[5], a->sse[6], a->sse[7], a->x87[0], a->x87[1]) == n &&
                   memcmp(other, full, (size_t)n + 1) == 0,
        "sprintf and snprintf differ");
    read_counts(a, again);

    if (a->comparable)
    {
        char* host = malloc((size_t)n + 1);
        int host_n = HOST_CALL(host, (size_t)n + 1, format, a);
        read_counts(a, again);
        if (host_n != n || memcmp(host, full, (size_t)n + 1) != 0 ||
            memcmp(counts, again, a->count_count * sizeof(int64_t)) != 0)
        {
            fprintf(stderr, "format \"%s\": libstd %d \"%s\", glibc %d \"%.*s\"\n", format, n, full, host_n,
                host_n > 0 ? host_n : 0, host);
            fuzz_fail("libstd and glibc print differently");
        }
        free(host);
    }
    free(other);
    free(part);
    free(full);
}

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const uint8_t* nul = memchr(data, 0, size);
    size_t format_length = nul != NULL ? (size_t)(nul - data) : size;
    char* format = malloc(format_length + 1);
    memcpy(format, data, format_length);
    format[format_length] = '\0';
    pool_t pool = {data + format_length + (nul != NULL), size - format_length - (nul != NULL)};
    size_t cut = pool_take(&pool, 2);

    args_t args = {.comparable = true};
    bool usable = true;
    for (const char* p = format; *p != '\0' && usable;)
    {
        if (*p++ == '%')
        {
            usable = take_directive(&p, &args, &pool);
        }
    }
    if (usable)
    {
        check(format, &args, cut);
    }
    for (size_t i = 0; i < args.block_count; i++)
    {
        free(args.blocks[i]);
    }
    free(format);
    return 0;
}

// libstd's sscanf (libs/libstd/src/stdio/scan*.c, hosted/stdio/scan_float.c)
// on fuzzed formats and input.
//
// The input is a format, a null byte, and the text to scan. The harness
// reads the format as scan.c does and gives each directive that assigns
// a block of exactly the size C says it may fill (AddressSanitizer catches
// a byte more), then checks that:
// - the result is EOF or at most the number of assigning directives;
// - a %s or %[ result is terminated within its width, and %s holds no
//   white space; %n stores no more than the input's length;
// - no more arguments were used than the format names: four spare
//   pointers follow, to a block that must stay untouched.
// All arguments are pointers, which the x86-64 ABI passes one after the
// other whatever their count, so the call always passes them all.
#include "fuzz.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

int pw_sscanf(const char* text, const char* format, ...);

FUZZ_FAIL_DEFINITION

#define MAX_ARGS 12
#define SPARE 4
#define SPARE_SIZE 64

typedef enum
{
    KIND_OTHER,   // an integer or floating-point object
    KIND_CHARS,   // %c: exactly width characters, no terminator
    KIND_STRING,  // %s %[: a terminated string of at most width characters
    KIND_COUNT,   // %n
} kind_t;

typedef struct
{
    void* block;
    size_t size;
    kind_t kind;
    bool wide;
    size_t width;
    char conversion;
} arg_t;

typedef struct
{
    arg_t args[MAX_ARGS];
    size_t count;
    size_t text_length;
} plan_t;

// Integer and floating-point objects by length modifier, as scan_store.c
// and scan_float.c store them.
static size_t object_size(char conversion, const char* length)
{
    if (conversion == 'p')
    {
        return sizeof(void*);
    }
    bool floating = strchr("fFeEgGaA", conversion) != NULL;
    if (floating)
    {
        return strcmp(length, "l") == 0 ? sizeof(double) : strcmp(length, "L") == 0 ? sizeof(long double)
                                                                                      : sizeof(float);
    }
    if (strcmp(length, "hh") == 0)
        return 1;
    if (strcmp(length, "h") == 0)
        return 2;
    if (length[0] == '\0')
        return 4;
    return 8;
}

static bool plan_add(plan_t* plan, arg_t arg)
{
    if (plan->count == MAX_ARGS)
    {
        return false;
    }
    arg.block = calloc(1, arg.size != 0 ? arg.size : 1);
    plan->args[plan->count++] = arg;
    return true;
}

// One directive after its '%', as scan.c's parse_directive reads it.
// Returns false when the format names too many arguments.
static bool plan_directive(const char** format, plan_t* plan)
{
    const char* p = *format;
    bool suppress = *p == '*';
    p += suppress;
    size_t width = 0;
    for (; isdigit((unsigned char)*p); p++)
    {
        width = width < SIZE_MAX / 10 ? width * 10 + (size_t)(*p - '0') : SIZE_MAX;
    }
    width = width != 0 ? width : SIZE_MAX;
    char length[3] = {0};
    size_t length_size = *p != '\0' && strchr("hljztL", *p) != NULL ? 1 : 0;
    length_size += length_size == 1 && (*p == 'h' || *p == 'l') && p[1] == *p;
    memcpy(length, p, length_size);
    p += length_size;
    char conversion = *p;
    if (*p != '\0')
    {
        p++;
    }
    if (conversion == '[')
    {
        p += *p == '^';
        p += *p == ']';
        while (*p != '\0' && *p != ']')
        {
            p++;
        }
        if (*p == '\0')
        {
            conversion = '\0'; // malformed: scanning stops here
        }
        else
        {
            p++;
        }
    }
    *format = p;
    if (suppress || conversion == '\0' || strchr("diouxXpnfFeEgGaAcs[", conversion) == NULL)
    {
        return true;
    }
    bool wide = strcmp(length, "l") == 0;
    size_t unit = wide ? sizeof(wchar_t) : 1;
    // The input's length bounds what a text directive can store.
    size_t most = width < plan->text_length ? width : plan->text_length;
    arg_t arg = {.width = width, .wide = wide, .conversion = conversion};
    if (conversion == 'c')
    {
        size_t count = width == SIZE_MAX ? 1 : most;
        arg = (arg_t){.size = (count != 0 ? count : 1) * unit, .kind = KIND_CHARS, .wide = wide, .width = width};
    }
    else if (conversion == 's' || conversion == '[')
    {
        arg.size = (most + 1) * unit;
        arg.kind = KIND_STRING;
    }
    else if (conversion == 'n')
    {
        arg.size = object_size('d', length);
        arg.kind = KIND_COUNT;
    }
    else
    {
        arg.size = object_size(conversion, length);
        arg.kind = KIND_OTHER;
    }
    return plan_add(plan, arg);
}

static void check_results(const plan_t* plan, int result)
{
    int assigned = 0;
    for (size_t i = 0; i < plan->count; i++)
    {
        assigned += plan->args[i].kind != KIND_COUNT;
    }
    FUZZ_CHECK(result >= -1 && result <= assigned, "sscanf returned more than it could assign");
    // Which blocks hold results: the first `result` assigning ones (and
    // any %n among them; a %n after them may or may not have run).
    int seen = 0;
    for (size_t i = 0; i < plan->count && seen < result; i++)
    {
        const arg_t* arg = &plan->args[i];
        if (arg->kind == KIND_COUNT)
        {
            long long value = 0;
            memcpy(&value, arg->block, arg->size);
            FUZZ_CHECK(arg->size < 4 || (value >= 0 && (size_t)value <= plan->text_length),
                "%n counted more than the input");
            continue;
        }
        seen++;
        if (arg->kind != KIND_STRING)
        {
            continue;
        }
        if (arg->wide)
        {
            const wchar_t* text = arg->block;
            size_t n = wcsnlen(text, arg->size / sizeof(wchar_t));
            FUZZ_CHECK(n < arg->size / sizeof(wchar_t) && n <= arg->width && n > 0, "bad %ls or %l[ result");
        }
        else
        {
            const char* text = arg->block;
            size_t n = strnlen(text, arg->size);
            FUZZ_CHECK(n < arg->size && n <= arg->width && n > 0, "a %s or %[ result is not terminated within its width");
            for (size_t j = 0; arg->conversion == 's' && j < n; j++)
            {
                FUZZ_CHECK(!isspace((unsigned char)text[j]), "a %s result holds white space");
            }
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const uint8_t* nul = memchr(data, 0, size);
    size_t format_length = nul != NULL ? (size_t)(nul - data) : size;
    char* format = malloc(format_length + 1);
    memcpy(format, data, format_length);
    format[format_length] = '\0';
    size_t text_length = nul != NULL ? size - format_length - 1 : 0;
    char* text = malloc(text_length + 1);
    memcpy(text, data + format_length + (nul != NULL), text_length);
    text[text_length] = '\0';

    plan_t plan = {.text_length = strlen(text)};
    bool usable = true;
    for (const char* p = format; *p != '\0' && usable;)
    {
        if (*p++ == '%')
        {
            usable = plan_directive(&p, &plan);
        }
    }
    if (usable)
    {
        unsigned char spare[SPARE_SIZE];
        memset(spare, 0xA5, sizeof(spare));
        void* a[MAX_ARGS + SPARE];
        for (size_t i = 0; i < MAX_ARGS + SPARE; i++)
        {
            a[i] = i < plan.count ? plan.args[i].block : spare;
        }
        int result = pw_sscanf(text, format, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10],
            a[11], a[12], a[13], a[14], a[15]);
        for (size_t i = 0; i < sizeof(spare); i++)
        {
            FUZZ_CHECK(spare[i] == 0xA5, "sscanf used more arguments than its format names");
        }
        check_results(&plan, result);
    }
    for (size_t i = 0; i < plan.count; i++)
    {
        free(plan.args[i].block);
    }
    free(text);
    free(format);
    return 0;
}

// ctype.h: every value from EOF to 255 against glibc's "C" locale (the
// host program never calls setlocale, so it stays in "C").
#include "host_test.h"

#include <ctype.h>
#include <stdio.h>

static const struct
{
    const char* name;
    int (*ours)(int);
    int (*host)(int);
} predicates[] = {
    {"isalnum", pw_isalnum, isalnum},
    {"isalpha", pw_isalpha, isalpha},
    {"isblank", pw_isblank, isblank},
    {"iscntrl", pw_iscntrl, iscntrl},
    {"isdigit", pw_isdigit, isdigit},
    {"isgraph", pw_isgraph, isgraph},
    {"islower", pw_islower, islower},
    {"isprint", pw_isprint, isprint},
    {"ispunct", pw_ispunct, ispunct},
    {"isspace", pw_isspace, isspace},
    {"isupper", pw_isupper, isupper},
    {"isxdigit", pw_isxdigit, isxdigit},
};

static void test_classes(void)
{
    for (size_t i = 0; i < sizeof(predicates) / sizeof(predicates[0]); i++)
    {
        for (int c = EOF; c <= 255; c++)
        {
            bool ours = predicates[i].ours(c) != 0;
            bool host = predicates[i].host(c) != 0;
            CHECK(ours == host, "%s(%d) is %s", predicates[i].name, c, ours ? "true" : "false");
        }
    }
}

static void test_case(void)
{
    for (int c = EOF; c <= 255; c++)
    {
        CHECK(pw_tolower(c) == tolower(c), "tolower(%d) = %d, not %d", c, pw_tolower(c), tolower(c));
        CHECK(pw_toupper(c) == toupper(c), "toupper(%d) = %d, not %d", c, pw_toupper(c), toupper(c));
    }
}

void run_ctype_tests(void)
{
    run("ctype-classes", test_classes);
    run("ctype-tolower-toupper", test_case);
}

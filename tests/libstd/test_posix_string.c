// strings.h's strcasecmp/strncasecmp against glibc in the "C" locale (the
// test never calls setlocale), and string.h's strdup/strndup.
#include "host_test.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static void test_strcasecmp_fixed(void)
{
    static const struct
    {
        const char* a;
        const char* b;
        int expected;
    } cases[] = {
        {"", "", 0}, {"abc", "ABC", 0}, {"HeLLo", "hEllO", 0}, {"abc", "abd", -1}, {"ABD", "abc", 1},
        {"ab", "abc", -1}, {"abc", "AB", 1}, {"", "a", -1}, {"[", "a", -1}, // '[' is 0x5B: after 'A'..'Z', before 'a'
        {"Z", "[", 1}, {"\xC4", "\xE4", -1}, // no folding beyond ASCII
        {"\x80", "a", 1},                    // bytes compare unsigned
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
    {
        int got = pw_strcasecmp(cases[i].a, cases[i].b);
        CHECK(sign(got) == cases[i].expected, "strcasecmp(%s, %s) = %d, expected sign %d", quote_str(cases[i].a),
            quote_str(cases[i].b), got, cases[i].expected);
    }
    CHECK(pw_strncasecmp("abcX", "ABCy", 3) == 0, "strncasecmp stops at count");
    CHECK(pw_strncasecmp("abcX", "ABCy", 4) < 0, "strncasecmp compares the 4th byte");
    CHECK(pw_strncasecmp("a", "b", 0) == 0, "strncasecmp with count 0");
    CHECK(pw_strncasecmp("ab", "AB\0x", 10) == 0, "strncasecmp stops at the terminator");
    CHECK(pw_strncasecmp("ab", "abc", 10) < 0, "strncasecmp of a prefix");
}

// Random strings over letters of both cases and a few neighbours of them,
// compared with glibc's result (its sign).
static void test_strcasecmp_random(void)
{
    char a[40], b[40];
    for (int i = 0; i < 20000; i++)
    {
        random_string(a, random_below(8), "aAbB@[`{zZ\x80\xff");
        random_string(b, random_below(8), "aAbB@[`{zZ\x80\xff");
        size_t count = random_below(10);
        CHECK(sign(pw_strcasecmp(a, b)) == sign(strcasecmp(a, b)), "strcasecmp(%s, %s) = %d, glibc %d", quote_str(a),
            quote_str(b), pw_strcasecmp(a, b), strcasecmp(a, b));
        CHECK(sign(pw_strncasecmp(a, b, count)) == sign(strncasecmp(a, b, count)),
            "strncasecmp(%s, %s, %zu) = %d, glibc %d", quote_str(a), quote_str(b), count,
            pw_strncasecmp(a, b, count), strncasecmp(a, b, count));
    }
}

static void test_strdup(void)
{
    const char* texts[] = {"", "a", "hello, world", "\xff\x01"};
    for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
    {
        char* copy = pw_strdup(texts[i]);
        CHECK(copy != NULL && copy != texts[i] && strcmp(copy, texts[i]) == 0, "strdup(%s) = %s", quote_str(texts[i]),
            quote_str(copy));
        free(copy);
    }
    // strndup: shorter, equal and longer limits; an unterminated source.
    char* copy = pw_strndup("abcdef", 3);
    CHECK(copy != NULL && strcmp(copy, "abc") == 0, "strndup(abcdef, 3) = %s", quote_str(copy));
    free(copy);
    copy = pw_strndup("abc", 100);
    CHECK(copy != NULL && strcmp(copy, "abc") == 0, "strndup(abc, 100) = %s", quote_str(copy));
    free(copy);
    copy = pw_strndup("abc", 0);
    CHECK(copy != NULL && strcmp(copy, "") == 0, "strndup(abc, 0) = %s", quote_str(copy));
    free(copy);
    const char unterminated[4] = {'w', 'x', 'y', 'z'};
    copy = pw_strndup(unterminated, 4);
    CHECK(copy != NULL && strcmp(copy, "wxyz") == 0, "strndup of 4 unterminated bytes = %s", quote_str(copy));
    free(copy);
    // Out of memory: NULL and ENOMEM.
    PW_ERRNO = 0;
    fail_next_malloc();
    copy = pw_strdup("abc");
    CHECK(copy == NULL && PW_ERRNO == ENOMEM, "strdup without memory: %s, errno %d", quote_str(copy), PW_ERRNO);
    PW_ERRNO = 0;
    fail_next_malloc();
    copy = pw_strndup("abc", 2);
    CHECK(copy == NULL && PW_ERRNO == ENOMEM, "strndup without memory: %s, errno %d", quote_str(copy), PW_ERRNO);
}


// errno.h: every name ports commonly expect is defined (errno_list.h is
// made from libstd's errno.h by run.sh), with the number glibc gives it on
// Linux, whose numbers libstd uses.
static const struct
{
    const char* name;
    int value;
} libstd_errnos[] = {
#include "errno_list.h"
};

static void test_errno_names(void)
{
    static const struct
    {
        const char* name;
        int glibc_value;
    } expected[] = {
#define NAME(e) {#e, e}
        NAME(EINPROGRESS), NAME(ECONNRESET), NAME(ELOOP), NAME(ENOTSUP), NAME(EALREADY), NAME(ECONNREFUSED),
        NAME(ENOTCONN), NAME(ETIMEDOUT), NAME(EADDRINUSE), NAME(EADDRNOTAVAIL), NAME(ENETUNREACH),
        NAME(EHOSTUNREACH), NAME(EAGAIN), NAME(EPROTONOSUPPORT), NAME(EAFNOSUPPORT), NAME(EMSGSIZE), NAME(ENOBUFS),
        NAME(ESPIPE), NAME(EROFS), NAME(EMLINK), NAME(EXDEV), NAME(ENOTEMPTY), NAME(ENAMETOOLONG), NAME(ENOSYS),
        NAME(EOVERFLOW), NAME(ECANCELED), NAME(EIDRM), NAME(ENOMSG), NAME(EBADMSG), NAME(EPROTO), NAME(ETXTBSY),
        NAME(EFBIG), NAME(EDEADLK), NAME(ENOLCK), NAME(EDQUOT), NAME(ESTALE), NAME(ENOTSOCK), NAME(EDESTADDRREQ),
        NAME(EPROTOTYPE), NAME(ENOPROTOOPT), NAME(EISCONN), NAME(ECONNABORTED), NAME(ENETDOWN), NAME(ENETRESET),
        NAME(ESHUTDOWN), NAME(EHOSTDOWN), NAME(ENODATA), NAME(ETIME), NAME(EOWNERDEAD), NAME(ENOTRECOVERABLE),
        NAME(EILSEQ), NAME(EPIPE), NAME(ENOTTY), NAME(EINTR),
#undef NAME
    };
    for (size_t i = 0; i < sizeof(expected) / sizeof(expected[0]); i++)
    {
        size_t j = 0;
        while (j < sizeof(libstd_errnos) / sizeof(libstd_errnos[0]) &&
               strcmp(libstd_errnos[j].name, expected[i].name) != 0)
        {
            j++;
        }
        if (j == sizeof(libstd_errnos) / sizeof(libstd_errnos[0]))
        {
            fail("errno.h lacks %s", expected[i].name);
            continue;
        }
        CHECK(libstd_errnos[j].value == expected[i].glibc_value, "%s is %d, Linux's is %d", expected[i].name,
            libstd_errnos[j].value, expected[i].glibc_value);
        CHECK(strcmp(pw_strerror(libstd_errnos[j].value), "Unknown error") != 0, "strerror(%s) is unknown",
            expected[i].name);
    }
}

void run_posix_string_tests(void)
{
    run("strcasecmp-fixed", test_strcasecmp_fixed);
    run("strcasecmp-random", test_strcasecmp_random);
    run("strdup", test_strdup);
    run("errno-posix-names", test_errno_names);
}

// config.h's parser and getters on the host (tests/host/widgets/run.sh).
#include "../host_check.h"

#include <patchwork/config.h>

#include <string.h>

static pw_config_status_t parse(pw_config_t* config, const char* text)
{
    return pw_config_parse(config, text, strlen(text));
}

static void test_good_file(void)
{
    pw_config_t c;
    const char* text = "# a comment\n"
                       "top = level\n"
                       "\n"
                       "  [window]  \n"
                       "x = 120\n"
                       "\ty\t=\t-7  \n"
                       "title = a = b # not a comment\n"
                       "empty =\n"
                       "[colors]\r\n"
                       "accent = #3A78c8\r\n"
                       "half = #ff000080\n"
                       "on = Yes\n"
                       "off = 0";
    expect(parse(&c, text) == PW_CONFIG_OK, "status, error '%s'", c.error);
    expect(c.count == 9, "%zu entries", c.count);
    const char* s = NULL;
    expect(pw_config_string(&c, "", "top", &s) && strcmp(s, "level") == 0, "top-level key");
    int64_t x = 0, y = 0;
    expect(pw_config_int(&c, "window", "x", 0, 1000, &x) && x == 120, "x %lld", (long long)x);
    expect(pw_config_int(&c, "window", "y", -10, 10, &y) && y == -7, "y %lld", (long long)y);
    expect(strcmp(pw_config_get(&c, "window", "title"), "a = b # not a comment") == 0, "value with = and #: '%s'",
           pw_config_get(&c, "window", "title"));
    expect(strcmp(pw_config_get(&c, "window", "empty"), "") == 0, "empty value");
    uint32_t color = 0;
    expect(pw_config_color(&c, "colors", "accent", &color) && color == 0xFF3A78C8u, "accent %#x", color);
    expect(pw_config_color(&c, "colors", "half", &color) && color == 0x80800000u, "premultiplied %#x", color);
    bool on = false, off = true;
    expect(pw_config_bool(&c, "colors", "on", &on) && on, "Yes");
    expect(pw_config_bool(&c, "colors", "off", &off) && !off, "0");
    expect(pw_config_get(&c, "window", "accent") == NULL && pw_config_get(&c, "nowhere", "x") == NULL, "wrong section");
    int64_t kept = 99;
    expect(!pw_config_int(&c, "window", "missing", 0, 10, &kept) && kept == 99, "a missing key changed the default");
    expect(c.error[0] == '\0', "an error without a bad value: %s", c.error);
    pw_config_free(&c);
    report("config/good-file");
}

typedef struct
{
    const char* text;
    unsigned line;
    const char* reason;
} bad_t;

static void test_bad_lines(void)
{
    char long_line[400];
    memset(long_line, 'v', sizeof(long_line));
    memcpy(long_line, "[s]\nk = ", 8);
    long_line[8 + PW_CONFIG_LINE_MAX] = '\0'; // the value line is 255 - 4 + ... too long
    char exact[300];
    snprintf(exact, sizeof(exact), "[s]\nk = %0*d\n", PW_CONFIG_LINE_MAX - 4, 0);
    pw_config_t c;
    expect(parse(&c, exact) == PW_CONFIG_OK && strlen(pw_config_get(&c, "s", "k")) == PW_CONFIG_LINE_MAX - 4,
           "a line of exactly the limit: %s", c.error);
    pw_config_free(&c);
    const bad_t bad[] = {
        {long_line, 2, "longer than 255"},
        {"a = 1\n[open\n", 2, "without ']'"},
        {"[a] x\n", 1, "text after ']'"},
        {"\n\n[]\n", 3, "empty section name"},
        {"[a b]\n", 1, "bad character ' ' in section name"},
        {"[abcdefghijabcdefghijabcdefghijabc]\n", 1, "section name longer than 31"},
        {"[s]\njust words\n", 2, "expected 'key = value'"},
        {"[s]\n= value\n", 2, "empty key"},
        {"[s]\nmy key = 1\n", 2, "bad character ' ' in key"},
        {"[s]\nabcdefghijabcdefghijabcdefghijabc = 1\n", 2, "key longer than 31"},
        {"[s]\nk = 1\n# fine\nk = 2\n", 4, "key 'k' given twice in [s]"},
        {"a = 1\nb = 2\nc = x\0y\n", 3, "a NUL byte"},
    };
    size_t lengths[sizeof(bad) / sizeof(bad[0])];
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
    {
        lengths[i] = strlen(bad[i].text);
    }
    lengths[11] = 20; // past the NUL
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
    {
        pw_config_status_t status = pw_config_parse(&c, bad[i].text, lengths[i]);
        char want[32];
        snprintf(want, sizeof(want), "line %u: ", bad[i].line);
        expect(status == PW_CONFIG_SYNTAX, "case %zu: status %d", i, status);
        expect(c.error_line == bad[i].line && strncmp(c.error, want, strlen(want)) == 0,
               "case %zu: '%s', expected line %u", i, c.error, bad[i].line);
        expect(strstr(c.error, bad[i].reason) != NULL, "case %zu: '%s' does not say '%s'", i, c.error, bad[i].reason);
        expect(c.count == 0 && c.entries == NULL, "case %zu: entries kept after an error", i);
        pw_config_free(&c);
    }
    report("config/bad-lines-name-line-and-reason");
}

static void test_bad_values(void)
{
    pw_config_t c;
    expect(parse(&c, "[v]\nn = 12x\nbig = 9999999999999999999999\nlow = -5\nb = maybe\ncolor = #12345\nhex = #gg0000\n"
                     "edge = -9223372036854775808\n") == PW_CONFIG_OK,
           "parse: %s", c.error);
    int64_t n = 7;
    expect(!pw_config_int(&c, "v", "n", 0, 100, &n) && n == 7, "12x read as a number");
    expect(c.error_line == 2 && strstr(c.error, "not a whole number") != NULL, "error '%s'", c.error);
    c.error[0] = '\0';
    expect(!pw_config_int(&c, "v", "big", INT64_MIN, INT64_MAX, &n) && c.error_line == 3, "overflow read: %s", c.error);
    c.error[0] = '\0';
    expect(!pw_config_int(&c, "v", "low", 0, 10, &n) && strstr(c.error, "between 0 and 10") != NULL, "range: %s",
           c.error);
    expect(pw_config_int(&c, "v", "edge", INT64_MIN, INT64_MAX, &n) && n == INT64_MIN, "INT64_MIN");
    c.error[0] = '\0';
    bool b = true;
    expect(!pw_config_bool(&c, "v", "b", &b) && b && c.error_line == 5, "maybe: %s", c.error);
    uint32_t color = 1;
    c.error[0] = '\0';
    expect(!pw_config_color(&c, "v", "color", &color) && color == 1 && c.error_line == 6, "#12345: %s", c.error);
    c.error[0] = '\0';
    expect(!pw_config_color(&c, "v", "hex", &color) && c.error_line == 7, "#gg0000: %s", c.error);
    pw_config_free(&c);
    report("config/bad-values-keep-defaults");
}

static void test_files(const char* folder)
{
    pw_config_t c;
    char path[512];
    snprintf(path, sizeof(path), "%s/no-such-file.conf", folder);
    expect(pw_config_load(&c, path) == PW_CONFIG_NO_FILE && c.count == 0 && c.error[0] == '\0', "missing file");
    pw_config_free(&c);
    snprintf(path, sizeof(path), "%s/test.conf", folder);
    FILE* file = fopen(path, "w");
    fputs("[a]\nk = v\n", file);
    fclose(file);
    expect(pw_config_load(&c, path) == PW_CONFIG_OK && strcmp(pw_config_get(&c, "a", "k"), "v") == 0, "a file");
    pw_config_free(&c);
    char name[16];
    expect(pw_config_path("calculator", path, sizeof(path)) && strcmp(path, "home:/cfg/calculator.conf") == 0,
           "path %s", path);
    expect(!pw_config_path("calculator", name, sizeof(name)), "a path that does not fit");
    report("config/files");
}

// pw_config_next walks one section's keys in the file's order, skipping
// the other sections' keys between them, and ends.
static void test_section_order(void)
{
    pw_config_t c;
    const char* text = "[menu]\nZeta = z\nAlpha = a --flag\n[other]\nMiddle = m\n[menu]\nBeta = b\n";
    expect(parse(&c, text) == PW_CONFIG_OK, "status, error '%s'", c.error);
    const char* want[][2] = {{"Zeta", "z"}, {"Alpha", "a --flag"}, {"Beta", "b"}};
    size_t cursor = 0, n = 0;
    const char *key, *value;
    while (pw_config_next(&c, "menu", &cursor, &key, &value))
    {
        expect(n < 3 && strcmp(key, want[n][0]) == 0 && strcmp(value, want[n][1]) == 0, "key %zu: '%s' = '%s'", n,
               key, value);
        n++;
    }
    expect(n == 3, "%zu keys in [menu]", n);
    expect(!pw_config_next(&c, "menu", &cursor, &key, &value), "a key after the end");
    cursor = 0;
    expect(!pw_config_next(&c, "none", &cursor, &key, &value), "a key in a missing section");
    pw_config_free(&c);
    report("config/section-in-order");
}

// The configuration files the image ships parse cleanly.
static void test_shipped(int count, char** paths)
{
    for (int i = 0; i < count; i++)
    {
        pw_config_t c;
        pw_config_status_t status = pw_config_load(&c, paths[i]);
        expect(status == PW_CONFIG_OK && c.count > 0, "%s: status %d, %s", paths[i], status, c.error);
        pw_config_free(&c);
    }
    report("config/shipped-files-parse");
}

int main(int argc, char** argv)
{
    test_good_file();
    test_bad_lines();
    test_bad_values();
    test_section_order();
    test_files(argc > 1 ? argv[1] : "/tmp");
    test_shipped(argc - 2, argv + 2);
    return failures;
}

// Suite "programs": the utilities in home:/bin (programs/utils/), each run
// with its stdin, stdout and stderr on pipes (capture.h). Every program:
// a bad option gives its usage on stderr and status 2, --help gives it on
// stdout and status 0. Then what each one does, in a scratch folder.
// init has its own suite (init_test.c).
#include "capture.h"
#include "file_text.h"
#include "tap.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/io.h>
#include <sys/proc.h>

#define BIN(name) "home:/bin/" name
#define DIR "home:/programs-test"
#define MS 1000000ULL
#define BIG_SIZE (200 * 1024 + 123) // more than any buffer of cp's

static const char* const programs[] = {"cat", "clear", "cp", "echo", "false", "grep", "head", "help", "kill", "ls",
    "mkdir", "mv", "pwd", "rm", "sleep", "top", "touch", "true", "wc"};
#define PROGRAM_COUNT (sizeof(programs) / sizeof(programs[0]))

static capture_t result;

// Run a program from home:/bin: "ls", "-l", ... ending with NULL.
#define RUN(input, ...) capture_run((const char*[]){__VA_ARGS__, NULL}, (input), NULL, &result)
#define CHECK_RUN(input, ...)                                  \
    do                                                         \
    {                                                          \
        const char* run_failure_ = RUN((input), __VA_ARGS__);  \
        TAP_CHECK(run_failure_ == NULL, "%s", run_failure_);   \
    } while (0)
// The last run's status and outputs were exactly these.
#define CHECK_RESULT(want_status, want_out, want_err)                                                           \
    do                                                                                                          \
    {                                                                                                           \
        TAP_CHECK(result.status == (want_status), "status %d, expected %d; stderr '%s'", result.status,        \
            (want_status), capture_shown(result.err));                                                          \
        TAP_CHECK(strcmp(result.out, (want_out)) == 0, "stdout '%s', expected '%s'", capture_shown(result.out), \
            capture_shown(want_out));                                                                           \
        TAP_CHECK(strcmp(result.err, (want_err)) == 0, "stderr '%s', expected '%s'", capture_shown(result.err), \
            capture_shown(want_err));                                                                           \
    } while (0)

static bool write_file(const char* path, const void* data, size_t size)
{
    fd_t fd = io_openf("%s?create&trunc", path);
    bool ok = fd != -1 && write(fd, data, size) == (ssize_t)size;
    if (fd != -1)
    {
        close(fd);
    }
    return ok;
}

static bool exists(const char* path)
{
    stat_t info;
    return io_stat(path, &info) == 0;
}

static const char* check_usage(const char* name)
{
    char path[64], line[64];
    snprintf(path, sizeof(path), BIN("%s"), name);
    snprintf(line, sizeof(line), "usage: %s", name);
    const char* failure = capture_run((const char*[]){path, "-Z", NULL}, NULL, NULL, &result);
    TAP_CHECK(failure == NULL, "%s", failure);
    if (strcmp(name, "echo") == 0)
    {
        // echo's only option is -n: anything else is text (test_echo).
        TAP_CHECK(result.status == 0 && strcmp(result.out, "-Z\n") == 0, "echo -Z: status %d, stdout '%s'",
                  result.status, capture_shown(result.out));
    }
    else
    {
        TAP_CHECK(result.status == 2, "-Z: status %d, expected 2", result.status);
        TAP_CHECK(strncmp(result.err, line, strlen(line)) == 0, "-Z: stderr '%s'", capture_shown(result.err));
        TAP_CHECK(result.out_length == 0, "-Z: stdout '%s'", capture_shown(result.out));
    }
    failure = capture_run((const char*[]){path, "--help", NULL}, NULL, NULL, &result);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(result.status == 0, "--help: status %d, expected 0", result.status);
    TAP_CHECK(strncmp(result.out, line, strlen(line)) == 0, "--help: stdout '%s'", capture_shown(result.out));
    TAP_CHECK(result.err_length == 0, "--help: stderr '%s'", capture_shown(result.err));
    return NULL;
}

static const char* test_true_false(void)
{
    CHECK_RUN(NULL, BIN("true"));
    CHECK_RESULT(0, "", "");
    CHECK_RUN(NULL, BIN("false"));
    CHECK_RESULT(1, "", "");
    return NULL;
}

static const char* test_cat(void)
{
    TAP_CHECK(write_file(DIR "/cat.txt", "two\nlines\n", 10), "writing the file: %s", strerror(errno));
    CHECK_RUN(NULL, BIN("cat"), DIR "/cat.txt");
    CHECK_RESULT(0, "two\nlines\n", "");
    CHECK_RUN("piped in", BIN("cat"));
    CHECK_RESULT(0, "piped in", "");
    CHECK_RUN("[stdin]", BIN("cat"), DIR "/cat.txt", "-", DIR "/cat.txt");
    CHECK_RESULT(0, "two\nlines\n[stdin]two\nlines\n", "");
    CHECK_RUN(NULL, BIN("cat"), DIR "/missing", DIR "/cat.txt");
    CHECK_RESULT(1, "two\nlines\n", "cat: " DIR "/missing: No such file or directory\n");
    return NULL;
}

static const char* test_echo(void)
{
    CHECK_RUN(NULL, BIN("echo"), "a", "b c", "");
    CHECK_RESULT(0, "a b c \n", "");
    CHECK_RUN(NULL, BIN("echo"), "-n", "no", "newline");
    CHECK_RESULT(0, "no newline", "");
    CHECK_RUN(NULL, BIN("echo"));
    CHECK_RESULT(0, "\n", "");
    CHECK_RUN(NULL, BIN("echo"), "-nn", "-n", "x");
    CHECK_RESULT(0, "x", "");
    // Only -n is an option: other text that starts with '-' is printed.
    CHECK_RUN(NULL, BIN("echo"), "--", "-n");
    CHECK_RESULT(0, "-- -n\n", "");
    CHECK_RUN(NULL, BIN("echo"), "- one", "-x", "-nx");
    CHECK_RESULT(0, "- one -x -nx\n", "");
    CHECK_RUN(NULL, BIN("echo"), "a", "-n");
    CHECK_RESULT(0, "a -n\n", "");
    CHECK_RUN(NULL, BIN("echo"), "--help", "me");
    CHECK_RESULT(0, "--help me\n", "");
    return NULL;
}

static const char* test_ls(void)
{
    TAP_CHECK_OK(io_mkdir(DIR "/ls"));
    TAP_CHECK_OK(io_mkdir(DIR "/ls/sub"));
    TAP_CHECK(write_file(DIR "/ls/five.txt", "12345", 5) && write_file(DIR "/ls/.hidden", "h", 1) &&
                  write_file(DIR "/ls/empty", "", 0),
        "writing the files: %s", strerror(errno));
    static char big[3000];
    TAP_CHECK(write_file(DIR "/ls/big", big, sizeof(big)), "writing big: %s", strerror(errno));
    CHECK_RUN(NULL, BIN("ls"), "-l", DIR "/ls");
    CHECK_RESULT(0,
        "file         3000 big\n"
        "file            0 empty\n"
        "file            5 five.txt\n"
        "dir             - sub/\n",
        "");
    CHECK_RUN(NULL, BIN("ls"), "-la", DIR "/ls");
    TAP_CHECK(result.status == 0 && strstr(result.out, "file            1 .hidden\n") != NULL,
        "ls -la: status %d, '%s'", result.status, capture_shown(result.out));
    CHECK_RUN(NULL, BIN("ls"), DIR "/ls");
    TAP_CHECK(result.status == 0, "ls: status %d", result.status);
    const char* cells[] = {"big 2K", "empty 0", "five.txt 5", "sub/"};
    for (size_t i = 0; i < sizeof(cells) / sizeof(cells[0]); i++)
    {
        TAP_CHECK(strstr(result.out, cells[i]) != NULL, "ls: no '%s' in '%s'", cells[i], capture_shown(result.out));
    }
    TAP_CHECK(strstr(result.out, "hidden") == NULL, "ls without -a shows .hidden");
    CHECK_RUN(NULL, BIN("ls"), "-l", DIR "/ls/five.txt", DIR "/nothing");
    CHECK_RESULT(1, "file            5 " DIR "/ls/five.txt\n", "ls: " DIR "/nothing: No such file or directory\n");
    TAP_CHECK(write_file(DIR "/ls/sub/inner", "in", 2), "writing inner: %s", strerror(errno));
    CHECK_RUN(NULL, BIN("ls"), "-l", DIR "/ls/five.txt", DIR "/ls/sub", DIR "/ls/sub");
    CHECK_RESULT(0,
        "file            5 " DIR "/ls/five.txt\n\n" DIR "/ls/sub:\nfile            2 inner\n\n" DIR
        "/ls/sub:\nfile            2 inner\n",
        "");
    return NULL;
}

static const char* test_mkdir_rm(void)
{
    CHECK_RUN(NULL, BIN("mkdir"), "-p", DIR "/tree/a/b/c", DIR "/tree/d");
    CHECK_RESULT(0, "", "");
    stat_t info;
    TAP_CHECK(io_stat(DIR "/tree/a/b/c", &info) == 0 && info.type == STAT_DIR, "mkdir -p made no " DIR "/tree/a/b/c");
    TAP_CHECK(write_file(DIR "/tree/a/b/file", "x", 1), "writing a file: %s", strerror(errno));
    CHECK_RUN(NULL, BIN("mkdir"), "-p", DIR "/tree/a/b");
    CHECK_RESULT(0, "", "");
    CHECK_RUN(NULL, BIN("mkdir"), DIR "/tree/d");
    CHECK_RESULT(1, "", "mkdir: " DIR "/tree/d: Already exists\n");
    CHECK_RUN(NULL, BIN("mkdir"), DIR "/no/such/parent");
    CHECK_RESULT(1, "", "mkdir: " DIR "/no/such/parent: No such file or directory\n");
    CHECK_RUN(NULL, BIN("rm"), DIR "/tree");
    CHECK_RESULT(1, "", "rm: " DIR "/tree: Is a directory\n");
    TAP_CHECK(exists(DIR "/tree/a/b/file"), "rm without -r removed something");
    CHECK_RUN(NULL, BIN("rm"), "-r", DIR "/tree");
    CHECK_RESULT(0, "", "");
    TAP_CHECK(!exists(DIR "/tree"), "rm -r left " DIR "/tree");
    CHECK_RUN(NULL, BIN("rm"), DIR "/tree");
    CHECK_RESULT(1, "", "rm: " DIR "/tree: No such file or directory\n");
    CHECK_RUN(NULL, BIN("rm"), "-f", DIR "/tree");
    CHECK_RESULT(0, "", "");
    return NULL;
}

static const char* test_touch(void)
{
    CHECK_RUN(NULL, BIN("touch"), DIR "/touched");
    CHECK_RESULT(0, "", "");
    stat_t info;
    TAP_CHECK(io_stat(DIR "/touched", &info) == 0 && info.type == STAT_FILE && info.size == 0, "touch made no empty file");
    TAP_CHECK(write_file(DIR "/touched", "kept", 4), "writing: %s", strerror(errno));
    CHECK_RUN(NULL, BIN("touch"), DIR "/touched", DIR "/missing-dir/file");
    CHECK_RESULT(1, "", "touch: " DIR "/missing-dir/file: No such file or directory\n");
    char text[16];
    TAP_CHECK(file_text(DIR "/touched", text, sizeof(text)) == 4 && strcmp(text, "kept") == 0,
        "touch changed an existing file: '%s'", text);
    return NULL;
}

// A big file whose bytes depend on their offset, so any slip shows.
static uint8_t* big_pattern(void)
{
    uint8_t* data = malloc(BIG_SIZE);
    for (size_t i = 0; data != NULL && i < BIG_SIZE; i++)
    {
        data[i] = (uint8_t)(i * 7 + (i >> 9));
    }
    return data;
}

// The file at @p path holds exactly @p size bytes of @p data.
static const char* check_contents(const char* path, const uint8_t* data, size_t size)
{
    static uint8_t copy[BIG_SIZE + 1];
    fd_t fd = io_open(path);
    TAP_CHECK(fd != -1, "open %s: %s", path, strerror(errno));
    size_t length = 0;
    ssize_t got;
    while ((got = read(fd, copy + length, sizeof(copy) - length)) > 0)
    {
        length += (size_t)got;
    }
    close(fd);
    TAP_CHECK(length == size, "%s has %zu bytes, expected %zu", path, length, size);
    TAP_CHECK(memcmp(copy, data, size) == 0, "%s's bytes differ", path);
    return NULL;
}

static const char* test_cp(void)
{
    uint8_t* data = big_pattern();
    TAP_CHECK(data != NULL, "no memory");
    bool written = write_file(DIR "/big", data, BIG_SIZE) && write_file(DIR "/small", "small", 5);
    const char* failure = written ? RUN(NULL, BIN("cp"), DIR "/big", DIR "/big-copy") : "writing the files";
    failure = failure != NULL ? failure : check_contents(DIR "/big-copy", data, BIG_SIZE);
    free(data);
    TAP_CHECK(failure == NULL, "%s", failure);
    CHECK_RESULT(0, "", "");
    TAP_CHECK_OK(io_mkdir(DIR "/into"));
    CHECK_RUN(NULL, BIN("cp"), DIR "/small", DIR "/big-copy", DIR "/into");
    CHECK_RESULT(0, "", "");
    TAP_CHECK((failure = check_contents(DIR "/into/small", (const uint8_t*)"small", 5)) == NULL, "%s", failure);
    CHECK_RUN(NULL, BIN("cp"), DIR "/into", DIR "/tree-copy");
    CHECK_RESULT(1, "", "cp: " DIR "/into: Is a directory (use -r)\n");
    CHECK_RUN(NULL, BIN("cp"), "-r", DIR "/into", DIR "/tree-copy");
    CHECK_RESULT(0, "", "");
    TAP_CHECK((failure = check_contents(DIR "/tree-copy/small", (const uint8_t*)"small", 5)) == NULL, "%s", failure);
    TAP_CHECK(exists(DIR "/tree-copy/big-copy"), "cp -r left out big-copy");
    CHECK_RUN(NULL, BIN("cp"), DIR "/small", DIR "/../programs-test/./small");
    CHECK_RESULT(1, "", "cp: " DIR "/small: cannot copy onto or into itself\n");
    TAP_CHECK((failure = check_contents(DIR "/small", (const uint8_t*)"small", 5)) == NULL, "%s", failure);
    return NULL;
}

static const char* test_mv(void)
{
    TAP_CHECK(write_file(DIR "/moving", "contents", 8), "writing: %s", strerror(errno));
    CHECK_RUN(NULL, BIN("mv"), DIR "/moving", DIR "/moved");
    CHECK_RESULT(0, "", "");
    TAP_CHECK(!exists(DIR "/moving"), "the source is still there");
    const char* failure = check_contents(DIR "/moved", (const uint8_t*)"contents", 8);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK_OK(io_mkdir(DIR "/mv-into"));
    CHECK_RUN(NULL, BIN("mv"), DIR "/moved", DIR "/mv-into");
    CHECK_RESULT(0, "", "");
    TAP_CHECK(!exists(DIR "/moved") && exists(DIR "/mv-into/moved"), "mv into a directory did not move");
    CHECK_RUN(NULL, BIN("mv"), DIR "/mv-into/moved", DIR "/mv-into/../mv-into/moved");
    CHECK_RESULT(0, "", "");
    failure = check_contents(DIR "/mv-into/moved", (const uint8_t*)"contents", 8);
    TAP_CHECK(failure == NULL, "after moving onto itself: %s", failure);
    // A directory moves whole (a rename, not a copy).
    CHECK_RUN(NULL, BIN("mv"), DIR "/mv-into", DIR "/mv-dir");
    CHECK_RESULT(0, "", "");
    TAP_CHECK(!exists(DIR "/mv-into") && exists(DIR "/mv-dir/moved"), "moving a directory did not move it");
    // Into itself, and over a file: refused with the reason, nothing moved.
    CHECK_RUN(NULL, BIN("mv"), DIR "/mv-dir", DIR "/mv-dir/inside");
    CHECK_RESULT(1, "", "mv: " DIR "/mv-dir: Invalid argument\n");
    TAP_CHECK(write_file(DIR "/mv-file", "f", 1), "writing: %s", strerror(errno));
    CHECK_RUN(NULL, BIN("mv"), DIR "/mv-dir", DIR "/mv-file");
    CHECK_RESULT(1, "", "mv: " DIR "/mv-dir: Not a directory\n");
    TAP_CHECK(exists(DIR "/mv-dir/moved") && exists(DIR "/mv-file"), "a refused mv lost a file");
    // Across labels a file is copied; sys: takes nothing, so the source stays.
    CHECK_RUN(NULL, BIN("mv"), DIR "/mv-dir/moved", "sys:/moved");
    TAP_CHECK(result.status == 1 && exists(DIR "/mv-dir/moved"), "mv to sys: gave status %d", result.status);
    return NULL;
}

static const char* test_wc(void)
{
    static const char text[] = "one two  three\n\tfour five\n\nsix"; // 3 newlines, 6 words, 30 bytes
    TAP_CHECK(write_file(DIR "/words", text, sizeof(text) - 1), "writing: %s", strerror(errno));
    CHECK_RUN(NULL, BIN("wc"), DIR "/words");
    CHECK_RESULT(0, "       3       6      30 " DIR "/words\n", "");
    CHECK_RUN(NULL, BIN("wc"), "-l", DIR "/words");
    CHECK_RESULT(0, "       3 " DIR "/words\n", "");
    CHECK_RUN(NULL, BIN("wc"), "-w", "-c", DIR "/words");
    CHECK_RESULT(0, "       6      30 " DIR "/words\n", "");
    CHECK_RUN("a b\nc\n", BIN("wc"));
    CHECK_RESULT(0, "       2       3       6\n", "");
    CHECK_RUN("x\n", BIN("wc"), "-l", DIR "/words", "-");
    CHECK_RESULT(0, "       3 " DIR "/words\n       1 -\n       4 total\n", "");
    return NULL;
}

static const char* test_head(void)
{
    static const char lines[] = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n";
    TAP_CHECK(write_file(DIR "/lines", lines, sizeof(lines) - 1), "writing: %s", strerror(errno));
    CHECK_RUN(NULL, BIN("head"), "-n", "3", DIR "/lines");
    CHECK_RESULT(0, "1\n2\n3\n", "");
    CHECK_RUN(NULL, BIN("head"), DIR "/lines");
    CHECK_RESULT(0, "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n", "");
    CHECK_RUN("a\nb\nc", BIN("head"), "-n5");
    CHECK_RESULT(0, "a\nb\nc", "");
    CHECK_RUN("in\n", BIN("head"), "-n", "1", DIR "/lines", "-");
    CHECK_RESULT(0, "==> " DIR "/lines <==\n1\n\n==> - <==\nin\n", "");
    CHECK_RUN(NULL, BIN("head"), "-n", "many", DIR "/lines");
    TAP_CHECK(result.status == 2 && strstr(result.err, "usage: head") != NULL, "head -n many: status %d, '%s'",
        result.status, capture_shown(result.err));
    return NULL;
}

static const char* test_grep(void)
{
    static const char fruit[] = "apple pie\nBanana split\ncherry tart\napple\ngrape\n";
    TAP_CHECK(write_file(DIR "/fruit", fruit, sizeof(fruit) - 1), "writing: %s", strerror(errno));
    static const struct
    {
        const char* args[3];
        int status;
        const char* out;
    } cases[] = {
        {{"apple"}, 0, "apple pie\napple\n"},
        {{"-i", "BANANA"}, 0, "Banana split\n"},
        {{"banana"}, 1, ""},
        {{"-v", "apple"}, 0, "Banana split\ncherry tart\ngrape\n"},
        {{"-n", "apple"}, 0, "1:apple pie\n4:apple\n"},
        {{"-c", "a"}, 0, "5\n"},
        {{"-vc", "a"}, 1, "0\n"},
        {{"^apple$"}, 0, "apple\n"},
        {{"e$"}, 0, "apple pie\napple\ngrape\n"},
        {{"^[a-c]"}, 0, "apple pie\ncherry tart\napple\n"},
        {{"-i", "^[^a-c]"}, 0, "grape\n"},
        {{"gr.pe"}, 0, "grape\n"},
        {{"ap*le"}, 0, "apple pie\napple\n"},
        {{"^c.*t$"}, 0, "cherry tart\n"},
        {{"-c", "z*"}, 0, "5\n"},
        {{"-c", "\\."}, 1, "0\n"},
        {{"-c", "."}, 0, "5\n"},
        {{"-c", "p\\.*i"}, 0, "1\n"},
        {{"kiwi"}, 1, ""},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
    {
        const char* argv[6] = {BIN("grep")};
        int argc = 1;
        for (int j = 0; j < 3 && cases[i].args[j] != NULL; j++)
        {
            argv[argc++] = cases[i].args[j];
        }
        argv[argc++] = DIR "/fruit";
        const char* failure = capture_run(argv, NULL, NULL, &result);
        TAP_CHECK(failure == NULL, "%s", failure);
        TAP_CHECK(result.status == cases[i].status && strcmp(result.out, cases[i].out) == 0,
            "grep %s %s: status %d, '%s'", argv[1], argc > 3 ? argv[2] : "", result.status, capture_shown(result.out));
    }
    CHECK_RUN("one\ntwo\n", BIN("grep"), "-n", "o$");
    CHECK_RESULT(0, "2:two\n", "");
    CHECK_RUN("pie\n", BIN("grep"), "pie", DIR "/fruit", "-");
    CHECK_RESULT(0, DIR "/fruit:apple pie\n-:pie\n", "");
    CHECK_RUN(NULL, BIN("grep"), "[abc", DIR "/fruit");
    CHECK_RESULT(2, "", "grep: [abc: no ']' closes the '['\n");
    CHECK_RUN(NULL, BIN("grep"), "apple", DIR "/none");
    CHECK_RESULT(2, "", "grep: " DIR "/none: No such file or directory\n");
    return NULL;
}

static const char* test_sleep(void)
{
    uint64_t start = uptime();
    CHECK_RUN(NULL, BIN("sleep"), "0.2");
    uint64_t took = uptime() - start;
    CHECK_RESULT(0, "", "");
    TAP_CHECK(took >= 200 * MS, "sleep 0.2 took %llu ms", (unsigned long long)(took / MS));
    CHECK_RUN(NULL, BIN("sleep"), "soon");
    TAP_CHECK(result.status == 2, "sleep soon: status %d", result.status);
    return NULL;
}

// kill [-s NOTE] on a sleeping program: it ends as killed.
static const char* check_kill(const char* note)
{
    pid_t sleeper = spawn((const char*[]){BIN("sleep"), "100", NULL}, NULL, NULL, PRIORITY_INHERIT);
    TAP_CHECK(sleeper != -1, "spawn sleep: %s", strerror(errno));
    char pid[24];
    snprintf(pid, sizeof(pid), "%lld", (long long)sleeper);
    const char* failure = note != NULL ? RUN(NULL, BIN("kill"), "-s", note, pid) : RUN(NULL, BIN("kill"), pid);
    int status = -1;
    if (failure != NULL || result.status != 0)
    {
        process_kill(sleeper);
    }
    TAP_CHECK_OK(process_wait(sleeper, &status));
    TAP_CHECK(failure == NULL, "%s", failure);
    CHECK_RESULT(0, "", "");
    TAP_CHECK(status == EXIT_KILLED, "the sleeper's status is %d, expected %d", status, EXIT_KILLED);
    return NULL;
}

static const char* test_kill(void)
{
    const char* failure = check_kill(NULL);
    TAP_CHECK(failure == NULL, "kill: %s", failure);
    failure = check_kill("kill");
    TAP_CHECK(failure == NULL, "kill -s kill: %s", failure);
    CHECK_RUN(NULL, BIN("kill"), "999999");
    CHECK_RESULT(1, "", "kill: 999999: No such file or directory\n");
    CHECK_RUN(NULL, BIN("kill"), "nobody");
    TAP_CHECK(result.status == 2, "kill nobody: status %d", result.status);
    return NULL;
}

static const char* test_pwd(void)
{
    const char* argv[] = {BIN("pwd"), NULL};
    const char* failure = capture_run(argv, NULL, "home:/test/helpers", &result);
    TAP_CHECK(failure == NULL, "%s", failure);
    CHECK_RESULT(0, "home:/test/helpers\n", "");
    failure = capture_run(argv, NULL, "home:/", &result);
    TAP_CHECK(failure == NULL, "%s", failure);
    CHECK_RESULT(0, "home:/\n", "");
    return NULL;
}

static const char* test_top(void)
{
    CHECK_RUN(NULL, BIN("top"), "-n", "1");
    TAP_CHECK(result.status == 0, "status %d, stderr '%s'", result.status, capture_shown(result.err));
    TAP_CHECK(strstr(result.out, "memory: ") != NULL && strstr(result.out, "\ncpu0 ") != NULL,
        "no memory or cpu0 line in '%s'", capture_shown(result.out));
    TAP_CHECK(strstr(result.out, "PID PARENT STATE") != NULL, "no table header in '%s'", capture_shown(result.out));
    char own[64];
    snprintf(own, sizeof(own), "\n%6lld %6lld running ", (long long)result.pid, (long long)process_id());
    TAP_CHECK(strstr(result.out, own) != NULL, "no line for top itself ('%s')", capture_shown(own));
    TAP_CHECK(strstr(result.out, BIN("top") " -n 1\n") != NULL, "top's command line is missing");
    TAP_CHECK(strchr(result.out, '\x1b') == NULL, "top -n 1 cleared the screen");
    return NULL;
}

static const char* test_help(void)
{
    CHECK_RUN(NULL, BIN("help"));
    TAP_CHECK(result.status == 0, "status %d", result.status);
    fd_t bin = io_open("home:/bin");
    TAP_CHECK(bin != -1, "open home:/bin: %s", strerror(errno));
    stat_t entry;
    int listed = 0;
    const char* failure = NULL;
    while (failure == NULL && io_readdir(bin, &entry, 1) == 1)
    {
        char line[80];
        snprintf(line, sizeof(line), "\n  %-8s ", entry.name);
        failure = strstr(result.out, line) != NULL ? NULL : tap_reason("help does not list %s", entry.name);
        listed++;
    }
    close(bin);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(listed >= (int)PROGRAM_COUNT, "home:/bin has only %d programs", listed);
    TAP_CHECK(strstr(result.out, "\n  cat      print files") != NULL, "no description for cat");
    return NULL;
}

static const char* test_clear(void)
{
    CHECK_RUN(NULL, BIN("clear"));
    CHECK_RESULT(0, "\x1b[H\x1b[2J", "");
    return NULL;
}

int main(void)
{
    tap_suite("programs");
    for (size_t i = 0; i < PROGRAM_COUNT; i++)
    {
        char name[32];
        snprintf(name, sizeof(name), "usage-%s", programs[i]);
        tap_result(name, check_usage(programs[i]));
    }
    // A scratch folder, emptied first in case an earlier run stopped half-way.
    RUN(NULL, BIN("rm"), "-rf", DIR);
    if (io_mkdir(DIR) == -1)
    {
        tap_result("scratch", tap_reason("mkdir " DIR ": %s", strerror(errno)));
        return tap_exit_status();
    }
    tap_run("true-false", test_true_false);
    tap_run("cat", test_cat);
    tap_run("echo", test_echo);
    tap_run("ls", test_ls);
    tap_run("mkdir-rm", test_mkdir_rm);
    tap_run("touch", test_touch);
    tap_run("cp", test_cp);
    tap_run("mv", test_mv);
    tap_run("wc", test_wc);
    tap_run("head", test_head);
    tap_run("grep", test_grep);
    tap_run("sleep", test_sleep);
    tap_run("kill", test_kill);
    tap_run("pwd", test_pwd);
    tap_run("top", test_top);
    tap_run("help", test_help);
    tap_run("clear", test_clear);
    RUN(NULL, BIN("rm"), "-r", DIR);
    tap_result("cleanup", result.status == 0 && !exists(DIR) ? NULL : tap_reason("rm -r " DIR ": %s",
        capture_shown(result.err)));
    return tap_exit_status();
}

// Suite "shell": home:/bin/shell run with -c, with scripts and with
// commands on stdin, checked by the files its commands write and by its
// exit status: pipelines, redirections, quoting, && || ; and $?, exit
// statuses, errors, background jobs, positional parameters, builtins and
// the line editor (through the hidden --edit-keys option).
//
// The commands call small helpers by path (tests/user/helpers/sh_*.c,
// pipe_echo, exit_with, echo_args) so the suite does not depend on the
// utilities in home:/bin.
#include "file_text.h"
#include "tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/io.h>
#include <sys/proc.h>

#define SHELL "home:/bin/shell"
#define DIR "home:/shell-test"
#define HELPER(name) "home:/test/helpers/" name
#define SAY HELPER("sh_say")
#define WORDS HELPER("sh_words")
#define OUTERR HELPER("sh_outerr")
#define CAT HELPER("pipe_echo")
#define EXIT HELPER("exit_with")
#define ARGS HELPER("echo_args")
#define WRITE_FD HELPER("write_fd")
#define ENV_PRINT HELPER("env_print")
#define USAGE "usage: shell [-c command | file]\n"

/** What one run of the shell did. */
typedef struct
{
    int status;
    char out[1024];
    char err[1024];
} run_t;

static run_t run;

// Replace the file at @p path with @p text.
static const char* write_file(const char* path, const char* text)
{
    fd_t fd = io_openf("%s?create&trunc", path);
    TAP_CHECK(fd != -1, "open %s: %s", path, strerror(errno));
    ssize_t written = write(fd, text, strlen(text));
    close(fd);
    TAP_CHECK(written == (ssize_t)strlen(text), "write %s: %s", path, strerror(errno));
    return NULL;
}

// Run the shell with @p args after its name, stdin reading @p input,
// in @p cwd; its status and output go to `run`.
static const char* shell_run(const char* const* args, const char* input, const char* cwd)
{
    const char* failure = write_file(DIR "/.stdin", input != NULL ? input : "");
    TAP_CHECK(failure == NULL, "%s", failure);
    fd_t in = io_open(DIR "/.stdin");
    fd_t out = io_open(DIR "/.stdout?create&trunc");
    fd_t err = io_open(DIR "/.stderr?create&trunc");
    const char* argv[8] = {SHELL};
    for (int i = 0; args[i] != NULL && i < 6; i++)
    {
        argv[i + 1] = args[i];
    }
    spawn_fd_t fds[] = {{0, in}, {1, out}, {2, err}, SPAWN_FD_END};
    pid_t pid = in == -1 || out == -1 || err == -1 ? -1 : spawn(argv, fds, cwd, PRIORITY_INHERIT);
    int error = errno;
    close(in);
    close(out);
    close(err);
    TAP_CHECK(pid != -1, "spawn " SHELL ": %s", strerror(error));
    run.status = -1;
    TAP_CHECK_OK(process_wait(pid, &run.status));
    TAP_CHECK(file_text(DIR "/.stdout", run.out, sizeof(run.out)) != -1, "reading stdout: %s", strerror(errno));
    TAP_CHECK(file_text(DIR "/.stderr", run.err, sizeof(run.err)) != -1, "reading stderr: %s", strerror(errno));
    return NULL;
}

// shell -c COMMAND in DIR.
static const char* shell_c(const char* command)
{
    const char* args[] = {"-c", command, NULL};
    return shell_run(args, NULL, DIR);
}

// Run COMMAND; fail unless the shell exited with @p status.
#define RUN(command, expected_status)                                                                         \
    do                                                                                                        \
    {                                                                                                         \
        const char* run_failure_ = shell_c(command);                                                          \
        TAP_CHECK(run_failure_ == NULL, "%s", run_failure_);                                                  \
        TAP_CHECK(run.status == (expected_status), "'%s' exited with %d, expected %d; stderr '%s'", command,  \
                  run.status, expected_status, run.err);                                                      \
    } while (0)

// Fail unless the file DIR/@p name holds exactly @p expected.
#define EXPECT_FILE(name, expected)                                                                           \
    do                                                                                                        \
    {                                                                                                         \
        char text_[1024];                                                                                     \
        TAP_CHECK(file_text(DIR "/" name, text_, sizeof(text_)) != -1, "reading " name ": %s",               \
                  strerror(errno));                                                                           \
        TAP_CHECK(strcmp(text_, expected) == 0, name " holds '%s', expected '%s'", text_, expected);          \
    } while (0)

#define EXPECT_TEXT(what, actual, expected) \
    TAP_CHECK(strcmp(actual, expected) == 0, what " is '%s', expected '%s'", actual, expected)

// Fail if the file DIR/@p name exists.
#define EXPECT_NO_FILE(name)                                                                   \
    do                                                                                         \
    {                                                                                          \
        stat_t info_;                                                                          \
        TAP_CHECK(io_stat(DIR "/" name, &info_) == -1, name " exists: a command ran that should not"); \
    } while (0)

// Remove files a test expects not to be made.
static void forget(const char* name)
{
    char path[MAX_PATH];
    snprintf(path, sizeof(path), DIR "/%s", name);
    remove(path);
}

static const char* test_setup(void)
{
    if (io_mkdir(DIR) == -1)
    {
        TAP_CHECK(errno == EEXIST, "mkdir " DIR ": %s", strerror(errno));
    }
    if (io_mkdir(DIR "/sub") == -1)
    {
        TAP_CHECK(errno == EEXIST, "mkdir " DIR "/sub: %s", strerror(errno));
    }
    return NULL;
}

static const char* test_pipeline(void)
{
    RUN(SAY " a b c | " WORDS " > out", 0);
    EXPECT_FILE("out", "3\n");
    EXPECT_TEXT("stdout", run.out, "");
    RUN(SAY " one two | " CAT " | " CAT " | " WORDS, 0);
    EXPECT_TEXT("stdout of a four-stage pipeline", run.out, "2\n");
    return NULL;
}

static const char* test_pipeline_status(void)
{
    RUN(EXIT " 3 | " EXIT " 0", 0);
    RUN(EXIT " 0 | " EXIT " 5", 5);
    RUN(SAY " x | " EXIT " 6; " SAY " $? > out", 0);
    EXPECT_FILE("out", "6\n");
    return NULL;
}

static const char* test_redirect_truncate(void)
{
    RUN(SAY " a much longer line > out; " SAY " short > out", 0);
    EXPECT_FILE("out", "short\n");
    return NULL;
}

static const char* test_redirect_append(void)
{
    RUN(SAY " one > out; " SAY " two >> out; " SAY " three>>out", 0);
    EXPECT_FILE("out", "one\ntwo\nthree\n");
    return NULL;
}

static const char* test_redirect_input(void)
{
    const char* failure = write_file(DIR "/in", "w x\ny z v\n");
    TAP_CHECK(failure == NULL, "%s", failure);
    RUN(WORDS " < in > out", 0);
    EXPECT_FILE("out", "5\n");
    RUN("<in " CAT, 0);
    EXPECT_TEXT("stdout", run.out, "w x\ny z v\n");
    return NULL;
}

static const char* test_redirect_stderr(void)
{
    RUN(OUTERR " to-out to-err > out 2> err", 0);
    EXPECT_FILE("out", "to-out\n");
    EXPECT_FILE("err", "to-err\n");
    EXPECT_TEXT("the shell's stderr", run.err, "");
    RUN(OUTERR " o e", 0);
    EXPECT_TEXT("stdout", run.out, "o\n");
    EXPECT_TEXT("stderr", run.err, "e\n");
    return NULL;
}

static const char* test_redirect_dup(void)
{
    RUN(OUTERR " first second > out 2>&1", 0);
    EXPECT_FILE("out", "first\nsecond\n");
    // Left to right: 2 takes what 1 is before 1 moves.
    RUN(OUTERR " o e 2>&1 > out", 0);
    EXPECT_FILE("out", "o\n");
    EXPECT_TEXT("stdout", run.out, "e\n");
    RUN(OUTERR " o e 2>&1 | " WORDS, 0);
    EXPECT_TEXT("words through the pipe", run.out, "2\n");
    RUN(WRITE_FD " 5 five 5> out", 0);
    EXPECT_FILE("out", "five");
    return NULL;
}

static const char* test_redirect_errors(void)
{
    RUN(SAY " x < no-such-file", 1);
    TAP_CHECK(strncmp(run.err, "shell: cannot open no-such-file: ", 33) == 0, "stderr is '%s'", run.err);
    RUN(SAY " x > no-such-dir/out; " SAY " went on > out", 0);
    EXPECT_FILE("out", "went on\n");
    RUN(SAY " x 2>&7", 1);
    EXPECT_TEXT("stderr", run.err, "shell: 7: bad file descriptor\n");
    return NULL;
}

static const char* test_quoting(void)
{
    RUN(ARGS " 'a  b' \"c \\\"d\\\" \\$x \\\\\" e\\ f '' \"$?\"x 'it''s' # a comment > out", 0);
    EXPECT_TEXT("arguments", run.out, ARGS "\na  b\nc \"d\" $x \\\ne f\n\n0x\nits\n");
    RUN(ARGS " \"a | b ; c && d > e\" '$1 \"'", 0);
    EXPECT_TEXT("operators in quotes", run.out, ARGS "\na | b ; c && d > e\n$1 \"\n");
    RUN(SAY " $nothing x ${none} \"\" y", 0);
    EXPECT_TEXT("empty words", run.out, "x  y\n");
    return NULL;
}

static const char* test_multiline(void)
{
    RUN(SAY " a \\\nb > out", 0);
    EXPECT_FILE("out", "a b\n");
    RUN(SAY " jo\\\nined > out", 0);
    EXPECT_FILE("out", "joined\n");
    RUN(ARGS " 'two\nlines' > out", 0);
    EXPECT_FILE("out", ARGS "\ntwo\nlines\n");
    RUN(EXIT " 0 &&\n\n" SAY " after > out\n" SAY " next >> out", 0);
    EXPECT_FILE("out", "after\nnext\n");
    return NULL;
}

static const char* test_and_or(void)
{
    forget("no1");
    forget("no2");
    RUN(EXIT " 1 && " SAY " x > no1; " EXIT " 1 || " SAY " yes > out; " EXIT " 0 && " SAY " yes >> out; " EXIT
        " 0 || " SAY " x > no2",
        0);
    EXPECT_FILE("out", "yes\nyes\n");
    EXPECT_NO_FILE("no1");
    EXPECT_NO_FILE("no2");
    // Left to right: the || skips the && part's failure, then runs.
    RUN(EXIT " 1 && " EXIT " 0 || " SAY " recovered > out", 0);
    EXPECT_FILE("out", "recovered\n");
    RUN(EXIT " 0 && " EXIT " 4", 4);
    return NULL;
}

static const char* test_status_parameter(void)
{
    RUN(EXIT " 7; " SAY " $? > out; " SAY " $? >> out", 0);
    EXPECT_FILE("out", "7\n0\n");
    RUN(EXIT " 3 || " SAY " \"${?}\" > out", 0);
    EXPECT_FILE("out", "3\n");
    return NULL;
}

static const char* test_exit(void)
{
    forget("no1");
    RUN("exit 3", 3);
    RUN("exit 4; " SAY " x > no1", 4);
    EXPECT_NO_FILE("no1");
    RUN(EXIT " 9; exit", 9);
    RUN(EXIT " 0 && exit 5 || " SAY " x > no1", 5);
    EXPECT_NO_FILE("no1");
    RUN(EXIT " 8", 8);
    RUN("exit lots", 2);
    EXPECT_TEXT("stderr", run.err, "shell: exit: lots: not a number\n");
    return NULL;
}

static const char* test_not_found(void)
{
    RUN("no-such-command a b", 127);
    EXPECT_TEXT("stderr", run.err, "shell: no-such-command: not found\n");
    RUN("./no-such-file; " SAY " $? > out", 0);
    EXPECT_TEXT("stderr", run.err, "shell: ./no-such-file: not found\n");
    EXPECT_FILE("out", "127\n");
    char long_name[MAX_PATH + 16];
    memset(long_name, 'n', sizeof(long_name) - 1);
    long_name[sizeof(long_name) - 1] = '\0';
    char command[MAX_PATH + 32];
    snprintf(command, sizeof(command), "%s", long_name);
    RUN(command, 127);
    TAP_CHECK(strstr(run.err, "not found (name too long)") != NULL, "stderr '%s'", run.err);
    RUN("no-such-command | " WORDS, 0);
    EXPECT_TEXT("stdout", run.out, "0\n");
    return NULL;
}

static const char* test_syntax_error(void)
{
    forget("no1");
    RUN(SAY " x > no1; " SAY " a | | " SAY " b", 2);
    EXPECT_TEXT("stderr", run.err, "shell: syntax error near '|'\n");
    EXPECT_NO_FILE("no1"); // nothing of a line that does not parse runs
    RUN(SAY " a &&", 2);
    EXPECT_TEXT("stderr", run.err, "shell: syntax error: unexpected end of input\n");
    RUN(SAY " 'open quote", 2);
    EXPECT_TEXT("stderr", run.err, "shell: syntax error: unexpected end of input\n");
    RUN("; " SAY " a", 2);
    EXPECT_TEXT("stderr", run.err, "shell: syntax error near ';'\n");
    RUN(SAY " a >", 2);
    EXPECT_TEXT("stderr", run.err, "shell: syntax error near newline\n");
    RUN(SAY " ${1", 1);
    EXPECT_TEXT("stderr", run.err, "shell: bad substitution: ${1\n");
    return NULL;
}

static const char* test_background(void)
{
    forget("out");
    RUN(SAY " in the background > out & wait; " SAY " $? > status", 0);
    EXPECT_FILE("out", "in the background\n");
    EXPECT_FILE("status", "0\n");
    RUN(EXIT " 5 & wait $!; " SAY " $? > status", 0);
    EXPECT_FILE("status", "5\n");
    // && in the background runs in a shell of its own.
    RUN(EXIT " 1 || " SAY " $1 > out & wait", 0);
    EXPECT_FILE("out", "\n");
    const char* args[] = {"-c", EXIT " 1 || " SAY " $1 $0 > out & wait", "zero", "one", NULL};
    const char* failure = shell_run(args, NULL, DIR);
    TAP_CHECK(failure == NULL, "%s", failure);
    EXPECT_FILE("out", "one zero\n");
    return NULL;
}

static const char* test_script(void)
{
    const char* failure = write_file(DIR "/script",
        "# a script\n" SAY " \"$1\" $2 $# $0 > script-out\n" ARGS " \"$@\" >> script-out\nexit $3\n" SAY " no\n");
    TAP_CHECK(failure == NULL, "%s", failure);
    const char* args[] = {DIR "/script", "one two", "x", "6", NULL};
    failure = shell_run(args, NULL, DIR "/sub");
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(run.status == 6, "the script exited with %d, expected 6; stderr '%s'", run.status, run.err);
    EXPECT_FILE("sub/script-out", "one two x 3 " DIR "/script\n" ARGS "\none two\nx\n6\n");
    EXPECT_TEXT("stdout", run.out, "");
    // A relative script path, from the working directory.
    const char* relative[] = {"../script", "a", "b", "0", NULL};
    failure = shell_run(relative, NULL, DIR "/sub");
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(run.status == 0, "../script exited with %d; stderr '%s'", run.status, run.err);
    EXPECT_FILE("sub/script-out", "a b 3 ../script\n" ARGS "\na\nb\n0\n");
    // A last line continued into the end of the file: the command before
    // the backslash runs, as in sh (it was a syntax error, status 2).
    failure = write_file(DIR "/continued", SAY " last > continued-out \\\n");
    TAP_CHECK(failure == NULL, "%s", failure);
    const char* continued[] = {DIR "/continued", NULL};
    failure = shell_run(continued, NULL, DIR "/sub");
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(run.status == 0, "a script ending in a backslash exited with %d; stderr '%s'", run.status, run.err);
    EXPECT_FILE("sub/continued-out", "last\n");
    return NULL;
}

static const char* test_positional_with_c(void)
{
    const char* args[] = {"-c", ARGS " $0 $# ${2} \"$@\" > out", "name", "a", "b c", NULL};
    const char* failure = shell_run(args, NULL, DIR);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(run.status == 0, "status %d; stderr '%s'", run.status, run.err);
    EXPECT_FILE("out", ARGS "\nname\n2\nb c\na\nb c\n");
    RUN(SAY " $$ > out", 0);
    char text[64];
    TAP_CHECK(file_text(DIR "/out", text, sizeof(text)) > 1 && atoll(text) > 0, "$$ gave '%s'", text);
    return NULL;
}

// The shell's variables are its environment: what it was started with,
// what export sets and unset removes, in $NAME and in every program run.
static const char* test_variables(void)
{
    // From the environment the shell was given (spawn hands on ours).
    TAP_CHECK_OK(setenv("SH_GIVEN", "from the parent", 1));
    const char* failure = shell_c(SAY " \"$SH_GIVEN\" ${SH_GIVEN} > out");
    unsetenv("SH_GIVEN");
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(run.status == 0, "status %d; stderr '%s'", run.status, run.err);
    EXPECT_FILE("out", "from the parent from the parent\n");
    // export: the programs it runs get the variable, and $NAME reads it.
    RUN("export SH_X=1; " ENV_PRINT " SH_X SH_GIVEN > out; " SAY " x=$SH_X >> out", 0);
    char text[1024];
    TAP_CHECK(file_text(DIR "/out", text, sizeof(text)) != -1, "reading out: %s", strerror(errno));
    const char* expected = "SH_X=1\nSH_GIVEN unset\ncount ";
    TAP_CHECK(strncmp(text, expected, strlen(expected)) == 0 && strstr(text, "\nx=1\n") != NULL, "out holds '%s'",
              text);
    // unset takes it away from both; a name alone changes nothing.
    RUN("export SH_X=1 SH_Y=two; unset SH_X; export SH_Z; " ENV_PRINT " SH_X SH_Y SH_Z > out; " SAY
        " \"[$SH_X]\" >> out",
        0);
    TAP_CHECK(file_text(DIR "/out", text, sizeof(text)) != -1, "reading out: %s", strerror(errno));
    expected = "SH_X unset\nSH_Y=two\nSH_Z unset\n";
    TAP_CHECK(strncmp(text, expected, strlen(expected)) == 0 && strstr(text, "\n[]\n") != NULL, "out holds '%s'",
              text);
    // Bad names: status 1 and a message, the good ones still done.
    RUN("export 1X=2 SH_OK=yes; " SAY " $SH_OK > out", 0);
    EXPECT_FILE("out", "yes\n");
    TAP_CHECK(strstr(run.err, "export: '1X': not a valid name") != NULL, "stderr '%s'", run.err);
    RUN("export A-B=1", 1);
    RUN("unset 9", 1);
    // export alone lists what the shell can read back, quotes and all.
    RUN("export SH_Q=\"it's here\"; export > list; unset SH_Q; " SAY " \"[$SH_Q]\" > out", 0);
    EXPECT_FILE("out", "[]\n");
    TAP_CHECK(file_text(DIR "/list", text, sizeof(text)) != -1, "reading list: %s", strerror(errno));
    TAP_CHECK(strstr(text, "export SH_Q='it'\\''s here'\n") != NULL, "export listed '%s'", text);
    // Read back by a new shell (without SH_Q), it sets the same value.
    char script[1200];
    snprintf(script, sizeof(script), "%s" SAY " \"[$SH_Q]\" > out\n", text);
    failure = write_file(DIR "/readback", script);
    TAP_CHECK(failure == NULL, "%s", failure);
    const char* args[] = {"readback", NULL};
    failure = shell_run(args, NULL, DIR);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(run.status == 0, "the script exited with %d; stderr '%s'", run.status, run.err);
    EXPECT_FILE("out", "[it's here]\n");
    return NULL;
}

static const char* test_usage(void)
{
    const char* bad_option[] = {"-x", NULL};
    const char* failure = shell_run(bad_option, NULL, DIR);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(run.status == 2, "shell -x exited with %d, expected 2", run.status);
    EXPECT_TEXT("stderr", run.err, USAGE);
    const char* no_command[] = {"-c", NULL};
    failure = shell_run(no_command, NULL, DIR);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(run.status == 2, "shell -c exited with %d, expected 2", run.status);
    EXPECT_TEXT("stderr", run.err, USAGE);
    const char* missing[] = {"no-such-script", NULL};
    failure = shell_run(missing, NULL, DIR);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(run.status == 127, "a missing script gave %d, expected 127", run.status);
    TAP_CHECK(strncmp(run.err, "shell: cannot open no-such-script: ", 35) == 0, "stderr is '%s'", run.err);
    return NULL;
}

static const char* test_commands_on_stdin(void)
{
    const char* none[] = {NULL};
    const char* failure = shell_run(none, SAY " from stdin > out\n" EXIT " 2 ||\n" SAY " continued >> out\nexit 4\n", DIR);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(run.status == 4, "status %d, expected 4; stderr '%s'", run.status, run.err);
    EXPECT_FILE("out", "from stdin\ncontinued\n");
    EXPECT_TEXT("stdout (no prompt when stdin is not the console)", run.out, "");
    return NULL;
}

static const char* test_cd_pwd(void)
{
    RUN("pwd > out; cd sub; pwd >> ../out; cd; pwd >> " DIR "/out; cd " DIR "/sub/..; pwd >> out", 0);
    EXPECT_FILE("out", DIR "\n" DIR "/sub\nhome:/\n" DIR "\n");
    RUN("cd no-such-dir", 1);
    TAP_CHECK(strncmp(run.err, "shell: cd: no-such-dir: ", 24) == 0, "stderr is '%s'", run.err);
    // The starting directory is found, not assumed.
    const char* args[] = {"-c", "pwd > ../out", NULL};
    const char* failure = shell_run(args, NULL, DIR "/sub");
    TAP_CHECK(failure == NULL, "%s", failure);
    EXPECT_FILE("out", DIR "/sub\n");
    return NULL;
}

static const char* test_builtins_in_pipelines(void)
{
    RUN("pwd | " CAT " > out", 0);
    EXPECT_FILE("out", DIR "\n");
    RUN("help > out", 0);
    char text[1024];
    TAP_CHECK(file_text(DIR "/out", text, sizeof(text)) > 0, "reading out: %s", strerror(errno));
    TAP_CHECK(strstr(text, "cd [DIR]") != NULL && strstr(text, "exit [N]") != NULL &&
                  strstr(text, "history") != NULL,
        "help printed '%s'", text);
    RUN("history", 0);
    EXPECT_TEXT("history when not interactive", run.out, "");
    return NULL;
}

// Run the line editor on @p keys; fail unless it printed @p expected.
static const char* check_editor(const char* keys, const char* expected)
{
    const char* args[] = {"--edit-keys", NULL};
    const char* failure = shell_run(args, keys, DIR);
    TAP_CHECK(failure == NULL, "%s", failure);
    TAP_CHECK(run.status == 0, "status %d", run.status);
    TAP_CHECK(strcmp(run.out, expected) == 0, "the editor gave '%s', expected '%s'", run.out, expected);
    return NULL;
}

#define EDITOR_CHECK(keys, expected)                     \
    do                                                   \
    {                                                    \
        const char* editor_failure_ = check_editor(keys, expected); \
        TAP_CHECK(editor_failure_ == NULL, "keys '%s': %s", keys, editor_failure_); \
    } while (0)

static const char* test_line_editor(void)
{
    EDITOR_CHECK("abc\r", "line abc\ncursor 3\nend\n");
    EDITOR_CHECK("abc\x1b[D\x1b[DX\r", "line aXbc\ncursor 2\nend\n");
    EDITOR_CHECK("abc\x1b[D\x1b[D\x1b[C\x7f\x08\rnext\n", "line c\ncursor 0\nline next\ncursor 4\nend\n");
    EDITOR_CHECK("bc\x01" "a\x05" "d\x1b[HX\x1b[FY\r", "line XabcdY\ncursor 6\nend\n");
    EDITOR_CHECK("gone\x15kept\r\n", "line kept\ncursor 4\nend\n"); // CR LF is one Enter
    EDITOR_CHECK("one\rtwo\r\x1b[A\x1b[A\r", "line one\ncursor 3\nline two\ncursor 3\nline one\ncursor 3\nend\n");
    EDITOR_CHECK("one\rdraft\x1b[A\x1b[B!\r",
        "line one\ncursor 3\nline draft!\ncursor 6\nend\n"); // Down brings the line being typed back
    EDITOR_CHECK("abc\x03x\r\x04", "cancel\nline x\ncursor 1\nend\n");
    EDITOR_CHECK("ab\x1b[D\x04\r", "line a\ncursor 1\nend\n"); // ^D on a non-empty line deletes
    EDITOR_CHECK("a\x1b[3~b\x1b[1~\x1b[3~\r", "line b\ncursor 0\nend\n");
    return NULL;
}

// Copy the file @p from to @p to (a program the PATH tests can find).
static const char* copy_file(const char* from, const char* to)
{
    fd_t in = io_open(from);
    TAP_CHECK(in != -1, "open %s: %s", from, strerror(errno));
    fd_t out = io_openf("%s?create&trunc", to);
    TAP_CHECK(out != -1, "open %s: %s", to, strerror(errno));
    char chunk[4096];
    ssize_t got;
    while ((got = read(in, chunk, sizeof(chunk))) > 0)
    {
        TAP_CHECK(write(out, chunk, (size_t)got) == got, "write %s: %s", to, strerror(errno));
    }
    close(in);
    close(out);
    TAP_CHECK(got == 0, "read %s: %s", from, strerror(errno));
    return NULL;
}

static const char* make_dir(const char* path)
{
    TAP_CHECK(io_mkdir(path) == 0 || errno == EEXIST, "mkdir %s: %s", path, strerror(errno));
    return NULL;
}

// A name without ':' or '/' is found through PATH: its entries in order,
// a label's ':' kept, a directory of that name skipped, an empty entry
// the working directory, the default when PATH is unset.
static const char* test_path_search(void)
{
    const char* failure;
    const char* dirs[] = {DIR "/bin1", DIR "/bin2", DIR "/bin1/pathsay", NULL};
    for (int i = 0; dirs[i] != NULL; i++)
    {
        failure = make_dir(dirs[i]);
        TAP_CHECK(failure == NULL, "%s", failure);
    }
    const char* copies[][2] = {{SAY, DIR "/bin2/pathsay"}, {EXIT, DIR "/bin1/pick"}, {SAY, DIR "/bin2/pick"}};
    for (size_t i = 0; i < sizeof(copies) / sizeof(copies[0]); i++)
    {
        failure = copy_file(copies[i][0], copies[i][1]);
        TAP_CHECK(failure == NULL, "%s", failure);
    }
    // The shell was started with our environment, which init gave PATH.
    const char* given = getenv("PATH");
    TAP_CHECK(given != NULL && strcmp(given, SPAWN_DEFAULT_PATH) == 0, "init gave PATH '%s', expected '%s'",
              given != NULL ? given : "(unset)", SPAWN_DEFAULT_PATH);
    // bin1 holds a directory called pathsay: skipped for bin2's program.
    RUN("export PATH=" DIR "/bin1:" DIR "/bin2; pathsay found > out", 0);
    EXPECT_FILE("out", "found\n");
    // The first directory that has the name wins.
    RUN("export PATH=" DIR "/bin1:" DIR "/bin2; pick 5", 5);
    RUN("export PATH=" DIR "/bin2:" DIR "/bin1; pick 5 > out", 0);
    EXPECT_FILE("out", "5\n");
    // An empty entry (here after the last ':') is the working directory.
    RUN("export PATH=" DIR "/nowhere:; cd bin2; pathsay from cwd > ../out", 0);
    EXPECT_FILE("out", "from cwd\n");
    RUN("export PATH=" DIR "/nowhere; pathsay x", 127);
    EXPECT_TEXT("stderr", run.err, "shell: pathsay: not found\n");
    // Unset, PATH is home:/bin:home:/usr/bin: the shell itself is there.
    RUN("unset PATH; shell -c 'exit 3'", 3);
    return NULL;
}

static const char* test_utilities(void)
{
    stat_t info;
    if (io_stat("home:/bin/echo", &info) == -1 || io_stat("home:/bin/cat", &info) == -1 ||
        io_stat("home:/bin/wc", &info) == -1)
    {
        tap_note("home:/bin/echo, cat or wc is missing; only the shell's own lookup is checked");
        RUN("no-such-utility", 127);
        return NULL;
    }
    RUN("echo a b c | cat > out", 0);
    EXPECT_FILE("out", "a b c\n");
    RUN("echo piped | cat | cat", 0);
    EXPECT_TEXT("stdout", run.out, "piped\n");
    RUN("echo a b | wc -w > out", 0);
    char text[64];
    TAP_CHECK(file_text(DIR "/out", text, sizeof(text)) > 0 && atol(text) == 2, "wc -w wrote '%s'", text);
    return NULL;
}

int main(void)
{
    tap_suite("shell");
    tap_run("setup", test_setup);
    tap_run("pipeline", test_pipeline);
    tap_run("pipeline-status", test_pipeline_status);
    tap_run("redirect-truncate", test_redirect_truncate);
    tap_run("redirect-append", test_redirect_append);
    tap_run("redirect-input", test_redirect_input);
    tap_run("redirect-stderr", test_redirect_stderr);
    tap_run("redirect-dup", test_redirect_dup);
    tap_run("redirect-errors", test_redirect_errors);
    tap_run("quoting", test_quoting);
    tap_run("multiline", test_multiline);
    tap_run("and-or", test_and_or);
    tap_run("status-parameter", test_status_parameter);
    tap_run("exit", test_exit);
    tap_run("not-found", test_not_found);
    tap_run("syntax-error", test_syntax_error);
    tap_run("background", test_background);
    tap_run("script", test_script);
    tap_run("positional-with-c", test_positional_with_c);
    tap_run("variables", test_variables);
    tap_run("usage", test_usage);
    tap_run("commands-on-stdin", test_commands_on_stdin);
    tap_run("cd-pwd", test_cd_pwd);
    tap_run("builtins-in-pipelines", test_builtins_in_pipelines);
    tap_run("line-editor", test_line_editor);
    tap_run("path-search", test_path_search);
    tap_run("utilities", test_utilities);
    return tap_exit_status();
}

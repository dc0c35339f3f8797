// init: the first process. It reads its configuration (home:/etc/init.conf,
// or the file -f names; format in config.h) and runs what it lists, with
// its own descriptors, which at boot are the console. A configuration
// that is missing or wrong is reported, and init falls back to running
// home:/bin/shell. -c only checks the configuration and says what would
// run. Every step is one line on stderr ("init: starting ..."). Entries
// marked "desktop" run only when the desktop is wanted: there is a
// framebuffer and the kernel's command line (BOOT_CMDLINE, which the
// kernel puts in our environment) does not hold the word desktop=off;
// entries marked "text" only when it is not.
//
// Under test the kernel starts "init --test [NAME...]": init runs
// home:/test/runner with those names and exits with its status, which
// the kernel turns into the verdict.
#define PROGRAM "init"
#define USAGE "usage: init [-c] [-f CONFIG]\n       init --test [NAME...]\n"
#include "../utils/util.h" // usage and options, shared with the utilities

#include "config.h"
#include "supervise.h"

#include <sys/proc.h>

#define DEFAULT_CONFIG "home:/etc/init.conf"
#define TEST_RUNNER "home:/test/runner"

static char* fallback_argv[] = {"home:/bin/shell", NULL};
static config_entry_t fallback_entry = {CONFIG_ALWAYS, true, fallback_argv};

// Is the desktop wanted? Asked once; BOOT_CMDLINE is not passed on.
static bool desktop_wanted(void)
{
    const char* cmdline = getenv("BOOT_CMDLINE");
    char words[512];
    snprintf(words, sizeof(words), " %s ", cmdline != NULL ? cmdline : "");
    fd_t fb = io_open("sys:/fb/0/info");
    if (fb != -1)
    {
        close(fb);
    }
    return fb != -1 && strstr(words, " desktop=off ") == NULL;
}

static bool condition_holds(config_condition_t condition, bool desktop)
{
    return condition == CONFIG_ALWAYS || (condition == CONFIG_DESKTOP) == desktop;
}

// The runner gets our arguments after "--test", which becomes its argv[0].
static int run_tests(char** argv)
{
    argv[1] = TEST_RUNNER;
    int status = supervise_once(argv + 1);
    return status == -1 ? 1 : status;
}

int main(int argc, char** argv)
{
    // The kernel starts init with an empty environment; what init runs
    // finds programs through PATH (the shell, posix_spawnp).
    if (setenv("PATH", SPAWN_DEFAULT_PATH, 0) == -1)
    {
        fprintf(stderr, "init: cannot set PATH: %s\n", strerror(errno));
    }
    if (argc > 1 && strcmp(argv[1], "--test") == 0)
    {
        return run_tests(argv);
    }
    const char* path = DEFAULT_CONFIG;
    bool check = false;
    options_t options = OPTIONS_INIT(argc, argv);
    int letter;
    while ((letter = options_next(&options, "cf:")) != 0)
    {
        if (letter == 'c')
        {
            check = true;
        }
        else
        {
            path = options.value;
        }
    }
    if (options.index != argc)
    {
        usage(EXIT_USAGE);
    }
    config_t config;
    bool loaded = config_load(path, &config);
    if (!loaded)
    {
        writef(STDERR_FILENO, "init: falling back to %s\n", fallback_argv[0]);
        config = (config_t){&fallback_entry, 1};
    }
    bool desktop = desktop_wanted();
    unsetenv("BOOT_CMDLINE");
    if (check)
    {
        for (size_t i = 0; i < config.count; i++)
        {
            if (!condition_holds(config.entries[i].condition, desktop))
            {
                writef(STDERR_FILENO, "init: would not run %s (%s)\n", config.entries[i].argv[0],
                    desktop ? "the desktop runs" : "no desktop");
                continue;
            }
            writef(STDERR_FILENO, "init: would %s %s\n", config.entries[i].restart ? "run" : "run once",
                config.entries[i].argv[0]);
        }
        return loaded ? 0 : 1;
    }
    bool supervising = false;
    for (size_t i = 0; i < config.count; i++)
    {
        if (!condition_holds(config.entries[i].condition, desktop))
        {
            continue;
        }
        if (config.entries[i].restart)
        {
            supervising |= supervise_forever(config.entries[i].argv);
        }
        else
        {
            supervise_once(config.entries[i].argv);
        }
    }
    if (!supervising)
    {
        writef(STDERR_FILENO, "init: nothing left to run\n");
        return 0;
    }
    // The threads keep the programs running; this one has nothing left to do.
    thread_exit();
}

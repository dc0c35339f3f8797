// Starting user space: the first process.
//
// The command line chooses it:
//   utest[=a_test,b_test]  home:/bin/init --test [a_test b_test], under test:
//                          init runs home:/test/runner with those names and
//                          exits with its status, so the boot path tested is
//                          the one a person gets
//   ubench=GROUP           home:/bench/GROUP, under test
//   ufuzz=SECONDS[,SEED[,ARG...]]
//                          home:/bin/fuzz -t SECONDS -s SEED ARG..., under
//                          test: the in-OS fuzzer's verdict ends QEMU
//   init=PATH              PATH
// and otherwise home:/bin/init if the RAM disk has one. Under test the
// kernel waits for it and ends QEMU with its verdict (exit status 0: pass).
// The first process's environment holds BOOT_CMDLINE, the whole command
// line, for the words meant for user space (init reads desktop=off).
#include "userspace.h"

#include "cmdline.h"

#include <kernel/arch/clock.h>
#include <kernel/arch/qemu.h>
#include <kernel/fs/vfs.h>
#include <kernel/log/log.h>
#include <kernel/proc/process.h>

#include <stdio.h>
#include <string.h>

#define USERSPACE_ARGS_MAX 32

// Split @p list at commas into argv[1...]; argv[0] is already set.
static int userspace_split(char* list, char** argv, int argc)
{
    char* item = list;
    while (*item != '\0' && argc < USERSPACE_ARGS_MAX - 1)
    {
        char* comma = strchr(item, ',');
        if (comma != NULL)
        {
            *comma = '\0';
        }
        if (*item != '\0')
        {
            argv[argc++] = item;
        }
        if (comma == NULL)
        {
            break;
        }
        item = comma + 1;
    }
    return argc;
}

// ufuzz's value: "-t SECONDS", "-s SEED", then the rest as they are.
static int userspace_fuzz_args(char* list, char** argv, int argc)
{
    static char* const flags[] = {"-t", "-s"};
    char* items[USERSPACE_ARGS_MAX];
    int count = userspace_split(list, items, 0);
    for (int i = 0; i < count && argc < USERSPACE_ARGS_MAX - 2; i++)
    {
        if (i < 2)
        {
            argv[argc++] = flags[i];
        }
        argv[argc++] = items[i];
    }
    return argc;
}

void userspace_start(void)
{
    static char value[CMDLINE_MAX];
    static char program[CMDLINE_MAX];
    char* argv[USERSPACE_ARGS_MAX] = {program};
    int argc = 1;
    bool testing = false;
    if (cmdline_get("utest", value, sizeof(value)))
    {
        strcpy(program, "home:/bin/init");
        argv[argc++] = "--test";
        argc = userspace_split(value, argv, argc);
        testing = true;
    }
    else if (cmdline_get("ubench", value, sizeof(value)))
    {
        snprintf(program, sizeof(program), "home:/bench/%s", value);
        testing = true;
    }
    else if (cmdline_get("ufuzz", value, sizeof(value)))
    {
        strcpy(program, "home:/bin/fuzz");
        argc = userspace_fuzz_args(value, argv, argc);
        testing = true;
        qemu_set_testing(true); // a fuzzing run is a test run: a panic ends QEMU too
    }
    else if (!cmdline_get("init", program, sizeof(program)))
    {
        strcpy(program, "home:/bin/init");
        stat_t info;
        if (vfs_stat(NULL, program, &info) != 0)
        {
            log_info("init: no %s on the RAM disk; nothing to start", program);
            return;
        }
    }
    argv[argc] = NULL;
    static char boot_cmdline[sizeof("BOOT_CMDLINE=") + CMDLINE_MAX];
    snprintf(boot_cmdline, sizeof(boot_cmdline), "BOOT_CMDLINE=%s", cmdline_text());
    char* envp[] = {boot_cmdline};
    pid_t pid = process_spawn(NULL, argv, argc, envp, 1, NULL, 0, NULL, PRIORITY_DEFAULT);
    if (pid < 0)
    {
        log_error("init: cannot start %s (error %d)", program, (int)-pid);
        qemu_exit_if_testing(QEMU_EXIT_FAIL);
        return;
    }
    log_info("init: started %s as pid %ld at %lu ms", program, (long)pid,
        (unsigned long)(clock_uptime_ns() / CLOCK_NS_PER_MS));
    if (!testing)
    {
        return;
    }
    process_t* first = process_get(pid);
    int status = -1;
    if (first != NULL)
    {
        process_wait_exit(first, NULL);
        status = first->status;
        process_put(first);
    }
    log_info("init: %s exited with status %d", program, status);
    qemu_exit_if_testing(status == 0 ? QEMU_EXIT_PASS : QEMU_EXIT_FAIL);
}

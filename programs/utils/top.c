// top [-n COUNT] [-d SECONDS]: shows the processes (sys:/proc/[pid]/status
// and cmdline) under a summary of memory (sys:/stat/mem) and of each CPU
// (sys:/stat/sched), refreshed every SECONDS (2 by default) until 'q' or
// ^C is typed, or COUNT times. With -n 1 it prints once, as plain text.
// The kernel shows no per-process memory or CPU time yet: a process's
// figures are its threads and priority; a CPU's, its context switches
// (with their rate since the last refresh) and waiting threads.
#define PROGRAM "top"
#define USAGE "usage: top [-n COUNT] [-d SECONDS]\n"
#include "util.h"

#include <stdio.h>
#include <sys/proc.h> // PAGE_SIZE

#define MAX_CPUS 64
#define COMMAND_WIDTH 44 // what is left of an 80-column line
#define NS_PER_SECOND 1000000000ULL

static unsigned long long last_switches[MAX_CPUS];
static uint64_t last_time;

// The file at @p path as text (cut to @p size - 1 bytes); "" if it cannot be read.
static char* read_text(const char* path, char* text, size_t size)
{
    fd_t fd = io_open(path);
    ssize_t length = fd != -1 ? read(fd, text, size - 1) : -1;
    if (fd != -1)
    {
        close(fd);
    }
    text[length > 0 ? length : 0] = '\0';
    return text;
}

// The number after "@p key " at the start of a line of @p text; 0 if none.
static unsigned long long value_of(const char* text, const char* key)
{
    size_t length = strlen(key);
    for (const char* line = text; line != NULL && *line != '\0'; line = strchr(line, '\n'), line += line != NULL)
    {
        if (strncmp(line, key, length) == 0 && line[length] == ' ')
        {
            return strtoull(line + length + 1, NULL, 10);
        }
    }
    return 0;
}

static void show_cpus(void)
{
    char text[2048];
    read_text("sys:/stat/sched", text, sizeof(text));
    uint64_t now = uptime();
    double seconds = last_time != 0 ? (double)(now - last_time) / NS_PER_SECOND : 0;
    for (const char* line = text; *line != '\0';)
    {
        unsigned cpu;
        unsigned long long interrupts, switches, waiting;
        if (sscanf(line, "cpu%u timer_interrupts %llu switches %llu waiting %llu", &cpu, &interrupts, &switches,
                &waiting) == 4 && cpu < MAX_CPUS)
        {
            printf("cpu%-3u %10llu switches", cpu, switches);
            if (seconds > 0)
            {
                printf(" (%6.0f/s)", (double)(switches - last_switches[cpu]) / seconds);
            }
            printf(", %llu timer interrupts, %llu waiting\n", interrupts, waiting);
            last_switches[cpu] = switches;
        }
        const char* next = strchr(line, '\n');
        line = next != NULL ? next + 1 : strchr(line, '\0');
    }
    last_time = now;
}

static int compare_pids(const void* a, const void* b)
{
    long long left = atoll(((const stat_t*)a)->name), right = atoll(((const stat_t*)b)->name);
    return (left > right) - (left < right);
}

static void show_processes(void)
{
    size_t count;
    stat_t* entries = list_directory("sys:/proc", &count);
    if (entries == NULL)
    {
        complain("sys:/proc", errno);
        return;
    }
    qsort(entries, count, sizeof(stat_t), compare_pids);
    printf("\n%6s %6s %-8s %7s %4s %s\n", "PID", "PARENT", "STATE", "THREADS", "PRIO", "COMMAND");
    for (size_t i = 0; i < count; i++)
    {
        char path[MAX_PATH], status[512], command[512];
        snprintf(path, sizeof(path), "sys:/proc/%s/status", entries[i].name);
        read_text(path, status, sizeof(status));
        snprintf(path, sizeof(path), "sys:/proc/%s/cmdline", entries[i].name);
        read_text(path, command, sizeof(command));
        command[strcspn(command, "\n")] = '\0';
        const char* state = strstr(status, "state exited") != NULL ? "exited" : "running";
        printf("%6s %6llu %-8s %7llu %4llu %.*s\n", entries[i].name, value_of(status, "parent"), state,
            value_of(status, "threads"), value_of(status, "priority"), COMMAND_WIDTH, command);
    }
    free(entries);
}

static void show(void)
{
    char mem[512];
    read_text("sys:/stat/mem", mem, sizeof(mem));
    unsigned long long total = value_of(mem, "total_pages") * PAGE_SIZE, free = value_of(mem, "free_pages") * PAGE_SIZE;
    printf("memory: %.1f MiB free of %.1f MiB; kernel heap: %llu pages, %llu allocations\n",
        (double)free / (1 << 20), (double)total / (1 << 20),
        value_of(mem, "heap_slab_pages") + value_of(mem, "heap_large_pages"), value_of(mem, "heap_allocations"));
    show_cpus();
    show_processes();
}

// Wait up to @p timeout_ns for a key on stdin; true if it asks to quit
// ('q', ^C or ^D as raw mode passes them, or the end of stdin).
static bool wait_for_quit(uint64_t timeout_ns)
{
    static bool stdin_gone;
    uint64_t deadline = uptime() + timeout_ns;
    for (uint64_t now = uptime(); now < deadline; now = uptime())
    {
        if (stdin_gone)
        {
            sleep_ns(deadline - now);
            break;
        }
        pollfd_t poll_fd = {STDIN_FILENO, POLL_READ, 0};
        if (io_poll(&poll_fd, 1, deadline - now) <= 0 || poll_fd.revents == 0)
        {
            continue;
        }
        char keys[16];
        ssize_t got = read(STDIN_FILENO, keys, sizeof(keys));
        stdin_gone = got <= 0;
        for (ssize_t i = 0; i < got; i++)
        {
            if (keys[i] == 'q' || keys[i] == 'Q' || keys[i] == 3 || keys[i] == 4)
            {
                return true;
            }
        }
    }
    return false;
}

int main(int argc, char** argv)
{
    unsigned long long count = 0;
    double delay = 2;
    options_t options = OPTIONS_INIT(argc, argv);
    int letter;
    while ((letter = options_next(&options, "n:d:")) != 0)
    {
        char* end;
        if (letter == 'n')
        {
            count = strtoull(options.value, &end, 10);
        }
        else
        {
            delay = strtod(options.value, &end);
        }
        if (end == options.value || *end != '\0' || strspn(options.value, "0123456789.") != strlen(options.value) ||
            (letter == 'n' && count == 0) || delay > 1e6)
        {
            writef(STDERR_FILENO, "%s: -%c %s: not a positive number\n", PROGRAM, letter, options.value);
            usage(EXIT_USAGE);
        }
    }
    if (options.index != argc)
    {
        usage(EXIT_USAGE);
    }
    // Refreshing: the screen is cleared each time, and the console is put
    // in raw mode so a 'q' counts without Enter (the kernel ends raw mode
    // when this descriptor closes, even if top dies).
    bool refreshing = count != 1;
    if (refreshing)
    {
        const char* ctl = getenv("TERMCTL"); // a pseudo-terminal's, as for the shell
        fd_t consctl = io_open(ctl != NULL && ctl[0] != '\0' ? ctl : "sys:/consctl");
        if (consctl != -1)
        {
            write(consctl, "rawon", 5);
        }
    }
    for (unsigned long long refresh = 1;; refresh++)
    {
        if (refreshing)
        {
            printf("\x1b[H\x1b[2J");
        }
        show();
        fflush(stdout);
        if ((count != 0 && refresh >= count) || wait_for_quit((uint64_t)(delay * NS_PER_SECOND)))
        {
            break;
        }
    }
    return 0;
}

// The sys: files, as walked at start-up: each read in hostile pieces at
// hostile offsets, written with junk and ctl commands, and the devices
// (framebuffer, keyboard, mouse, console) in their own ways.
#include "ops.h"
#include "text.h"

#include <string.h>

static const char* const any_verbs[] = {"wait", "kill", "noted", "handler ", "bind ", "listen", "connect ", "rawon",
    "rawoff", "foreground ", NULL};

// A known sys: file the rule lets us keep (not the console, not another's ctl).
static bool sys_pick(child_t* child, rng_t* rng, char out[MAX_PATH], path_class_t* class)
{
    for (int tries = 0; tries < 8 && child->paths.count > 0; tries++)
    {
        strcpy(out, child->paths.known[rng_below(rng, child->paths.count)]);
        *class = paths_classify(child, out);
        if (strncmp(out, "sys:", 4) == 0 && (*class == PATH_SYS || *class == PATH_SYS_WAITS))
        {
            return true;
        }
    }
    return false;
}

void op_sys_read(child_t* child, rng_t* rng)
{
    char path[MAX_PATH];
    path_class_t class;
    if (!sys_pick(child, rng, path, &class))
    {
        return;
    }
    if (class == PATH_SYS_WAITS || rng_chance(rng, 30))
    {
        strncat(path, "?nonblock", MAX_PATH - strlen(path) - 1);
    }
    fd_t fd = io_open(path);
    if (fd == -1)
    {
        return;
    }
    for (int i = (int)rng_range(rng, 1, 6); i > 0; i--)
    {
        size_t length = rng_chance(rng, 70) ? rng_range(rng, 0, 200) : SANDBOX_SCRATCH_PAGES * PAGE_SIZE;
        void* buffer = child->sandbox.scratch + rng_below(rng, 64);
        if (rng_chance(rng, 20))
        {
            hostile_buffer_t hostile = hostile_buffer(rng, &child->sandbox);
            buffer = (void*)hostile.address;
            length = hostile.length;
        }
        if (rng_chance(rng, 25))
        {
            seek(fd, (off_t)(rng_chance(rng, 50) ? rng_below(rng, 300) : hostile_integer(rng)), (int)rng_below(rng, 3));
        }
        if (read(fd, buffer, length) <= 0 && rng_chance(rng, 50))
        {
            break;
        }
    }
    close(fd);
}

void op_sys_write(child_t* child, rng_t* rng)
{
    char path[MAX_PATH], command[160];
    path_class_t class;
    if (!sys_pick(child, rng, path, &class))
    {
        return;
    }
    fd_t fd = io_open(path);
    if (fd == -1)
    {
        return;
    }
    size_t length = text_ctl_command(rng, any_verbs, NULL, command, sizeof(command));
    // Never "kill" or "handler" on our own ctl (other processes' are not
    // reachable: the rule refuses them).
    if (!text_starts_with_word(command, length, "kill") && !text_starts_with_word(command, length, "handler"))
    {
        write(fd, command, length);
    }
    close(fd);
}

void op_sys_fb(child_t* child, rng_t* rng)
{
    fd_t fd = io_open(rng_chance(rng, 80) ? "sys:/fb/0/buffer" : "sys:/fb/0/info");
    if (fd == -1)
    {
        return;
    }
    switch (rng_below(rng, 4))
    {
    case 0:
    {
        seek(fd, (off_t)(rng_chance(rng, 50) ? rng_below(rng, 8 << 20) : hostile_integer(rng)), (int)rng_below(rng, 4));
        size_t length = rng_range(rng, 0, 4096);
        rng_fill(rng, child->sandbox.scratch, length);
        write(fd, child->sandbox.scratch, length);
        break;
    }
    case 1:
    {
        seek(fd, (off_t)(rng_chance(rng, 50) ? rng_below(rng, 8 << 20) : hostile_integer(rng)), (int)rng_below(rng, 4));
        hostile_buffer_t buffer = hostile_buffer(rng, &child->sandbox);
        read(fd, (void*)buffer.address, buffer.length);
        break;
    }
    default:
    {
        uint64_t length = rng_chance(rng, 70) ? rng_range(rng, 1, 8 << 20) : hostile_length(rng);
        uint8_t* pixels = mem_map(fd, NULL, length, PROT_READ | PROT_WRITE);
        if (pixels != NULL)
        {
            pixels[rng_below(rng, length)] ^= 0xff;
            munmap(pixels, length);
        }
        break;
    }
    }
    close(fd);
}

void op_sys_input(child_t* child, rng_t* rng)
{
    // Nobody types under test: a blocking read waits until an alarm note.
    const char* path = rng_chance(rng, 50) ? "sys:/kbd/ps2" : "sys:/mouse/ps2";
    fd_t fd = rng_chance(rng, 97) ? io_openf("%s?nonblock", path) : io_open(path);
    if (fd == -1)
    {
        return;
    }
    hostile_buffer_t buffer = hostile_buffer(rng, &child->sandbox);
    read(fd, (void*)buffer.address, buffer.length);
    close(fd);
}

// The console takes writes only: a line of printable text and the escape
// sequences a line editor sends (one write: it does not break into other
// lines), and never "foreground" on consctl (the test run's console must
// keep working). Raw mode ends, and the screen comes back, when the file
// that changed them closes.
void op_console(child_t* child, rng_t* rng)
{
    static const char* const sequences[] = {"\x1b[2K", "\x1b[1D", "\x1b[C", "\x1b[999C", "\x1b[0m", "\x1b[31m",
        "\x1b[?25h", "\b", "\x1b[K"};
    static const char* const verbs[] = {"rawon", "rawoff", "raw", "on", "screenoff", "screenon", "screen", NULL};
    if (rng_chance(rng, 50))
    {
        char command[48];
        size_t length = text_ctl_command(rng, verbs, NULL, command, sizeof(command));
        fd_t fd = io_open("sys:/consctl");
        if (fd != -1 && !text_starts_with_word(command, length, "fore"))
        {
            write(fd, command, length);
            hostile_buffer_t buffer = hostile_buffer(rng, &child->sandbox);
            read(fd, (void*)buffer.address, buffer.length);
        }
        if (fd != -1)
        {
            close(fd);
        }
        return;
    }
    char text[64];
    size_t length = 0;
    while (length < 40 && rng_chance(rng, 97))
    {
        if (rng_chance(rng, 20))
        {
            const char* sequence = sequences[rng_below(rng, sizeof(sequences) / sizeof(sequences[0]))];
            memcpy(text + length, sequence, strlen(sequence));
            length += strlen(sequence);
        }
        else
        {
            text[length++] = (char)rng_range(rng, 0x20, 0x7e);
        }
    }
    text[length++] = '\n'; // a line of its own: other lines stay whole
    fd_t fd = io_open("sys:/console");
    if (fd != -1)
    {
        write(fd, text, length);
        close(fd);
    }
    (void)child;
}

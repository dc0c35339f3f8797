// Notes from user space: sending one is writing to the target's note
// file; handling them means telling the kernel where _note_entry
// (note_entry.asm) is, through our own ctl file, which stays open for the
// "noted" that ends each handler.
#include <stdio.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

extern void _note_entry(void);

// Read by note_entry.asm.
void (*_note_user_handler)(const char* note);
fd_t _note_ctl_fd = -1;

int note_handler(void (*handler)(const char* note))
{
    if (_note_ctl_fd == -1)
    {
        _note_ctl_fd = io_openf("sys:/proc/%lld/ctl", (long long)process_id());
        if (_note_ctl_fd == -1)
        {
            return -1;
        }
    }
    _note_user_handler = handler;
    unsigned long entry = handler != NULL ? (unsigned long)_note_entry : 0;
    return writef(_note_ctl_fd, "handler 0x%lx", entry) == -1 ? -1 : 0;
}

int note_send(pid_t pid, const char* note)
{
    fd_t fd = io_openf("sys:/proc/%lld/note", (long long)pid);
    if (fd == -1)
    {
        return -1;
    }
    ssize_t written = write(fd, note, strlen(note));
    close(fd);
    return written == -1 ? -1 : 0;
}

#include <errno.h>
#include <string.h>

// Indexed by error number; the gaps are numbers errno.h does not define.
static const char* const messages[] = {
    [0] = "No error",
    [EPERM] = "Operation not permitted",
    [ENOENT] = "No such file or directory",
    [ESRCH] = "No such process",
    [EINTR] = "Interrupted",
    [EIO] = "Input/output error",
    [ENXIO] = "No such device or address",
    [E2BIG] = "Argument list too long",
    [ENOEXEC] = "Not an executable",
    [EBADF] = "Bad file descriptor",
    [ECHILD] = "No child process",
    [EAGAIN] = "Would block; try again",
    [ENOMEM] = "Out of memory",
    [EACCES] = "Permission denied",
    [EFAULT] = "Bad address",
    [EBUSY] = "Busy",
    [EEXIST] = "Already exists",
    [EXDEV] = "Cross-device operation",
    [ENODEV] = "No such device",
    [ENOTDIR] = "Not a directory",
    [EISDIR] = "Is a directory",
    [EINVAL] = "Invalid argument",
    [ENFILE] = "Too many open files in the system",
    [EMFILE] = "Too many open files in the process",
    [ENOTTY] = "Not a terminal",
    [EFBIG] = "File too large",
    [ENOSPC] = "No space left",
    [ESPIPE] = "Seek on a pipe or socket",
    [EROFS] = "Read-only file system",
    [EMLINK] = "Too many links",
    [EPIPE] = "Broken pipe",
    [EDOM] = "Argument outside the function's domain",
    [ERANGE] = "Result out of range",
    [EDEADLK] = "Deadlock avoided",
    [ENAMETOOLONG] = "Name too long",
    [ENOSYS] = "Function not implemented",
    [ENOTEMPTY] = "Directory not empty",
    [EILSEQ] = "Illegal byte sequence",
    [EOVERFLOW] = "Value too large for its type",
    [ENOTSUP] = "Not supported",
    [ETIMEDOUT] = "Timed out",
    [ECONNREFUSED] = "Connection refused",
    [EADDRINUSE] = "Name already in use",
    [ECONNABORTED] = "Connection aborted",
    [EISCONN] = "Already connected",
    [ENOTCONN] = "Not connected",
};

char* strerror(int errnum)
{
    if (errnum < 0 || (size_t)errnum >= sizeof(messages) / sizeof(messages[0]) || messages[errnum] == NULL)
    {
        return "Unknown error";
    }
    // The cast only satisfies C's prototype; callers must not write through it.
    return (char*)messages[errnum];
}

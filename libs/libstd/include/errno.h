/**
 * @file errno.h
 * @brief Error numbers. System calls report failure as a negated one of
 * these (see sys/syscall.h); libstd's wrappers store it in errno and return
 * -1.
 */
#ifndef _ERRNO_H
#define _ERRNO_H 1

/** Location of the calling thread's errno. */
int* _errno_location(void);
/** The last error number set by a libstd function in this thread. */
#define errno (*_errno_location())

#define EPERM 1         /**< Operation not permitted. */
#define ENOENT 2        /**< No such file or directory. */
#define ESRCH 3         /**< No such process. */
#define EINTR 4         /**< Interrupted. */
#define EIO 5           /**< Input/output error. */
#define ENXIO 6         /**< No such device. */
#define E2BIG 7         /**< Argument list too long. */
#define ENOEXEC 8       /**< Not an executable. */
#define EBADF 9         /**< Bad file descriptor. */
#define ECHILD 10       /**< No child process. */
#define EAGAIN 11       /**< Would block; try again. */
#define EWOULDBLOCK EAGAIN /**< Would block (the same as EAGAIN). */
#define ENOMEM 12       /**< Out of memory. */
#define EACCES 13       /**< Permission denied. */
#define EFAULT 14       /**< Bad address. */
#define EBUSY 16        /**< Busy. */
#define EEXIST 17       /**< Already exists. */
#define EXDEV 18        /**< Cross-device operation. */
#define ENODEV 19       /**< No such device. */
#define ENOTDIR 20      /**< Not a directory. */
#define EISDIR 21       /**< Is a directory. */
#define EINVAL 22       /**< Invalid argument. */
#define ENFILE 23       /**< Too many open files in the system. */
#define EMFILE 24       /**< Too many open files in the process. */
#define ENOTTY 25       /**< Not a terminal. */
#define EFBIG 27        /**< File too large. */
#define ENOSPC 28       /**< No space left. */
#define ESPIPE 29       /**< Seek on a pipe or socket. */
#define EROFS 30        /**< Read-only file system. */
#define EMLINK 31       /**< Too many links. */
#define EPIPE 32        /**< Broken pipe: the reading end is gone. */
#define EDOM 33         /**< Argument outside a math function's domain. */
#define ERANGE 34       /**< Result out of range. */
#define EDEADLK 35      /**< Deadlock avoided. */
#define ENAMETOOLONG 36 /**< Name too long. */
#define ENOSYS 38       /**< No such system call or operation. */
#define ENOTEMPTY 39    /**< Directory not empty. */
#define ETIMEDOUT 110   /**< Timed out. */
#define ECONNREFUSED 111 /**< Connection refused. */
#define ENOTSUP 95      /**< Not supported. */
#define EADDRINUSE 98   /**< The name is already bound. */
#define ECONNABORTED 103 /**< Connection aborted: the other side went away. */
#define EISCONN 106     /**< Already connected. */
#define ENOTCONN 107    /**< Not connected. */
#define EILSEQ 84       /**< Illegal byte sequence. */
#define EOVERFLOW 75    /**< Value too large for its type (gmtime of a far year). */

#endif

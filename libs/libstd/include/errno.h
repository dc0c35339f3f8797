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

/*
 * Added for the POSIX layer (ports expect them). The numbers are Linux's,
 * as the ones above are, so none of the existing ones moved; the kernel
 * shares this header and may return any of them.
 */
#define ENOTBLK 15        /**< Block device required. */
#define ETXTBSY 26        /**< Text file busy. */
#define ENOLCK 37         /**< No locks available. */
#define ELOOP 40          /**< Too many levels of symbolic links. */
#define ENOMSG 42         /**< No message of the desired type. */
#define EIDRM 43          /**< Identifier removed. */
#define ENOSTR 60         /**< Not a stream. */
#define ENODATA 61        /**< No data available. */
#define ETIME 62          /**< Timer expired. */
#define ENOSR 63          /**< Out of streams resources. */
#define ENOLINK 67        /**< Link has been severed. */
#define EPROTO 71         /**< Protocol error. */
#define EMULTIHOP 72      /**< Multihop attempted. */
#define EBADMSG 74        /**< Bad message. */
#define ENOTSOCK 88       /**< Not a socket. */
#define EDESTADDRREQ 89   /**< Destination address required. */
#define EMSGSIZE 90       /**< Message too long. */
#define EPROTOTYPE 91     /**< Wrong protocol type for socket. */
#define ENOPROTOOPT 92    /**< Protocol not available. */
#define EPROTONOSUPPORT 93  /**< Protocol not supported. */
#define ESOCKTNOSUPPORT 94  /**< Socket type not supported. */
#define EPFNOSUPPORT 96   /**< Protocol family not supported. */
#define EAFNOSUPPORT 97   /**< Address family not supported. */
#define EADDRNOTAVAIL 99  /**< Address not available. */
#define ENETDOWN 100      /**< Network is down. */
#define ENETUNREACH 101   /**< Network unreachable. */
#define ENETRESET 102     /**< Connection reset by the network. */
#define ECONNRESET 104    /**< Connection reset by peer. */
#define ENOBUFS 105       /**< No buffer space available. */
#define ESHUTDOWN 108     /**< Cannot send after shutdown. */
#define ETOOMANYREFS 109  /**< Too many references. */
#define EHOSTDOWN 112     /**< Host is down. */
#define EHOSTUNREACH 113  /**< Host unreachable. */
#define EALREADY 114      /**< Operation already in progress. */
#define EINPROGRESS 115   /**< Operation in progress. */
#define ESTALE 116        /**< Stale file handle. */
#define EDQUOT 122        /**< Disk quota exceeded. */
#define ECANCELED 125     /**< Operation canceled. */
#define EOWNERDEAD 130    /**< Previous owner died. */
#define ENOTRECOVERABLE 131  /**< State not recoverable. */
#define EOPNOTSUPP ENOTSUP /**< Operation not supported (the same as ENOTSUP). */
#define EDEADLOCK EDEADLK  /**< The same as EDEADLK. */

#endif

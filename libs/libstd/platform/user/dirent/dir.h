// The directory stream behind DIR (dirent.h).
#ifndef _LIBSTD_DIR_H
#define _LIBSTD_DIR_H 1

#include <dirent.h>
#include <sys/io.h>

/** How many entries one io_readdir() call fetches: the kernel's most (SYS_READDIR_MAX). */
#define DIR_BATCH 64

struct libstd_dir
{
    fd_t fd;
    size_t count;              /**< entries in batch */
    size_t next;               /**< the next one readdir returns */
    stat_t batch[DIR_BATCH];   /**< the last io_readdir() batch */
    struct dirent entry;       /**< what readdir returned last */
};

#endif

/* Commands to a process through its sys:/proc/[pid]/ctl file (private). */
#ifndef _LIBSTD_USER_PROC_CTL_H
#define _LIBSTD_USER_PROC_CTL_H 1

#include <sys/types.h>

/* Write @p command to process @p pid's ctl file: 0, or -1 with errno set
   by whichever step failed (opening the file or the command itself). */
int _proc_ctl(pid_t pid, const char* command);

#endif

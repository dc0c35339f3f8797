/* Reading a process's text files, sys:/proc/[pid]/NAME (private). */
#ifndef _LIBSTD_USER_PROC_FILE_H
#define _LIBSTD_USER_PROC_FILE_H 1

#include <sys/types.h>

/* Read process @p pid's file @p name whole into @p text (@p size bytes,
   null-terminated; longer text is cut). Returns its length, or -1 with
   errno (ENOENT: no such process). */
ssize_t _proc_file_read(pid_t pid, const char* name, char* text, size_t size);

/* The number after "KEY " on a line of @p text (a status file), in
   @p value; -1 if there is no such line. */
int _proc_status_field(const char* text, const char* key, long long* value);

#endif

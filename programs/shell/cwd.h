// The working directory as text, for the prompt and pwd (getcwd, which
// reads what the kernel shows in sys:/proc/[pid]/cwd).
#ifndef SHELL_CWD_H
#define SHELL_CWD_H 1

#include <sys/io.h>

/**
 * The shell's working directory, such as "home:/usr/bin", in a buffer
 * valid until the next call; "?" if it cannot be read.
 */
const char* cwd_get(void);

#endif

// Reading a whole (small) file as text, for the in-OS tests.
#ifndef TESTS_USER_FILE_TEXT_H
#define TESTS_USER_FILE_TEXT_H 1

#include <stddef.h>
#include <sys/types.h>

/**
 * Read the file at @p path from its start into @p text, null-terminated;
 * at most @p size - 1 bytes. Returns the length, or -1 with errno set.
 */
ssize_t file_text(const char* path, char* text, size_t size);

#endif

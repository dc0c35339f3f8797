// Reading a whole (small) file as text, for the in-OS tests, and the
// "key value" lines the kernel's sys: files are made of.
#ifndef TESTS_USER_FILE_TEXT_H
#define TESTS_USER_FILE_TEXT_H 1

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

/**
 * Read the file at @p path from its start into @p text, null-terminated;
 * at most @p size - 1 bytes. Returns the length, or -1 with errno set.
 */
ssize_t file_text(const char* path, char* text, size_t size);

/**
 * Find the line "@p key value" in @p text and copy its value (cut to
 * @p size - 1 bytes); false if there is no such line.
 */
bool text_value(const char* text, const char* key, char* value, size_t size);

/** The number on the line "@p key N" of the file at @p path; -1 if it cannot be read. */
long long file_number(const char* path, const char* key);

#endif

/**
 * @file string.h
 * @brief String and memory functions (C17 7.24). GCC may emit calls to
 * memcpy, memmove, memset and memcmp even in freestanding code, so every
 * platform of libstd provides them.
 *
 * Comparisons order bytes as unsigned char. No function allocates or keeps
 * state between calls.
 */
#ifndef _STRING_H
#define _STRING_H 1

#include <stddef.h>

/** Copy @p count bytes; the areas must not overlap. @return dest. */
void* memcpy(void* restrict dest, const void* restrict src, size_t count);
/** Copy @p count bytes; the areas may overlap. @return dest. */
void* memmove(void* dest, const void* src, size_t count);
/** Fill @p count bytes with (unsigned char)@p value. @return dest. */
void* memset(void* dest, int value, size_t count);
/** Compare @p count bytes. @return <0, 0 or >0 as a is below, equal to or above b. */
int memcmp(const void* a, const void* b, size_t count);
/** The first byte equal to (unsigned char)@p value among @p count bytes, or NULL. */
void* memchr(const void* src, int value, size_t count);

/** The number of bytes before the terminating null byte. */
size_t strlen(const char* str);
/** Like strlen, but reads at most @p max_length bytes and returns at most that (POSIX). */
size_t strnlen(const char* str, size_t max_length);

/** Compare two strings. @return <0, 0 or >0. */
int strcmp(const char* a, const char* b);
/** Compare at most @p count bytes of two strings. @return <0, 0 or >0. */
int strncmp(const char* a, const char* b, size_t count);

/** Copy @p src with its terminator into @p dest. @return dest. */
char* strcpy(char* restrict dest, const char* restrict src);
/**
 * Copy at most @p count bytes of @p src and zero-fill @p dest up to
 * @p count bytes. dest is not terminated when src is @p count bytes or
 * longer. @return dest.
 */
char* strncpy(char* restrict dest, const char* restrict src, size_t count);
/** Append @p src to the string in @p dest. @return dest. */
char* strcat(char* restrict dest, const char* restrict src);
/** Append at most @p count bytes of @p src, then a terminator. @return dest. */
char* strncat(char* restrict dest, const char* restrict src, size_t count);

/** The first (char)@p value in @p str, or NULL; a value of 0 finds the terminator. */
char* strchr(const char* str, int value);
/** The last (char)@p value in @p str, or NULL; a value of 0 finds the terminator. */
char* strrchr(const char* str, int value);
/** The first occurrence of @p needle in @p haystack, or NULL; "" is found at once. */
char* strstr(const char* haystack, const char* needle);
/** The length of the leading part of @p str made only of bytes in @p accept. */
size_t strspn(const char* str, const char* accept);
/** The length of the leading part of @p str made only of bytes not in @p reject. */
size_t strcspn(const char* str, const char* reject);
/** The first byte of @p str that is in @p accept, or NULL. */
char* strpbrk(const char* str, const char* accept);

/** Compare in the current locale's collation: byte order (code point order for UTF-8) in every locale. */
int strcoll(const char* a, const char* b);
/**
 * Transform @p src so that strcmp of the results orders as strcoll: a
 * copy here. Stores at most @p count bytes, terminator included.
 * @return the length of the transformed string; if it is >= @p count,
 * @p dest holds nothing useful.
 */
size_t strxfrm(char* restrict dest, const char* restrict src, size_t count);
/**
 * Split @p str into tokens separated by bytes of @p delimiters: each call
 * returns the next token, terminated in place, or NULL when none is left;
 * later calls pass NULL for @p str. The place is kept in one static
 * pointer for the whole process: not for use by two threads at once (C
 * allows that), and user space only.
 */
char* strtok(char* restrict str, const char* restrict delimiters);

/**
 * A message describing error number @p errnum (see errno.h); "Unknown
 * error" for a number errno.h does not define. The string is constant and
 * shared: do not modify it.
 */
char* strerror(int errnum);

/**
 * A copy of @p str in memory from malloc (POSIX), to be given back with
 * free. NULL with errno ENOMEM when there is no memory. User space only.
 */
char* strdup(const char* str);
/**
 * A copy of at most @p max_length bytes of @p str, always terminated, in
 * memory from malloc (POSIX); @p str need not be terminated within
 * @p max_length bytes. NULL with errno ENOMEM. User space only.
 */
char* strndup(const char* str, size_t max_length);

#endif

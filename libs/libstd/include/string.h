/**
 * @file string.h
 * @brief String and memory functions (C17 7.24). GCC may emit calls to
 * memcpy, memmove, memset and memcmp even in freestanding code, so every
 * platform of libstd provides them.
 */
#ifndef _STRING_H
#define _STRING_H 1

#include <stddef.h>

void* memcpy(void* restrict dest, const void* restrict src, size_t count);
void* memmove(void* dest, const void* src, size_t count);
void* memset(void* dest, int value, size_t count);
int memcmp(const void* a, const void* b, size_t count);
size_t strlen(const char* str);

#endif

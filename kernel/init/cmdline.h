// The kernel command line: space-separated "key" or "key=value" words,
// from the boot config's cmdline entry. Values cannot contain spaces.
//
//   log=debug test=cmdline,ksym panic_test=page_fault
#ifndef KERNEL_INIT_CMDLINE_H
#define KERNEL_INIT_CMDLINE_H 1

#include <stdbool.h>
#include <stddef.h>

#define CMDLINE_MAX 512

/** Keep a copy of @p text for the lookups below. */
void cmdline_init(const char* text);

/** The whole command line. */
const char* cmdline_text(void);

/**
 * Find @p key in @p text: copy its value (empty for a bare key) into
 * @p value and return true, or return false if the key is absent.
 * A value longer than @p size - 1 is cut.
 */
bool cmdline_find(const char* text, const char* key, char* value, size_t size);

/** cmdline_find on the kernel's own command line. */
bool cmdline_get(const char* key, char* value, size_t size);

/** True if @p key is present, with or without a value. */
bool cmdline_has(const char* key);

/** True if @p item is one of the comma-separated words of @p list. */
bool cmdline_list_contains(const char* list, const char* item);

#endif

// Hostile text: ctl commands, notes, socket names and other strings the
// kernel parses, made from valid ones by mutation or from scratch.
#ifndef FUZZ_TEXT_H
#define FUZZ_TEXT_H 1

#include "rng.h"

#include <stdbool.h>
#include <stddef.h>

/**
 * Mutate the @p length bytes of @p text in place (it has room for @p size):
 * insert, delete, replace or repeat characters, cut it short, pad it with
 * spaces or newlines, or put a null byte inside. Returns the new length.
 */
size_t text_mutate(rng_t* rng, char* text, size_t length, size_t size);

/** @p count characters chosen among those parsers care about ('/', '?', '&', ':', '.', digits, controls, ...). */
void text_junk(rng_t* rng, char* out, size_t count);

/**
 * A command for a ctl file that understands @p verbs (NULL-terminated;
 * a verb ending in a space takes an argument): a valid command, a verb
 * with a hostile argument (@p argument when not NULL, else a number or
 * junk), a mutated one, or junk. Returns its length (no terminator is
 * counted; one is stored when there is room).
 */
size_t text_ctl_command(rng_t* rng, const char* const* verbs, const char* argument, char* out, size_t size);

/** A name for a socket: usually @p valid, else empty, overlong, or with odd characters. */
size_t text_socket_name(rng_t* rng, const char* valid, char* out, size_t size);

/**
 * True if the ctl command or note in @p text (@p length bytes) would be
 * read by the kernel as starting with @p word: the part before the first
 * null byte, as the kernel compares it. Used to keep "kill" away from the
 * fuzzer itself and "foreground" away from the console.
 */
bool text_starts_with_word(const char* text, size_t length, const char* word);

#endif

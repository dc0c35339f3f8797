// Shared by the host-side fuzz harnesses (fuzz_*.c): how a harness
// reports a broken promise, so libFuzzer (or replay_main.c) sees a crash.
#ifndef TESTS_FUZZ_HOST_FUZZ_H
#define TESTS_FUZZ_HOST_FUZZ_H

#include <stddef.h>
#include <stdint.h>

// The entry point libFuzzer and replay_main.c call with each input.
int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

// Print "fuzz: WHY" and abort. Also called by the freestanding unit_*.c
// checks, which is why it takes no format.
_Noreturn void fuzz_fail(const char* why);

// Abort with a message unless CONDITION holds.
#define FUZZ_CHECK(condition, why) ((condition) ? (void)0 : fuzz_fail(why))

// fuzz_fail for the harness that includes this (one per program).
#define FUZZ_FAIL_DEFINITION                                                                                 \
    _Noreturn void fuzz_fail(const char* why)                                                                 \
    {                                                                                                         \
        fprintf(stderr, "fuzz: %s\n", why);                                                                   \
        abort();                                                                                              \
    }

#endif

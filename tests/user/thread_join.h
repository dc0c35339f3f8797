// Joining threads made with thread_create_raw in the in-OS tests: a
// thread's last act is to set a word, and the joiner waits on that word
// with a futex.
#ifndef TESTS_USER_THREAD_JOIN_H
#define TESTS_USER_THREAD_JOIN_H 1

#include <stdbool.h>
#include <stdint.h>

/**
 * The thread's last act: set @p done to 1, wake its joiner and end the
 * thread, all in the kernel (FUTEX_EXIT). Once done is set the thread
 * never touches its stack again, so the joiner may unmap or reuse it at
 * once.
 */
_Noreturn void thread_join_signal(volatile uint32_t* done);

/** Wait until @p done is set; false if that did not happen within @p timeout_ns. */
bool thread_join_wait(volatile uint32_t* done, uint64_t timeout_ns);

#endif

// Joining user threads in the in-OS tests: libstd has no threads.h yet,
// so a thread's last act is to set a word, and the joiner waits on that
// word with a futex.
#ifndef TESTS_USER_THREAD_JOIN_H
#define TESTS_USER_THREAD_JOIN_H 1

#include <stdbool.h>
#include <stdint.h>

/** Set @p done to 1 and wake its joiner: the thread's last act. */
void thread_join_signal(volatile uint32_t* done);

/** Wait until @p done is set; false if that did not happen within @p timeout_ns. */
bool thread_join_wait(volatile uint32_t* done, uint64_t timeout_ns);

#endif

// Copying between the kernel and user memory on a system call's behalf.
// A pointer from user space is never trusted: a null, kernel-half,
// wrapping or unmapped range makes these fail with -EFAULT, without a
// kernel fault.
#ifndef KERNEL_MEM_USER_COPY_H
#define KERNEL_MEM_USER_COPY_H 1

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/** True if [pointer, pointer + length) lies in the user half (it may still be unmapped). */
bool user_range_valid(const void* pointer, size_t length);

/**
 * Copy @p length bytes from user memory; 0 or -EFAULT. After -EFAULT the
 * destination may hold the bytes copied before the fault.
 */
int user_copy_from(void* dest, const void* user_src, size_t length);

/** Copy @p length bytes to user memory; 0 or -EFAULT. */
int user_copy_to(void* user_dest, const void* src, size_t length);

/**
 * Store @p value at the 4-byte aligned user address @p user_dest in one
 * write, so another CPU sees the old word or the new one, never a mix:
 * 0, -EINVAL (misaligned) or -EFAULT (nothing stored). user_copy_to may
 * store byte by byte.
 */
int user_store_u32(uint32_t* user_dest, uint32_t value);

/**
 * Copy a string of at most @p max bytes, terminator included, from user
 * memory; its length, -EFAULT, or -ENAMETOOLONG when no terminator comes
 * within @p max bytes.
 */
long user_copy_string(char* dest, const char* user_src, size_t max);

#endif

// System calls made by hand: every register chosen by the fuzzer, and
// optionally odd RFLAGS bits set across the call, which no wrapper does.
#ifndef FUZZ_RAW_H
#define FUZZ_RAW_H 1

#include <stdint.h>
#include <sys/syscall.h>

/** RFLAGS bits a program can set with popfq and the kernel must not inherit. */
#define RFLAGS_DF (1ULL << 10) /**< direction */
#define RFLAGS_NT (1ULL << 14) /**< nested task: makes iretq fault */
#define RFLAGS_AC (1ULL << 18) /**< alignment check */

/** The system call @p number with six arguments; the raw result (-errno on failure). */
static inline int64_t raw_syscall(uint64_t number, uint64_t a0, uint64_t a1, uint64_t a2, uint64_t a3, uint64_t a4,
    uint64_t a5)
{
    register uint64_t r10 __asm__("r10") = a3;
    register uint64_t r8 __asm__("r8") = a4;
    register uint64_t r9 __asm__("r9") = a5;
    int64_t result;
    __asm__ volatile("syscall"
                     : "=a"(result), "+r"(r10), "+r"(r8), "+r"(r9)
                     : "a"(number), "D"(a0), "S"(a1), "d"(a2)
                     : "rcx", "r11", "memory");
    return result;
}

/**
 * raw_syscall with the RFLAGS bits @p flags set for the call (and cleared
 * again right after it, before any compiled code runs).
 */
static inline int64_t raw_syscall_flags(uint64_t flags, uint64_t number, uint64_t a0, uint64_t a1, uint64_t a2)
{
    int64_t result;
    uint64_t keep = ~flags;
    // Below the red zone: compiled code may keep data in the 128 bytes under rsp.
    __asm__ volatile("subq $128, %%rsp\n\t"
                     "pushfq\n\t"
                     "orq %[flags], (%%rsp)\n\t"
                     "popfq\n\t"
                     "syscall\n\t"
                     "pushfq\n\t"
                     "andq %[keep], (%%rsp)\n\t"
                     "popfq\n\t"
                     "addq $128, %%rsp"
                     : "=a"(result)
                     : "a"(number), "D"(a0), "S"(a1), "d"(a2), [flags] "r"(flags), [keep] "r"(keep)
                     : "rcx", "r11", "r10", "r8", "r9", "memory", "cc");
    return result;
}

#endif

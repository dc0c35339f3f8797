// setjmp.h: the values setjmp returns, longjmp from nested calls, the
// callee-saved registers and the stack pointer after the second return
// (checked by an assembly probe, since C cannot name registers), local
// variables, and the floating-point control state.
#include "host_test.h"

#include <limits.h>
#include <stdint.h>

// probe(env, out): puts known values in rbx, rbp and r12-r15, calls
// pw_setjmp(env); on its first return puts other values in all of them and
// calls pw_longjmp(env, 42); on the second, stores the six registers,
// setjmp's return value, rsp, and the rsp the frame had before the call
// into out[0..8]. It saves and restores the registers for its own caller.
void setjmp_register_probe(pw_jmp_buf env, uint64_t out[9]);
__asm__(".intel_syntax noprefix\n"
        ".text\n"
        ".globl setjmp_register_probe\n"
        ".type setjmp_register_probe, @function\n"
        "setjmp_register_probe:\n"
        "    push rbx\n"
        "    push rbp\n"
        "    push r12\n"
        "    push r13\n"
        "    push r14\n"
        "    push r15\n"
        "    sub rsp, 24\n" // 16-byte alignment at the calls
        "    mov [rsp], rdi\n"
        "    mov [rsp + 8], rsi\n"
        "    mov [rsp + 16], rsp\n"
        "    movabs rbx, 0x1111111111111111\n"
        "    movabs rbp, 0x2222222222222222\n"
        "    movabs r12, 0x3333333333333333\n"
        "    movabs r13, 0x4444444444444444\n"
        "    movabs r14, 0x5555555555555555\n"
        "    movabs r15, 0x6666666666666666\n"
        "    call pw_setjmp\n"
        "    test eax, eax\n"
        "    jnz 1f\n"
        "    mov rbx, -1\n"
        "    mov rbp, -1\n"
        "    mov r12, -1\n"
        "    mov r13, -1\n"
        "    mov r14, -1\n"
        "    mov r15, -1\n"
        "    mov rdi, [rsp]\n"
        "    mov esi, 42\n"
        "    call pw_longjmp\n"
        "1:\n"
        "    mov rsi, [rsp + 8]\n"
        "    mov [rsi], rbx\n"
        "    mov [rsi + 8], rbp\n"
        "    mov [rsi + 16], r12\n"
        "    mov [rsi + 24], r13\n"
        "    mov [rsi + 32], r14\n"
        "    mov [rsi + 40], r15\n"
        "    mov [rsi + 48], rax\n"
        "    mov [rsi + 56], rsp\n"
        "    mov rax, [rsp + 16]\n"
        "    mov [rsi + 64], rax\n"
        "    add rsp, 24\n"
        "    pop r15\n"
        "    pop r14\n"
        "    pop r13\n"
        "    pop r12\n"
        "    pop rbp\n"
        "    pop rbx\n"
        "    ret\n"
        ".size setjmp_register_probe, . - setjmp_register_probe\n"
        ".att_syntax prefix\n");

static void test_registers(void)
{
    pw_jmp_buf env;
    uint64_t out[9] = {0};
    setjmp_register_probe(env, out);
    static const uint64_t want[6] = {0x1111111111111111, 0x2222222222222222, 0x3333333333333333,
        0x4444444444444444, 0x5555555555555555, 0x6666666666666666};
    static const char* const names[6] = {"rbx", "rbp", "r12", "r13", "r14", "r15"};
    for (int i = 0; i < 6; i++)
    {
        CHECK(out[i] == want[i], "%s is %#llx after longjmp; want %#llx", names[i], (unsigned long long)out[i],
            (unsigned long long)want[i]);
    }
    CHECK(out[6] == 42, "setjmp returned %llu the second time; want 42", (unsigned long long)out[6]);
    CHECK(out[7] == out[8] && out[7] != 0, "rsp is %#llx after longjmp; want %#llx", (unsigned long long)out[7],
        (unsigned long long)out[8]);
}

// Always true; GCC cannot know, so jump_from_depth does not look like
// endless recursion to it.
static volatile bool jumps_enabled = true;

static __attribute__((noinline)) void jump_from_depth(pw_jmp_buf env, int depth, int value)
{
    if (depth == 0 && jumps_enabled)
    {
        pw_longjmp(env, value);
    }
    if (depth > 0)
    {
        jump_from_depth(env, depth - 1, value);
    }
    __asm__ volatile("" ::: "memory"); // not a tail call: the frames really nest
}

// setjmp's return value after longjmp(env, value) from a few calls deep.
static __attribute__((noinline)) int returned_after(int value)
{
    pw_jmp_buf env;
    volatile int first = 1;
    int result = pw_setjmp(env);
    if (first)
    {
        first = 0;
        if (result != 0)
        {
            return INT_MIN + 1; // setjmp's first return was not 0
        }
        jump_from_depth(env, 10, value);
    }
    return result;
}

static void test_values(void)
{
    static const int values[] = {1, 2, 42, -1, INT_MAX, INT_MIN};
    for (size_t i = 0; i < sizeof(values) / sizeof(values[0]); i++)
    {
        int got = returned_after(values[i]);
        CHECK(got == values[i], "setjmp returned %d after longjmp(env, %d)", got, values[i]);
    }
    int got = returned_after(0);
    CHECK(got == 1, "setjmp returned %d after longjmp(env, 0); want 1", got);
}

static void test_locals(void)
{
    pw_jmp_buf env;
    volatile int count = 0;
    volatile double changed = 1.5;
    int unchanged = (int)next_random() | 1; // set before setjmp, not changed after: kept
    int saved = unchanged;
    if (pw_setjmp(env) < 5)
    {
        count++;
        changed *= 2;
        jump_from_depth(env, (int)(count % 3), count);
    }
    CHECK(count == 5, "the loop through setjmp ran %d times; want 5", count);
    CHECK(changed == 48.0, "a volatile local is %g after the jumps; want 48", changed);
    CHECK(unchanged == saved, "an unchanged local went from %d to %d", saved, unchanged);
}

// POSIX's _setjmp and _longjmp are the same functions under other names:
// they pair with each other and with setjmp and longjmp.
static __attribute__((noinline)) int posix_names_return(int value, bool posix_set, bool posix_jump)
{
    pw_jmp_buf env;
    volatile int first = 1;
    int result = posix_set ? pw__setjmp(env) : pw_setjmp(env);
    if (first)
    {
        first = 0;
        if (result != 0)
        {
            return INT_MIN + 1;
        }
        if (posix_jump)
        {
            pw__longjmp(env, value);
        }
        jump_from_depth(env, 3, value);
    }
    return result;
}

static void test_posix_names(void)
{
    for (int set = 0; set < 2; set++)
    {
        for (int jump = 0; jump < 2; jump++)
        {
            int got = posix_names_return(7 + set * 2 + jump, set, jump);
            CHECK(got == 7 + set * 2 + jump, "%s then %s: setjmp returned %d; want %d", set ? "_setjmp" : "setjmp",
                  jump ? "_longjmp" : "longjmp", got, 7 + set * 2 + jump);
        }
    }
    CHECK(posix_names_return(0, true, true) == 1, "_longjmp(env, 0) did not make _setjmp return 1");
}

static unsigned read_mxcsr(void)
{
    unsigned value;
    __asm__ volatile("stmxcsr %0" : "=m"(value));
    return value;
}

static void write_mxcsr(unsigned value)
{
    __asm__ volatile("ldmxcsr %0" ::"m"(value));
}

static unsigned short read_x87_control(void)
{
    unsigned short value;
    __asm__ volatile("fnstcw %0" : "=m"(value));
    return value;
}

static void write_x87_control(unsigned short value)
{
    __asm__ volatile("fldcw %0" ::"m"(value));
}

#define MXCSR_ROUNDING 0x6000u  // bits 13-14
#define MXCSR_DOWN 0x2000u
#define MXCSR_UP 0x4000u
#define MXCSR_INEXACT 0x20u     // an exception flag: status, not control
#define X87_PRECISION 0x0300u   // bits 8-9
#define X87_DOUBLE 0x0200u
#define X87_EXTENDED 0x0300u

// MXCSR's control bits and the x87 control word come back from setjmp's
// time; MXCSR's exception flags stay as they were at longjmp.
static void test_floating_point_control(void)
{
    unsigned mxcsr = read_mxcsr();
    unsigned short x87 = read_x87_control();
    pw_jmp_buf env;
    write_mxcsr((mxcsr & ~MXCSR_ROUNDING & ~0x3Fu) | MXCSR_DOWN);
    write_x87_control((unsigned short)((x87 & ~X87_PRECISION) | X87_DOUBLE));
    if (pw_setjmp(env) == 0)
    {
        write_mxcsr((read_mxcsr() & ~MXCSR_ROUNDING) | MXCSR_UP | MXCSR_INEXACT);
        write_x87_control((unsigned short)((read_x87_control() & ~X87_PRECISION) | X87_EXTENDED));
        pw_longjmp(env, 1);
    }
    unsigned mxcsr_after = read_mxcsr();
    unsigned short x87_after = read_x87_control();
    write_mxcsr(mxcsr);
    write_x87_control(x87);
    CHECK((mxcsr_after & MXCSR_ROUNDING) == MXCSR_DOWN, "MXCSR rounding bits %#x after longjmp; want %#x",
        mxcsr_after & MXCSR_ROUNDING, MXCSR_DOWN);
    CHECK(mxcsr_after & MXCSR_INEXACT, "longjmp cleared MXCSR's inexact flag (%#x)", mxcsr_after);
    CHECK((x87_after & X87_PRECISION) == X87_DOUBLE, "x87 precision bits %#x after longjmp; want %#x",
        x87_after & X87_PRECISION, X87_DOUBLE);
}

void run_setjmp_tests(void)
{
    run("setjmp-registers", test_registers);
    run("setjmp-values", test_values);
    run("setjmp-locals", test_locals);
    run("setjmp-posix-names", test_posix_names);
    run("setjmp-floating-point-control", test_floating_point_control);
}

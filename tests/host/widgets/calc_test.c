// The calculator's engine (programs/calculator/engine.c) on the host
// (tests/host/widgets/run.sh).
#include "../host_check.h"
#include "engine.h"

#include <string.h>

// Press KEYS in a fresh calculator; the display.
static const char* run(calc_t* calc, calc_mode_t mode, const char* keys)
{
    calc_init(calc, mode);
    for (; *keys != '\0'; keys++)
    {
        calc_key(calc, *keys);
    }
    return calc_display(calc);
}

static void check(calc_mode_t mode, const char* keys, const char* want)
{
    calc_t calc;
    const char* got = run(&calc, mode, keys);
    expect(strcmp(got, want) == 0, "'%s' shows '%s', expected '%s'", keys, got, want);
}

static void test_basics(void)
{
    check(CALC_PRECEDENCE, "", "0");
    check(CALC_PRECEDENCE, "12*12=", "144");
    check(CALC_PRECEDENCE, "7*6=", "42");
    check(CALC_PRECEDENCE, "1+2", "2");
    check(CALC_PRECEDENCE, "9-12=", "-3");
    check(CALC_PRECEDENCE, "1/4=", "0.25");
    check(CALC_PRECEDENCE, "1/3=", "0.333333333333");
    check(CALC_PRECEDENCE, "0.1+0.2=", "0.3");
    report("calc/basics");
}

static void test_precedence(void)
{
    check(CALC_PRECEDENCE, "2+3*4=", "14");
    check(CALC_PRECEDENCE, "2+3*4", "4");
    check(CALC_PRECEDENCE, "2+3*4-", "14"); // the sum so far
    check(CALC_PRECEDENCE, "2*3+4*5=", "26");
    check(CALC_PRECEDENCE, "10-2*3-1=", "3");
    check(CALC_PRECEDENCE, "8/2/2=", "2");
    check(CALC_PRECEDENCE, "2+3*", "3");
    check(CALC_LEFT_TO_RIGHT, "2+3*4=", "20");
    check(CALC_LEFT_TO_RIGHT, "2+3*", "5");
    check(CALC_LEFT_TO_RIGHT, "10-2*3-1=", "23");
    report("calc/precedence-and-left-to-right");
}

static void test_chaining(void)
{
    check(CALC_PRECEDENCE, "2+*3=", "6");  // the second operator replaces the first
    check(CALC_PRECEDENCE, "2*+3=", "5");
    check(CALC_PRECEDENCE, "5+=", "10");   // = uses the number shown
    check(CALC_PRECEDENCE, "2+3==", "5");  // = again does nothing
    check(CALC_PRECEDENCE, "2+3=*4=", "20"); // continues with the result
    check(CALC_PRECEDENCE, "2+3=4", "4");  // a digit starts over
    check(CALC_PRECEDENCE, "2+3=4+1=", "5");
    calc_t calc;
    run(&calc, CALC_PRECEDENCE, "12*12=");
    expect(strcmp(calc_expression(&calc), "12 \xC3\x97 12 =") == 0, "expression '%s'", calc_expression(&calc));
    run(&calc, CALC_PRECEDENCE, "2+*3");
    expect(strcmp(calc_expression(&calc), "2 \xC3\x97 ") == 0, "replaced operator: '%s'", calc_expression(&calc));
    report("calc/chaining");
}

static void test_division_by_zero(void)
{
    check(CALC_PRECEDENCE, "5/0=", "Error");
    check(CALC_PRECEDENCE, "5/0+", "Error");
    check(CALC_PRECEDENCE, "1+5/0*", "Error");
    check(CALC_PRECEDENCE, "1+5/0*2=", "2"); // a digit after Error starts over
    check(CALC_PRECEDENCE, "5/0=7", "7");      // a digit starts over
    check(CALC_PRECEDENCE, "5/0=C", "0");
    check(CALC_PRECEDENCE, "5/0=\b", "0");
    check(CALC_PRECEDENCE, "0/5=", "0");
    check(CALC_PRECEDENCE, "0-0=", "0");
    check(CALC_PRECEDENCE, "0~*1=", "0"); // never "-0"
    report("calc/division-by-zero");
}

static void test_entry(void)
{
    check(CALC_PRECEDENCE, "1.5", "1.5");
    check(CALC_PRECEDENCE, ".5", "0.5");
    check(CALC_PRECEDENCE, "1..2.3", "1.23");
    check(CALC_PRECEDENCE, "007", "7");
    check(CALC_PRECEDENCE, "0.0", "0.0");
    check(CALC_PRECEDENCE, "1.5*2=", "3");
    check(CALC_PRECEDENCE, "123\b", "12");
    check(CALC_PRECEDENCE, "1\b\b\b", "0");
    check(CALC_PRECEDENCE, "12+34\b=", "15");
    check(CALC_PRECEDENCE, "12=\b", "12"); // a result is not edited
    check(CALC_PRECEDENCE, "12+3C", "0");
    check(CALC_PRECEDENCE, "12+3C4=", "4");
    check(CALC_PRECEDENCE, "5~", "-5");
    check(CALC_PRECEDENCE, "5~~", "5");
    check(CALC_PRECEDENCE, "5~\b", "0");
    check(CALC_PRECEDENCE, "3=~", "-3");
    check(CALC_PRECEDENCE, "3+5~=", "-2");
    check(CALC_PRECEDENCE, "1234567890123456789", "123456789012345"); // 15 digits at most
    report("calc/entry-backspace-clear");
}

static void test_huge(void)
{
    check(CALC_PRECEDENCE, "999999999999999*999999999999999=", "1e+30");
    check(CALC_PRECEDENCE, "123456789*1000=", "123456789000");
    check(CALC_PRECEDENCE, "123456789*10000=", "1.23456789e+12");
    check(CALC_PRECEDENCE, "1/100000000000000=", "1e-14");
    // 10^15 squared again and again overflows a double: Error.
    check(CALC_PRECEDENCE, "999999999999999*=*=*=*=*=", "Error");
    calc_t calc;
    run(&calc, CALC_PRECEDENCE, "999999999999999*=*=*=*=");
    expect(strlen(calc_display(&calc)) < CALC_DISPLAY_MAX && strchr(calc_display(&calc), 'e') != NULL,
           "a huge result: '%s'", calc_display(&calc));
    char text[CALC_DISPLAY_MAX];
    expect(calc_format(-1.0 / 3.0 * 1e-300, text) && strcmp(text, "-3.33333333333e-301") == 0, "tiny: %s", text);
    for (int i = 0; i < 100; i++)
    {
        calc_key(&calc, "9*+-/="[i % 6]);
    }
    expect(strlen(calc_expression(&calc)) < CALC_EXPRESSION_MAX, "a long expression is kept short");
    report("calc/huge-numbers");
}

static void test_unknown_keys(void)
{
    calc_t calc;
    calc_init(&calc, CALC_PRECEDENCE);
    expect(!calc_key(&calc, 'q') && !calc_key(&calc, ' ') && calc_key(&calc, '5'), "key acceptance");
    report("calc/unknown-keys");
}

int main(void)
{
    test_basics();
    test_precedence();
    test_chaining();
    test_division_by_zero();
    test_entry();
    test_huge();
    test_unknown_keys();
    return failures;
}

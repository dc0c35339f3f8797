// The calculator's arithmetic: what the keys do to the display. Pure code
// (no system calls; the host tests run it).
//
// Keys are characters: digits, '.', the operators + - * /, '=', '\b'
// (backspace: the last typed character of the number being entered), 'C'
// (clear everything) and '~' (change the sign of the number shown).
//
// Two orders of evaluation (calc_mode_t): with precedence (the default) ×
// and ÷ bind tighter, so 2 + 3 × 4 = 14; left to right (a classic pocket
// calculator) each operator applies to the result so far, so 2 + 3 × 4 =
// 20. An operator typed right after another replaces it. '=' with no
// number typed since the last operator uses the number shown (5 + = is
// 10); '=' again does nothing; an operator after '=' continues with the
// result, a digit starts over. A number has at most CALC_DIGITS digits.
// Results are shown with printf's "%.12g" (twelve significant digits,
// exponent form when long); division by zero and results beyond a double
// show "Error" until the next digit or clear.
#ifndef CALCULATOR_ENGINE_H
#define CALCULATOR_ENGINE_H

#include <stdbool.h>

#define CALC_DIGITS 15
#define CALC_DISPLAY_MAX 32
#define CALC_EXPRESSION_MAX 64

typedef enum
{
    CALC_PRECEDENCE,
    CALC_LEFT_TO_RIGHT,
} calc_mode_t;

// The operators waiting for their right-hand side.
typedef struct
{
    double sum;      // the additive part so far (left to right: everything)
    char sum_op;     // '+' or '-' (or any operator, left to right); 0: none
    double product;  // the multiplicative part so far
    char product_op; // '*' or '/'; 0: none
} calc_pending_t;

typedef struct
{
    calc_mode_t mode;
    calc_pending_t pending;
    calc_pending_t before_operator; // to replace an operator typed just before
    bool operator_last;             // the last key was an operator
    char last_operator;             // which
    char entry[CALC_DIGITS + 3];    // the number being typed ("" none): sign, digits, point
    double shown;                   // the value shown while no number is typed
    bool result;                    // shown is the result of '='
    bool error;
    char display[CALC_DISPLAY_MAX];
    char expression[CALC_EXPRESSION_MAX]; // what has been typed, for a second line
} calc_t;

void calc_init(calc_t* calc, calc_mode_t mode);

// Press KEY; false when it is not a calculator key.
bool calc_key(calc_t* calc, char key);

// The text the display shows: the number being typed, the last result,
// or "Error".
const char* calc_display(const calc_t* calc);

// The expression typed so far ("12 × 12 =" in UTF-8), for a smaller line.
const char* calc_expression(const calc_t* calc);

// VALUE as the display shows results ("%.12g", "-0" as "0"); false (and
// "Error") when it is not finite.
bool calc_format(double value, char out[CALC_DISPLAY_MAX]);

#endif

// The calculator's arithmetic (engine.h). Pending operators are folded
// as soon as they can be: with precedence, a + or - folds everything
// before it, a × or ÷ only the product; so at most one sum and one
// product ever wait, however long the expression.
#include "engine.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool calc_format(double value, char out[CALC_DISPLAY_MAX])
{
    if (!isfinite(value))
    {
        strcpy(out, "Error");
        return false;
    }
    snprintf(out, CALC_DISPLAY_MAX, "%.12g", value == 0 ? 0.0 : value); // no "-0"
    return true;
}

static void display_update(calc_t* calc)
{
    if (calc->error)
    {
        strcpy(calc->display, "Error");
    }
    else if (calc->entry[0] != '\0')
    {
        snprintf(calc->display, sizeof(calc->display), "%s", calc->entry);
    }
    else
    {
        calc_format(calc->shown, calc->display);
    }
}

void calc_init(calc_t* calc, calc_mode_t mode)
{
    *calc = (calc_t){.mode = mode};
    display_update(calc);
}

// Append TEXT to the expression, dropping its oldest characters (whole
// UTF-8 sequences) when it would not fit.
static void expression_add(calc_t* calc, const char* text)
{
    size_t have = strlen(calc->expression), add = strlen(text);
    while (have + add >= CALC_EXPRESSION_MAX && have > 0)
    {
        size_t cut = 1;
        while (cut < have && (calc->expression[cut] & 0xC0) == 0x80)
        {
            cut++;
        }
        memmove(calc->expression, calc->expression + cut, have - cut + 1);
        have -= cut;
    }
    if (add < CALC_EXPRESSION_MAX)
    {
        memcpy(calc->expression + have, text, add + 1);
    }
}

static const char* operator_symbol(char op)
{
    return op == '+' ? " + " : op == '-' ? " \xE2\x80\x93 " : op == '*' ? " \xC3\x97 " : " \xC3\xB7 ";
}

static double apply(double left, char op, double right, bool* error)
{
    if (op == '/' && right == 0)
    {
        *error = true;
        return 0;
    }
    double value = op == '+' ? left + right : op == '-' ? left - right : op == '*' ? left * right : left / right;
    *error |= !isfinite(value);
    return value;
}

// Fold VALUE into the pending operators as OP says ('=': all of them);
// the value to show.
static double fold(calc_t* calc, double value, char op)
{
    calc_pending_t* p = &calc->pending;
    bool multiplicative = op == '*' || op == '/';
    if (calc->mode == CALC_PRECEDENCE)
    {
        double term = p->product_op != 0 ? apply(p->product, p->product_op, value, &calc->error) : value;
        if (multiplicative)
        {
            p->product = term, p->product_op = op;
            return term;
        }
        p->product_op = 0;
        value = term;
    }
    p->sum = p->sum_op != 0 ? apply(p->sum, p->sum_op, value, &calc->error) : value;
    p->sum_op = op == '=' ? 0 : op;
    return p->sum;
}

// The number to operate on: the one typed, or the one shown.
static double operand(const calc_t* calc)
{
    return calc->entry[0] != '\0' ? strtod(calc->entry, NULL) : calc->shown;
}

static void operator_press(calc_t* calc, char op)
{
    if (calc->operator_last)
    {
        // Another operator right away replaces the last one.
        calc->pending = calc->before_operator;
        size_t length = strlen(calc->expression), symbol = strlen(operator_symbol(calc->last_operator));
        calc->expression[length >= symbol ? length - symbol : 0] = '\0';
    }
    else
    {
        char number[CALC_DISPLAY_MAX];
        if (calc->entry[0] != '\0')
        {
            snprintf(number, sizeof(number), "%s", calc->entry);
        }
        else
        {
            calc_format(calc->shown, number);
        }
        if (calc->result)
        {
            calc->expression[0] = '\0'; // a new expression starts from the result
        }
        expression_add(calc, number);
    }
    double value = operand(calc);
    calc->before_operator = calc->pending;
    calc->shown = fold(calc, value, op);
    calc->entry[0] = '\0';
    calc->operator_last = true;
    calc->last_operator = op;
    calc->result = false;
    expression_add(calc, operator_symbol(op));
}

static void equals_press(calc_t* calc)
{
    if (calc->result)
    {
        return;
    }
    char number[CALC_DISPLAY_MAX];
    if (calc->entry[0] != '\0')
    {
        snprintf(number, sizeof(number), "%s", calc->entry);
    }
    else
    {
        calc_format(calc->shown, number);
    }
    expression_add(calc, number);
    expression_add(calc, " =");
    calc->shown = fold(calc, operand(calc), '=');
    calc->pending = (calc_pending_t){0};
    calc->entry[0] = '\0';
    calc->operator_last = false;
    calc->result = true;
}

static void digit_press(calc_t* calc, char key)
{
    if (calc->result)
    {
        calc_init(calc, calc->mode); // a digit after '=' starts over
    }
    char* entry = calc->entry;
    size_t length = strlen(entry), digits = 0;
    for (size_t i = 0; i < length; i++)
    {
        digits += entry[i] >= '0' && entry[i] <= '9';
    }
    if (key == '.')
    {
        if (strchr(entry, '.') == NULL)
        {
            strcat(entry, length == 0 || strcmp(entry, "-") == 0 ? "0." : ".");
        }
    }
    else if (strcmp(entry, "0") == 0 || strcmp(entry, "-0") == 0)
    {
        entry[length - 1] = key; // no leading zeros
    }
    else if (digits < CALC_DIGITS)
    {
        entry[length] = key, entry[length + 1] = '\0';
    }
    calc->operator_last = false;
}

static void negate_press(calc_t* calc)
{
    char* entry = calc->entry;
    if (entry[0] == '\0')
    {
        calc->shown = -calc->shown;
        return;
    }
    if (entry[0] == '-')
    {
        memmove(entry, entry + 1, strlen(entry));
    }
    else if (strlen(entry) < sizeof(calc->entry) - 1)
    {
        memmove(entry + 1, entry, strlen(entry) + 1);
        entry[0] = '-';
    }
}

bool calc_key(calc_t* calc, char key)
{
    if (key == 'C' || (calc->error && key != '~'))
    {
        calc_init(calc, calc->mode);
        if (key == 'C' || key == '\b')
        {
            return true;
        }
    }
    if ((key >= '0' && key <= '9') || key == '.')
    {
        digit_press(calc, key);
    }
    else if (key == '+' || key == '-' || key == '*' || key == '/')
    {
        operator_press(calc, key);
    }
    else if (key == '=')
    {
        equals_press(calc);
    }
    else if (key == '\b')
    {
        size_t length = strlen(calc->entry);
        calc->entry[length > 0 ? length - 1 : 0] = '\0';
        if (strcmp(calc->entry, "-") == 0)
        {
            calc->entry[0] = '\0';
        }
    }
    else if (key == '~')
    {
        negate_press(calc);
    }
    else
    {
        return false;
    }
    display_update(calc);
    return true;
}

const char* calc_display(const calc_t* calc)
{
    return calc->display;
}

const char* calc_expression(const calc_t* calc)
{
    return calc->expression;
}

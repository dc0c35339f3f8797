#include "bigint.h"

// Limb products need 128 bits; GCC computes them with one mul instruction.
typedef unsigned __int128 wide_t;

// Drop zero limbs from the top so length names the highest nonzero one.
static void trim(bigint_t* n)
{
    while (n->length > 0 && n->limbs[n->length - 1] == 0)
    {
        n->length--;
    }
}

// Append a carry out of the top limb, if there is room (see bigint.h).
static void push_carry(bigint_t* n, uint64_t carry)
{
    if (carry != 0 && n->length < BIGINT_LIMBS)
    {
        n->limbs[n->length++] = carry;
    }
}

void _bigint_set(bigint_t* n, uint64_t value)
{
    n->limbs[0] = value;
    n->length = value != 0 ? 1 : 0;
}

void _bigint_mul_add(bigint_t* n, uint64_t factor, uint64_t addend)
{
    uint64_t carry = addend;
    for (size_t i = 0; i < n->length; i++)
    {
        wide_t product = (wide_t)n->limbs[i] * factor + carry;
        n->limbs[i] = (uint64_t)product;
        carry = (uint64_t)(product >> 64);
    }
    push_carry(n, carry);
    trim(n);
}

void _bigint_mul_pow5(bigint_t* n, unsigned exponent)
{
    // 5^27 is the largest power of 5 below 2^64.
    static const uint64_t powers[28] = {1, 5, 25, 125, 625, 3125, 15625, 78125, 390625, 1953125, 9765625,
        48828125, 244140625, 1220703125, 6103515625, 30517578125, 152587890625, 762939453125, 3814697265625,
        19073486328125, 95367431640625, 476837158203125, 2384185791015625, 11920928955078125, 59604644775390625,
        298023223876953125, 1490116119384765625, 7450580596923828125u};
    for (; exponent >= 27; exponent -= 27)
    {
        _bigint_mul_add(n, powers[27], 0);
    }
    if (exponent > 0)
    {
        _bigint_mul_add(n, powers[exponent], 0);
    }
}

void _bigint_shift_left(bigint_t* n, unsigned bits)
{
    if (n->length == 0)
    {
        return;
    }
    size_t words = bits / 64;
    unsigned rest = bits % 64;
    size_t length = n->length + words + 1;
    length = length < BIGINT_LIMBS ? length : BIGINT_LIMBS;
    // From the top down, so no limb is overwritten before it is read.
    for (size_t i = length; i-- > 0;)
    {
        uint64_t high = i >= words && i - words < n->length ? n->limbs[i - words] : 0;
        uint64_t low = i >= words + 1 && i - words - 1 < n->length ? n->limbs[i - words - 1] : 0;
        n->limbs[i] = rest == 0 ? high : (high << rest) | (low >> (64 - rest));
    }
    n->length = length;
    trim(n);
}

int _bigint_compare(const bigint_t* a, const bigint_t* b)
{
    if (a->length != b->length)
    {
        return a->length < b->length ? -1 : 1;
    }
    for (size_t i = a->length; i-- > 0;)
    {
        if (a->limbs[i] != b->limbs[i])
        {
            return a->limbs[i] < b->limbs[i] ? -1 : 1;
        }
    }
    return 0;
}

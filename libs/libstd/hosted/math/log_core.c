// log(x) to about 2^-68 relative, for log, log2, log10 and pow. With
// x = 2^k z and z in [0.707, 1.414), a table chunk (by z's leading bits)
// gives a number inv with 7 significant bits close to 1/z, so that
// log(x) = k log(2) - log(inv) + log(1 + r) with r = z inv - 1 and
// |r| < 0.00904. (The method is the one of Tang, ACM TOMS 16(4), 1990, and
// of many libraries since; the choice of inv makes r exact.)
#include "bits.h"
#include "kernels.h"
#include "tables.h"

#include <stdint.h>

// Where the table's chunks start: 0.70703125. Chunk i holds the z whose
// representation lies in [START + i 2^45, START + (i + 1) 2^45).
#define START 0x3FE6A00000000000ULL
#define CHUNK_SHIFT (_FRACTION_BITS - _LOG_TABLE_BITS)

// ln2 = LN2_HI + LN2_LO to about 2^-96; LN2_HI has 42 significant bits, so
// k LN2_HI is exact for |k| < 2^11 (tools/math/tables.py).
static const double LN2_HI = 0x1.62e42fefa3800p-1;
static const double LN2_LO = 0x1.ef35793c76730p-45;

// (log(1 + r) - r + r^2/2) / r^3 for |r| <= 0.00904: minimax polynomial of
// degree 6, error 2^-55.1 (tools/math/polynomials.py log).
static const double P0 = 0x1.5555555555555p-2;
static const double P1 = -0x1.000000000006cp-2;
static const double P2 = 0x1.9999999999c54p-3;
static const double P3 = -0x1.55555541409a1p-3;
static const double P4 = 0x1.24924902aafd0p-3;
static const double P5 = -0x1.00077fa8769e6p-3;
static const double P6 = 0x1.c72df95c4177ep-4;

dd_t _log_core(double x)
{
    uint64_t ix = _bits(x);
    int k = 0;
    if (ix < (1ULL << _FRACTION_BITS))
    {
        // Subnormal: make it normal first.
        ix = _bits(x * 0x1p52);
        k = -52;
    }
    uint64_t offset = ix - START;
    int chunk = (int)((offset >> CHUNK_SHIFT) & ((1 << _LOG_TABLE_BITS) - 1));
    k += (int)((int64_t)offset >> _FRACTION_BITS); // an arithmetic shift
    double z = _from_bits(ix - (offset & (_SIGN_MASK | _EXPONENT_MASK)));
    const double* entry = _log_table[chunk];
    double inv = entry[0];

    // r = z inv - 1 is a multiple of 2^-59 below 2^-6, so a double holds it
    // exactly; z_hi (46 bits) times inv (7 bits) is exact, and so is the rest.
    double z_hi = _from_bits(_bits(z) & ~0x7FULL);
    double r = (z_hi * inv - 1.0) + (z - z_hi) * inv;

    // k log(2) - log(inv) + r - r^2/2 + r^3 P(r), summed as a double-double.
    dd_t a = _dd_fast_sum(k * LN2_HI, entry[1]);
    dd_t b = _dd_sum(a.hi, r);
    dd_t square = _dd_product(r, r);
    dd_t c = _dd_sum(b.hi, -0.5 * square.hi);
    double tail = r * square.hi * (P0 + r * (P1 + r * (P2 + r * (P3 + r * (P4 + r * (P5 + r * P6))))));
    double lo = a.lo + b.lo + c.lo - 0.5 * square.lo + (k * LN2_LO + entry[2]) + tail;
    return _dd_fast_sum(c.hi, lo);
}

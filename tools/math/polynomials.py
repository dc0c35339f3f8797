#!/usr/bin/env python3
"""The polynomial coefficients of libstd's math functions
(libs/libstd/hosted/math/), computed here and pasted into the sources.

Each approximation is a minimax polynomial (tools/math/remez.py) of a
function defined by its Taylor series, so the series' remainder never
needs to be evaluated near a removable singularity. The coefficients are
rounded to the nearest double, and the error of the rounded polynomial is
measured again on a dense grid; that is the error the comments in the C
sources quote.

Usage: python3 tools/math/polynomials.py [NAME...]   (needs python3-mpmath)
"""

import math
import sys

from mpmath import mp, mpf, log, pi, factorial

from remez import minimax, max_error

mp.dps = 60


def series(term, count=60):
    """The function x -> sum of term(k) * x^k for k < count."""
    terms = [term(k) for k in range(count)]

    def g(x):
        result = mpf(0)
        for t in reversed(terms):
            result = result * x + t
        return result

    return g


# Reduced-argument ranges; they must match the C code's reductions.
EXP_TABLE_BITS = 7
EXP_R = log(2) / 2 ** (EXP_TABLE_BITS + 1) * (1 + mpf(2) ** -20)
EXP2_R = mpf(1) / 2 ** (EXP_TABLE_BITS + 1)
LOG_R = mpf("0.00904")  # tables.py prints the largest |r|: 0.0090332
TRIG_Z = (pi / 4) ** 2 * (1 + mpf(2) ** -20)
ATAN_Z = (mpf(1) / 16) ** 2
HYPERBOLIC_Z = mpf(1)

APPROXIMATIONS = {
    # (exp(r) - 1 - r - r^2/2) / r^3 on the exp table's reduced range.
    "exp": (series(lambda k: 1 / factorial(k + 3)), -EXP_R, EXP_R, 3),
    # (2^r - 1) / r.
    "exp2": (series(lambda k: log(2) ** (k + 1) / factorial(k + 1)), -EXP2_R, EXP2_R, 4),
    # (log(1 + r) - r + r^2/2) / r^3.
    "log": (series(lambda k: (-1) ** k / mpf(k + 3)), -LOG_R, LOG_R, 6),
    # (sin(r) - r + r^3/6) / r^5 as a function of z = r^2.
    "sin": (series(lambda k: (-1) ** k / factorial(2 * k + 5)), 0, TRIG_Z, 5),
    # (cos(r) - 1 + r^2/2 - r^4/24) / r^6 as a function of z = r^2.
    "cos": (series(lambda k: (-1) ** (k + 1) / factorial(2 * k + 6)), 0, TRIG_Z, 4),
    # (atan(t) - t) / t^3 as a function of z = t^2.
    "atan": (series(lambda k: (-1) ** (k + 1) / mpf(2 * k + 3)), 0, ATAN_Z, 5),
    # (sinh(x) - x - x^3/6) / x^5 as a function of z = x^2.
    "sinh": (series(lambda k: 1 / factorial(2 * k + 5)), 0, HYPERBOLIC_Z, 5),
    # (cosh(x) - 1 - x^2/2 - x^4/24) / x^6 as a function of z = x^2.
    "cosh": (series(lambda k: 1 / factorial(2 * k + 6)), 0, HYPERBOLIC_Z, 5),
}


def main(names):
    for name in names or APPROXIMATIONS:
        g, a, b, degree = APPROXIMATIONS[name]
        coefficients, error = minimax(g, a, b, degree)
        rounded = [mpf(float(c)) for c in coefficients]
        rounded_error = max_error(g, rounded, a, b)
        print(f"// {name}: degree {degree} on [{float(a):.6g}, {float(b):.6g}], "
              f"max error 2^{math.log2(rounded_error):.1f} "
              f"(2^{math.log2(error):.1f} before rounding to double)")
        for c in rounded:
            print(f"    {float(c).hex()},")
        print()


if __name__ == "__main__":
    main(sys.argv[1:])

#!/usr/bin/env python3
"""Reference values for tests/libstd/test_math.c's hard cases, computed
with mpmath at a precision well beyond the argument's size (so even the
argument reduction of sin(2^1023) is exact), written as
tests/libstd/math_hard_cases.h: each value as hi + lo, the nearest double
and the nearest double to the rest.

The cases are of three kinds: arguments known to be hard for the method
(near multiples of pi/2, the ends of tables and ranges, near overflow and
underflow, x near 1 for log and pow); the special values worth an exact
answer (pi/2 rounded, powers of ten); and, for each function, the random
arguments whose exact result lies closest to a rounding midpoint among
thousands tried (where a result within one ulp but not correctly rounded
shows).

Usage: python3 tools/math/hard_cases.py   (needs python3-mpmath; a few minutes)
"""

import math
import os
import random

import mpmath
from mpmath import mp, mpf

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "tests", "libstd", "math_hard_cases.h")

FUNCTIONS = {
    "exp": mpmath.exp, "exp2": lambda x: mpf(2) ** x, "log": mpmath.log, "log2": lambda x: mpmath.log(x, 2),
    "log10": mpmath.log10, "sin": mpmath.sin, "cos": mpmath.cos, "tan": mpmath.tan, "asin": mpmath.asin,
    "acos": mpmath.acos, "atan": mpmath.atan, "sinh": mpmath.sinh, "cosh": mpmath.cosh, "tanh": mpmath.tanh,
    "pow": lambda x, y: mpf(x) ** y, "atan2": mpmath.atan2, "hypot": lambda x, y: mpmath.sqrt(mpf(x) ** 2 + mpf(y) ** 2),
}


def nearest_double(v):
    """v rounded to the nearest double (ties to even), subnormals too."""
    if v == 0:
        return 0.0
    e = int(mpmath.floor(mpmath.log(abs(v), 2)))
    # Guard against log's own rounding at exact powers of two.
    if abs(v) >= mpf(2) ** (e + 1):
        e += 1
    elif abs(v) < mpf(2) ** e:
        e -= 1
    e = max(e, -1022)
    m = mpmath.nint(v * mpf(2) ** (52 - e))
    try:
        return math.ldexp(int(m), e - 52)
    except OverflowError:
        return math.copysign(math.inf, v)


def evaluate(name, args):
    magnitude = max(abs(math.frexp(a)[1]) for a in args)
    with mp.workprec(magnitude + 300):
        return FUNCTIONS[name](*[mpf(a) for a in args])


def reference(name, args):
    v = evaluate(name, args)
    with mp.workprec(2000):
        hi = nearest_double(v)
        if math.isinf(hi):
            return hi, 0.0
        lo = nearest_double(v - mpf(hi))
    return hi, lo


def midpoint_distance(name, args):
    """How close f(args) is to a midpoint between two doubles, in ulps."""
    v = evaluate(name, args)
    if v == 0:
        return 1.0
    with mp.workprec(2000):
        e = max(int(mpmath.floor(mpmath.log(abs(v), 2))), -1022)
        scaled = abs(v) * mpf(2) ** (52 - e)
        return float(abs(scaled - mpmath.floor(scaled) - mpf(1) / 2))


def near_multiples_of_pi_2(count, rng):
    """Doubles closest to k pi/2 among many k: hardest for reduction."""
    found = []
    with mp.workprec(3000):
        half_pi = mpmath.pi / 2
        for bits in (10, 20, 30, 40, 52, 60, 100, 300, 1000):
            best = []
            for _ in range(400):
                k = rng.getrandbits(bits) | 1
                x = nearest_double(k * half_pi)
                if math.isinf(x):
                    continue
                distance = abs(mpf(x) - k * half_pi) / abs(mpf(x))
                best.append((distance, x))
            best.sort()
            found += [x for _, x in best[:count]]
    return found


def chosen_cases():
    cases = []
    pi_2 = float(mpmath.pi / 2)
    famous = [
        6381956970095103 * 2.0 ** 797,  # Muller's table 11.1: closest to a multiple of pi/2
        1e22, 2.0 ** 1023, 1.7976931348623157e308, 2.0 ** 20, 2.0 ** 20 - 2.0 ** -32, 2.0 ** 50,
        pi_2, 2 * pi_2, 3 * pi_2, 4 * pi_2, 0.78539816339744828, 0.78539816339744839, 1e-300, 3e-9,
    ]
    for x in famous:
        for name in ("sin", "cos", "tan"):
            cases.append((name, (x,)))
            cases.append((name, (-x,)))
    rng = random.Random(20250707)
    for x in near_multiples_of_pi_2(3, rng):
        for name in ("sin", "cos", "tan"):
            cases.append((name, (x,)))
    for x in (709.782712893384, 709.78, -708.3964185322641, -708.4, -745.1332191019411, -745.13, -745.0,
              -740.0, -720.0, 1e-300, -1e-18, 5e-324, 0.5 * math.log(2) / 128, 1.0, 2.0, 10.0, 0.1):
        cases.append(("exp", (x,)))
    for x in (1023.9999999999999, -1074.0, -1074.5, -1022.0000000000001, -1060.3, 0.5, 1e-20, -0.0078125, 3.3):
        cases.append(("exp2", (x,)))
    for x in (1 - 2.0 ** -53, 1 + 2.0 ** -52, 1 - 2.0 ** -30, 1 + 2.0 ** -20, 1 + 2.0 ** -7, 1 - 2.0 ** -8,
              0.70703125, 0.70703125 - 2.0 ** -53, 1.4140625, 1.4140625 - 2.0 ** -52, 1.7976931348623157e308,
              5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 2.718281828459045, 10.0, 1e-300, 0.1):
        for name in ("log", "log2", "log10"):
            cases.append((name, (x,)))
    for x in (1.0 / 16, 1.0 / 16 + 2.0 ** -56, 16.0625, 16.0625 + 2.0 ** -48, 0.1875, 2.0 ** 60, 2.0 ** 59,
              1e-8, 1.0, 0.5, 3.0, 1e10, 2.0 ** -26):
        cases.append(("atan", (x,)))
        cases.append(("atan", (-x,)))
    for x in (1 - 2.0 ** -53, 1 - 2.0 ** -40, 0.5, 0.5 + 2.0 ** -53, 0.5 - 2.0 ** -54, 2.0 ** -26, 0.999, 1e-10):
        for name in ("asin", "acos"):
            cases.append((name, (x,)))
            cases.append((name, (-x,)))
    for x in (710.4758600739439, 710.475, 22.0, 22.000000000000004, 1.0, 1.0000000000000002, 0.9999999999999999,
              2.0 ** -26, 1e-5, 0.3, 700.0):
        for name in ("sinh", "cosh", "tanh"):
            cases.append((name, (x,)))
    for x, y in ((1 + 2.0 ** -40, 2.0 ** 48), (1 - 2.0 ** -53, 2.0 ** 62), (1 + 2.0 ** -52, 5e17), (10.0, 308.0),
                 (10.0, -307.0), (2.0, -1074.0), (2.0, -1074.5), (0.5, 1074.25), (-2.0, -1073.0), (3.0, 0.5),
                 (1.0000001, 7e9), (0.9999999, -7e9), (2.0 ** -1074, 0.5), (1.7976931348623157e308, 0.999),
                 (-10.0, 5.0), (2.5, 3.0), (1e-5, 60.0), (7.0, 364.0), (0.3, -588.0)):
        cases.append(("pow", (x, y)))
    for y, x in ((1.0, 1e-300), (1e-300, -1.0), (3.0, -3.0), (-1.0, 2.0 ** 61), (2.0 ** -1074, 1.0), (1.0, 1.0),
                 (5e-324, -1.7976931348623157e308), (0.1, -0.2)):
        cases.append(("atan2", (y, x)))
    for x, y in ((3e-320, 4e-320), (1.7976931348623157e308, 1e308), (1.0, 2.0 ** -27), (3.0, 4.0),
                 (1e-300, 1e-300), (5e-324, 5e-324), (1.0, 1e-18)):
        cases.append(("hypot", (x, y)))
    return cases


RANDOM_RANGES = {
    "exp": lambda r: (r.uniform(-745, 709.7),), "exp2": lambda r: (r.uniform(-1074, 1023.9),),
    "log": lambda r: (2.0 ** r.uniform(-1070, 1023),), "log2": lambda r: (2.0 ** r.uniform(-1070, 1023),),
    "log10": lambda r: (2.0 ** r.uniform(-1070, 1023),), "sin": lambda r: (r.uniform(-1e6, 1e6),),
    "cos": lambda r: (r.uniform(-1e6, 1e6),), "tan": lambda r: (r.uniform(-1e6, 1e6),),
    "asin": lambda r: (r.uniform(-1, 1),), "acos": lambda r: (r.uniform(-1, 1),),
    "atan": lambda r: (2.0 ** r.uniform(-30, 60),), "sinh": lambda r: (r.uniform(-710, 710),),
    "cosh": lambda r: (r.uniform(-710, 710),), "tanh": lambda r: (r.uniform(-22, 22),),
    "pow": lambda r: (2.0 ** r.uniform(-20, 20), r.uniform(-40, 40)),
    "atan2": lambda r: (r.uniform(-10, 10), r.uniform(-10, 10)),
    "hypot": lambda r: (r.uniform(0, 10), r.uniform(0, 10)),
}


def random_hard_cases(per_function, tries):
    rng = random.Random(7)
    cases = []
    for name, draw in RANDOM_RANGES.items():
        scored = []
        for _ in range(tries):
            args = draw(rng)
            scored.append((midpoint_distance(name, args), args))
        scored.sort()
        cases += [(name, args) for _, args in scored[:per_function]]
    return cases


def main():
    cases = chosen_cases() + random_hard_cases(8, 3000)
    lines = []
    for name, args in cases:
        hi, lo = reference(name, args)
        if math.isinf(hi):
            continue
        x = args[0].hex()
        y = args[1].hex() if len(args) > 1 else "0.0"
        lines.append(f'    {{"{name}", {x}, {y}, {hi.hex()}, {lo.hex()}}},\n')
    with open(OUT, "w") as f:
        f.write("// Generated by tools/math/hard_cases.py; do not edit.\n")
        f.write("// {function, x, y (second argument or 0), exact result as hi + lo}\n")
        f.write("static const hard_case_t hard_cases[] = {\n")
        f.writelines(lines)
        f.write("};\n")
    print(f"{len(lines)} cases")


if __name__ == "__main__":
    main()

"""Minimax polynomials by the Remez exchange algorithm, in mpmath.

minimax(g, a, b, degree) returns the coefficients c[0..degree] of the
polynomial P(x) = c[0] + c[1] x + ... that minimises max |g(x) - P(x)| on
[a, b], and that maximum. g must be smooth on [a, b] (the callers pass
functions defined by their Taylor series, so a removable singularity such
as (sin(r) - r) / r^3 at 0 costs nothing).

The algorithm (Remez, 1934; see e.g. Muller, "Elementary Functions",
chapter 3): start from the Chebyshev extrema as the reference; solve
g(x_j) - P(x_j) = (-1)^j E for the coefficients and E; move the reference
to the extrema of the new error curve; repeat until the largest error is
no bigger than |E| by more than a small fraction.
"""

from mpmath import mp, mpf, cos, pi, matrix, lu_solve

GRID = 3000


def _solve(g, points, degree):
    n = degree + 2
    a = matrix(n, n)
    b = matrix(n, 1)
    for j, x in enumerate(points):
        for i in range(degree + 1):
            a[j, i] = x ** i
        a[j, degree + 1] = (-1) ** j
        b[j] = g(x)
    sol = lu_solve(a, b)
    return [sol[i] for i in range(degree + 1)], sol[degree + 1]


def evaluate(coefficients, x):
    result = mpf(0)
    for c in reversed(coefficients):
        result = result * x + c
    return result


def _refine(err, lo, hi):
    """The point of largest |err| in [lo, hi] (golden-section search)."""
    ratio = (mp.sqrt(5) - 1) / 2
    for _ in range(60):
        m1 = hi - ratio * (hi - lo)
        m2 = lo + ratio * (hi - lo)
        if abs(err(m1)) > abs(err(m2)):
            hi = m2
        else:
            lo = m1
    return (lo + hi) / 2


def _extrema(err, a, b):
    """The local extrema of err on [a, b], ends included, in order."""
    xs = [a + (b - a) * i / GRID for i in range(GRID + 1)]
    es = [err(x) for x in xs]
    found = [a]
    for i in range(1, GRID):
        if abs(es[i]) >= abs(es[i - 1]) and abs(es[i]) >= abs(es[i + 1]):
            found.append(_refine(err, xs[i - 1], xs[i + 1]))
    found.append(b)
    return found


def _alternating(err, candidates, count):
    """count points from candidates where err alternates in sign, keeping
    the largest |err| within each run of equal sign."""
    runs = []
    for x in candidates:
        e = err(x)
        if runs and (runs[-1][1] > 0) == (e > 0):
            if abs(e) > abs(runs[-1][1]):
                runs[-1] = (x, e)
        else:
            runs.append((x, e))
    # Too many: drop the smaller end until count remain.
    while len(runs) > count:
        if abs(runs[0][1]) < abs(runs[-1][1]):
            runs.pop(0)
        else:
            runs.pop()
    return [x for x, _ in runs]


def minimax(g, a, b, degree, iterations=30):
    a, b = mpf(a), mpf(b)
    n = degree + 2
    points = [(a + b) / 2 - (b - a) / 2 * cos(pi * j / (n - 1)) for j in range(n)]
    for _ in range(iterations):
        coefficients, level = _solve(g, points, degree)

        def err(x):
            return g(x) - evaluate(coefficients, x)

        candidates = _extrema(err, a, b)
        worst = max(abs(err(x)) for x in candidates)
        new_points = _alternating(err, candidates, n)
        if len(new_points) < n:
            break
        points = new_points
        if worst <= abs(level) * (1 + mpf(10) ** -4):
            break
    return coefficients, worst


def max_error(g, coefficients, a, b, weight=lambda x: 1):
    """max |weight(x) (g(x) - P(x))| on [a, b] for the given (for example
    rounded) coefficients, from a dense grid refined at its extrema."""
    a, b = mpf(a), mpf(b)

    def err(x):
        return weight(x) * (g(x) - evaluate(coefficients, x))

    return max(abs(err(x)) for x in _extrema(err, a, b))

// tgmath.h (C17 7.25): each generic macro picks the function of its
// arguments' type. Checked at compile time through the type of the result
// (a wrong choice fails _Static_assert), and by the calls the object
// makes (run.sh checks the symbols): real and complex, float, double
// (integers count as double) and long double, one and two arguments.
#include <tgmath.h>

#define IS(expr, type) _Generic((expr), type: 1, default: 0)
#define CHECK_TYPE(expr, type) _Static_assert(IS(expr, type), #expr " is not " #type)

float f;
double d;
long double ld;
int i;
float _Complex fc;
double _Complex dc;
long double _Complex ldc;

CHECK_TYPE(sqrt(f), float);
CHECK_TYPE(sqrt(d), double);
CHECK_TYPE(sqrt(i), double);
CHECK_TYPE(sqrt(ld), long double);
CHECK_TYPE(sqrt(fc), float _Complex);
CHECK_TYPE(sqrt(dc), double _Complex);
CHECK_TYPE(sqrt(ldc), long double _Complex);
CHECK_TYPE(cbrt(f), float);
CHECK_TYPE(cbrt(i), double);
CHECK_TYPE(pow(f, f), float);
CHECK_TYPE(pow(f, d), double);
CHECK_TYPE(pow(f, i), double);
CHECK_TYPE(pow(f, ld), long double);
CHECK_TYPE(pow(fc, f), float _Complex);
CHECK_TYPE(pow(d, ldc), long double _Complex);
CHECK_TYPE(atan2(f, f), float);
CHECK_TYPE(atan2(i, i), double);
CHECK_TYPE(fma(f, f, f), float);
CHECK_TYPE(fma(f, f, ld), long double);
CHECK_TYPE(ilogb(f), int);
CHECK_TYPE(lround(ld), long);
CHECK_TYPE(ldexp(f, 3), float);
CHECK_TYPE(frexp(ld, &i), long double);
CHECK_TYPE(fabs(fc), float);
CHECK_TYPE(fabs(ldc), long double);
CHECK_TYPE(carg(f), float);
CHECK_TYPE(carg(i), double);
CHECK_TYPE(creal(fc), float);
CHECK_TYPE(cimag(ldc), long double);
CHECK_TYPE(conj(d), double _Complex);
CHECK_TYPE(exp(fc), float _Complex);
CHECK_TYPE(nexttoward(f, ld), float);

// The calls themselves: run.sh expects exactly these undefined symbols.
float call_sqrtf(void) { return sqrt(f); }
long double call_powl(void) { return pow(ld, i); }
double _Complex call_cexp(void) { return exp(dc); }
float _Complex call_csinf(void) { return sin(fc); }
double call_cabs(void) { return fabs(dc); }
float call_fmaxf(void) { return fmax(f, 1.0f); }
double call_fmod(void) { return fmod(i, f); }
long double call_cabsl(void) { return fabs(ldc); }

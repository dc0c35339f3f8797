// lgamma near 1 and 2 and below 1/2, where lgamma(x + n) - log(x ... (x + n - 1))
// would cancel: lgamma(2 + t) = sum d_k t^k with d_1 = 1 - Euler's
// constant and d_k = (-1)^k (zeta(k) - 1) / k, which falls as 2^-k, so 45
// terms reach 2^-70 for |t| <= 1/2; lgamma(1 + t) = lgamma(2 + t) - log1p(t).
// (The coefficients: mpmath at 60 digits.)
#include "gamma_core.h"

// d_1 to d_3 as hi + lo: their terms are not small against the sum.
static const dd_t HEAD[3] = {{0x1.b0ee6072093cep-2, 0x1.6cb90701fbfabp-58}, {0x1.4a34cc4a60fa6p-2, 0x1.1873d8912200cp-56}, {-0x1.13e001a557607p-4, 0x1.fb68be2f8821fp-58}};

// d_4 to d_45.
static const double TAIL[] = {
    0x1.51322ac7d8483p-6, -0x1.e404fc218f5f2p-8, 0x1.7add6eadb6c30p-9, -0x1.38ac5c2bf8e08p-10,
    0x1.0b36af86396e9p-11, -0x1.d3fd4c76d2fc8p-13, 0x1.a127b0f17d65ap-14, -0x1.78de5bd7c81efp-15,
    0x1.580dcee66eb02p-16, -0x1.3cbc963ce2243p-17, 0x1.2597a39f34aacp-18, -0x1.11b2eb7679541p-19,
    0x1.0064cdeb22f0fp-20, -0x1.e2600d93cfd2fp-22, 0x1.c76bbb3f07a4dp-23, -0x1.af5a6cbbf8a97p-24,
    0x1.99b93c2070b0fp-25, -0x1.862c734df3eacp-26, 0x1.7469daccfadcdp-27, -0x1.6434a8447aeadp-28,
    0x1.555a877ffd2c3p-29, -0x1.47b1679258d0ep-30, 0x1.3b15d2b2fc10cp-31, -0x1.2f69a9fabe3e0p-32,
    0x1.24932a337434cp-33, -0x1.1a7c26ec2523cp-34, 0x1.11116e693ed98p-35, -0x1.08424cbc543d8p-36,
    0x1.000026e3f644fp-37, -0x1.f07c514fc9f0ap-39, 0x1.e1e2026aafcd8p-40, -0x1.d41d56e5ee2e2p-41,
    0x1.c71c7f6f10e37p-42, -0x1.bacf9a27bc89bp-43, 0x1.af28718a10d6ep-44, -0x1.a41a45603e5b6p-45,
    0x1.99999c0716ee9p-46, -0x1.8f9c1a8df9d78p-47, 0x1.8618628d28905p-48, -0x1.7d05f4c31c560p-49,
    0x1.745d17b56ba4ap-50, -0x1.6c16c1b4d6456p-51,
};

dd_t _lgamma_two_plus(double t)
{
    double tail = 0;
    for (int k = (int)(sizeof(TAIL) / sizeof(TAIL[0])) - 1; k >= 0; k--)
    {
        tail = TAIL[k] + t * tail;
    }
    // t (d_1 + t (d_2 + t (d_3 + t tail))), the outer steps in double-double.
    dd_t sum = _dd_add(HEAD[2], (dd_t){t * tail, 0.0});
    sum = _dd_add(HEAD[1], _dd_mul_d(sum, t));
    sum = _dd_add(HEAD[0], _dd_mul_d(sum, t));
    return _dd_mul_d(sum, t);
}

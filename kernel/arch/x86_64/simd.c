#include "simd.h"

#include "cpu.h"

#include <kernel/log/log.h>

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#define CR0_MP (1ULL << 1)
#define CR0_EM (1ULL << 2)
#define CR0_TS (1ULL << 3)
#define CR4_OSFXSR (1ULL << 9)
#define CR4_OSXMMEXCPT (1ULL << 10)
#define CR4_OSXSAVE (1ULL << 18)
#define CPUID_1_ECX_XSAVE (1u << 26)
#define CPUID_1_ECX_AVX (1u << 28)
#define XCR0_X87 1
#define XCR0_SSE 2
#define XCR0_AVX 4
#define FXSAVE_SIZE 512
#define TEMPLATE_MAX 4096
#define MXCSR_DEFAULT 0x1F80

static bool use_xsave;
static uint64_t xcr0;
static size_t area_size;
static uint8_t template_area[TEMPLATE_MAX] __attribute__((aligned(SIMD_AREA_ALIGN)));

void simd_init_cpu(void)
{
    cpuid_t features = cpu_cpuid(1, 0);
    cpu_write_cr0((cpu_read_cr0() & ~(CR0_EM | CR0_TS)) | CR0_MP);
    uint64_t cr4 = cpu_read_cr4() | CR4_OSFXSR | CR4_OSXMMEXCPT;
    bool xsave = features.ecx & CPUID_1_ECX_XSAVE;
    if (xsave)
    {
        cr4 |= CR4_OSXSAVE;
    }
    cpu_write_cr4(cr4);
    uint64_t mask = XCR0_X87 | XCR0_SSE | ((features.ecx & CPUID_1_ECX_AVX) ? XCR0_AVX : 0);
    if (xsave)
    {
        __asm__ volatile("xsetbv" : : "c"(0), "a"((uint32_t)mask), "d"((uint32_t)(mask >> 32)));
    }
    if (area_size != 0)
    {
        return; // the bootstrap CPU measured everything already
    }
    use_xsave = xsave;
    xcr0 = mask;
    // With XCR0 set, CPUID leaf 0xD says how big XSAVE's area is.
    area_size = xsave ? cpu_cpuid(0xD, 0).ebx : FXSAVE_SIZE;
    area_size = (area_size + SIMD_AREA_ALIGN - 1) & ~(size_t)(SIMD_AREA_ALIGN - 1);
    if (area_size > TEMPLATE_MAX)
    {
        area_size = TEMPLATE_MAX; // not reached on any CPU this kernel knows
    }
    // The state every thread starts with: freshly reset registers.
    uint32_t mxcsr = MXCSR_DEFAULT;
    __asm__ volatile("fninit; ldmxcsr %0" : : "m"(mxcsr));
    simd_save(template_area);
    log_info("simd: %s, %lu-byte save areas%s", simd_method(), (unsigned long)area_size,
        (xcr0 & XCR0_AVX) ? ", AVX on" : "");
}

size_t simd_area_size(void)
{
    return area_size;
}

void simd_init_area(void* area)
{
    memcpy(area, template_area, area_size);
}

void simd_save(void* area)
{
    if (use_xsave)
    {
        __asm__ volatile("xsave64 (%0)" : : "r"(area), "a"((uint32_t)xcr0), "d"((uint32_t)(xcr0 >> 32)) : "memory");
    }
    else
    {
        __asm__ volatile("fxsave64 (%0)" : : "r"(area) : "memory");
    }
}

void simd_restore(void* area)
{
    if (use_xsave)
    {
        __asm__ volatile("xrstor64 (%0)" : : "r"(area), "a"((uint32_t)xcr0), "d"((uint32_t)(xcr0 >> 32)) : "memory");
    }
    else
    {
        __asm__ volatile("fxrstor64 (%0)" : : "r"(area) : "memory");
    }
}

int simd_has_avx(void)
{
    return (xcr0 & XCR0_AVX) != 0;
}

const char* simd_method(void)
{
    return use_xsave ? "xsave" : "fxsave";
}

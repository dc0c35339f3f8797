// The in-OS fuzzer's free-page verdict (programs/fuzz/pages_verdict.c),
// built for the host: which readings before and after a campaign pass.
// Prints one line per case and exits non-zero if any case is wrong.
#include "pages_verdict.h"

#include <stdio.h>

typedef struct
{
    const char* name;
    procinfo_mem_t before, after; // free pages, heap pages, heap allocations, supervisor pages
    bool pass;
} verdict_case_t;

static const verdict_case_t cases[] = {
    {"all-back", {1000, 50, 400, 70}, {1000, 50, 400, 70}, true},
    {"surplus", {1000, 50, 400, 70}, {1100, 40, 380, 70}, true},
    {"page-lost", {1000, 50, 400, 70}, {999, 50, 400, 70}, false},
    {"supervisor-grew", {1000, 50, 400, 72}, {999, 50, 400, 73}, true},
    {"supervisor-grew-less-than-missing", {1000, 50, 400, 72}, {997, 50, 400, 73}, false},
    {"supervisor-shrank-and-page-lost", {1000, 50, 400, 73}, {999, 50, 400, 72}, false},
    {"slabs-spread", {1000, 50, 400, 70}, {998, 52, 400, 70}, true},
    {"slabs-spread-and-supervisor", {1000, 50, 400, 70}, {997, 52, 399, 71}, true},
    {"object-lost", {1000, 50, 400, 70}, {999, 51, 401, 70}, false},
    {"heap-grew-less-than-missing", {1000, 50, 400, 70}, {997, 51, 400, 70}, false},
    {"heap-unknown", {1000, -1, -1, 70}, {999, -1, -1, 70}, false},
    {"no-baseline", {-1, 50, 400, 70}, {1000, 50, 400, 70}, false},
    {"no-reading-after", {1000, 50, 400, 70}, {-1, 50, 400, 70}, false},
};

int main(void)
{
    int wrong = 0;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
    {
        bool got = pages_verdict(&cases[i].before, &cases[i].after);
        printf("%s %s: %s\n", got == cases[i].pass ? "right" : "WRONG", cases[i].name, got ? "pass" : "fail");
        wrong += got != cases[i].pass;
    }
    return wrong == 0 ? 0 : 1;
}

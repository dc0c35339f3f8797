// The other side of note_test. Registers a note handler, prints "ready"
// on stdout, then:
//   note_catcher count   sleeps; counts "ping" notes; on "quit" exits with
//                        the count
//   note_catcher compute repeats a floating-point and integer computation
//                        while notes arrive (the handler does floating
//                        point too) until five "ping"s were handled, and
//                        exits with 0 if every result was the same as
//                        before any note came; 1 if a result changed, 3
//                        if five notes did not come within 20 s
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

static volatile int pings;
static volatile double handler_noise;

static void on_note(const char* note)
{
    // Floating point here clobbers the SIMD registers the interrupted
    // code was using: the kernel must give them back.
    double noise = 1.0;
    for (int i = 0; i < 50; i++)
    {
        noise = noise * 1.000001 + 0.5;
    }
    handler_noise = noise;
    if (strcmp(note, "ping") == 0)
    {
        pings++;
    }
    else if (strcmp(note, "quit") == 0)
    {
        exit(pings);
    }
}

static uint64_t compute(void)
{
    double sum = 0.0;
    uint64_t mix = 0x9E3779B97F4A7C15ULL;
    for (uint64_t i = 1; i < 4000000; i++)
    {
        sum += 1.0 / (double)i;
        mix = (mix ^ i) * 0xBF58476D1CE4E5B9ULL;
    }
    uint64_t bits;
    memcpy(&bits, &sum, sizeof(bits));
    return bits ^ mix;
}

int main(int argc, char** argv)
{
    if (argc < 2 || note_handler(on_note) == -1)
    {
        return 2;
    }
    if (strcmp(argv[1], "count") == 0)
    {
        writef(STDOUT_FILENO, "ready\n");
        for (;;)
        {
            sleep_ns(1000000000ULL);
        }
    }
    uint64_t expected = compute();
    writef(STDOUT_FILENO, "ready\n");
    // Until five notes have come in (or for a long while, if they do not).
    int mismatches = 0;
    uint64_t give_up = uptime() + 20000000000ULL;
    while (pings < 5 && uptime() < give_up)
    {
        mismatches += compute() != expected;
    }
    return mismatches != 0 ? 1 : pings < 5 ? 3 : 0;
}

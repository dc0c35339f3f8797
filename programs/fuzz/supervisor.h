// The supervisor: runs a campaign of children and reports on it.
#ifndef FUZZ_SUPERVISOR_H
#define FUZZ_SUPERVISOR_H 1

#include <stdint.h>

typedef struct
{
    uint64_t seconds;    /**< how long to start new children */
    uint64_t seed;       /**< the master seed */
    unsigned parallel;   /**< children at a time */
    uint64_t iterations; /**< per child */
    const char* families_off; /**< as given to -x, or NULL */
} supervisor_options_t;

/** Run the campaign; the exit status (0: no hang, no broken promise, every free page back). */
int supervisor_main(const supervisor_options_t* options);

#endif

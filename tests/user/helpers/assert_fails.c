// home:/test/helpers/assert_fails: an assertion that holds, one NDEBUG
// turns off, one that fails; malloc_test expects its message (with line
// 14: keep it there) on stderr and abort's exit status.
#include <assert.h>

static int checked_function(int value)
{
    assert(value == 2);
#define NDEBUG
#include <assert.h>
    assert(value == 99);
#undef NDEBUG
#include <assert.h>
    assert(value + 1 == 4);
    return 0;
}

int main(void)
{
    return checked_function(2);
}

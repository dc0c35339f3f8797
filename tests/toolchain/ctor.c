// Constructors and destructors must land in .init_array/.fini_array, which
// libstd's start-up and exit code walk.
static int ready;

__attribute__((constructor)) static void setup(void)
{
    ready = 1;
}

__attribute__((destructor)) static void teardown(void)
{
    ready = 0;
}

int main(void)
{
    return !ready;
}

// Reads through a null pointer: the kernel must end it with
// EXIT_FAULT_BASE + 14 (page fault) and nothing else.
int main(void)
{
    volatile int* volatile nowhere = 0;
    return *nowhere;
}

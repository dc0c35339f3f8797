// Executes an invalid instruction: the kernel must end it with
// EXIT_FAULT_BASE + 6 (invalid opcode).
int main(void)
{
    __asm__ volatile("ud2");
    return 0;
}

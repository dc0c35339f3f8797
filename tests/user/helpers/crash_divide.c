// Divides by zero: the kernel must end it with EXIT_FAULT_BASE + 0
// (divide error). In assembly, because GCC may compute a C division by a
// value it cannot see without dividing at all (1 / x needs no div).
int main(void)
{
    __asm__ volatile("mov $1, %%eax\n\t"
                     "xor %%edx, %%edx\n\t"
                     "xor %%ecx, %%ecx\n\t"
                     "div %%ecx"
                     :
                     :
                     : "eax", "ecx", "edx");
    return 0;
}

// Built with -z noexecstack: copies "mov eax, 42; ret" onto its stack and
// calls it. The stack is not executable, so the kernel must end it with
// EXIT_FAULT_BASE + 14 (page fault); were the code run, it would exit with
// 42 (and 1 if it ran but gave something else).
#include <string.h>

int main(void)
{
    static const unsigned char code[] = {0xB8, 0x2A, 0x00, 0x00, 0x00, 0xC3};
    unsigned char buffer[sizeof(code)];
    memcpy(buffer, code, sizeof(code));
    int (*function)(void) = (int (*)(void))(void*)buffer;
    __asm__ volatile("" : : "r"(buffer) : "memory"); // the copy is not dead code
    int result = function();
    return result == 42 ? 42 : 1;
}

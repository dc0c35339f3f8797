// Page faults in kernel mode. (Exceptions raised by user code never come
// here: interrupt_dispatch hands them to the space's owner, after giving a
// lazy page its memory.)
//
// A kernel fault is a bug, with one exception: the few instructions that
// touch user memory on a system call's behalf (user_copy.asm) are listed in
// the exception table (section .extable). A fault there on a lazy page
// fills it in; any other resumes at the listed fixup, which makes the copy
// fail with -EFAULT instead.
#include "space.h"
#include "vmm.h"

#include <kernel/arch/x86_64/cpu.h>
#include <kernel/arch/x86_64/interrupt.h>
#include <kernel/panic/panic.h>

#include <stddef.h>
#include <stdint.h>

typedef struct
{
    uint64_t instruction; /**< an instruction that may fault on user memory */
    uint64_t fixup;       /**< where to continue when it does */
} extable_entry_t;

extern const extable_entry_t __extable_start[];
extern const extable_entry_t __extable_end[];

static uint64_t fault_fixup(uint64_t rip)
{
    for (const extable_entry_t* entry = __extable_start; entry < __extable_end; entry++)
    {
        if (entry->instruction == rip)
        {
            return entry->fixup;
        }
    }
    return 0;
}

static void fault_page(interrupt_frame_t* frame)
{
    uint64_t fixup = fault_fixup(frame->rip);
    if (fixup != 0)
    {
        // A lazy user page touched on a system call's behalf is filled in
        // and the copy goes on; anything else makes it fail.
        if (!(frame->error_code & PAGE_FAULT_PRESENT) &&
            vmm_fault_lazy(space_current(), cpu_read_cr2(), frame->error_code & PAGE_FAULT_WRITE, false))
        {
            return;
        }
        frame->rip = fixup;
        return;
    }
    panic_frame(frame, "page fault in the kernel at 0x%lx", (unsigned long)cpu_read_cr2());
}

void vmm_page_fault_init(void)
{
    interrupt_set_handler(VECTOR_PAGE_FAULT, fault_page);
}

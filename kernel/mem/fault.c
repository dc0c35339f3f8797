// Page faults and other exceptions, as the architecture hands them over.
//
// An exception raised by user code is its owner's business, never the
// kernel's: the space's owner decides what happens to it (a process dies).
// The first touch of a lazy page is no fault of the program's: it gets
// its page and goes on (trap_user_fault).
//
// A page fault in kernel mode is a bug, with one exception: the few
// instructions that touch user memory on a system call's behalf
// (user_copy.asm) are listed in the exception table (section .extable). A
// fault there on a lazy page fills it in; any other resumes at the listed
// fixup, which makes the copy fail with -EFAULT instead.
#include "space.h"
#include "vmm.h"

#include <kernel/arch/interrupt.h>
#include <kernel/cpu/upcall.h>
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

static uint64_t fault_fixup(uint64_t ip)
{
    for (const extable_entry_t* entry = __extable_start; entry < __extable_end; entry++)
    {
        if (entry->instruction == ip)
        {
            return entry->fixup;
        }
    }
    return 0;
}

static void fault_page(interrupt_frame_t* frame)
{
    uint64_t fixup = fault_fixup(interrupt_frame_ip(frame));
    page_fault_t fault = interrupt_page_fault(frame);
    if (fixup != 0)
    {
        // A lazy user page touched on a system call's behalf is filled in
        // and the copy goes on; anything else makes it fail.
        if (fault.missing && vmm_fault_lazy(space_current(), fault.address, fault.write, false))
        {
            return;
        }
        interrupt_frame_set_ip(frame, fixup);
        return;
    }
    panic_frame(frame, "page fault in the kernel at 0x%lx", (unsigned long)fault.address);
}

void vmm_page_fault_init(void)
{
    interrupt_set_handler(VECTOR_PAGE_FAULT, fault_page);
}

void trap_user_fault(interrupt_frame_t* frame)
{
    uint64_t address = 0;
    bool lazy = false;
    if (interrupt_frame_vector(frame) == VECTOR_PAGE_FAULT)
    {
        page_fault_t fault = interrupt_page_fault(frame);
        address = fault.address;
        lazy = fault.missing && vmm_fault_lazy(space_current(), address, fault.write, fault.exec);
    }
    if (!lazy)
    {
        space_report_user_fault(frame, address);
    }
}

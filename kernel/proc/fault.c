// A fault in user code ends the process that caused it, and only it.
#include "process.h"

#include <kernel/log/log.h>
#include <kernel/sched/sched.h>

#include <sys/proc.h>

void process_fault(void* owner, const interrupt_frame_t* frame, uint64_t address)
{
    process_t* process = owner;
    uint64_t vector = interrupt_frame_vector(frame);
    if (vector == VECTOR_PAGE_FAULT)
    {
        log_warn("proc: pid %ld (%s) killed by %s at rip 0x%lx, address 0x%lx", (long)process->id, process->path,
            interrupt_vector_name(vector), (unsigned long)interrupt_frame_ip(frame), (unsigned long)address);
    }
    else
    {
        log_warn("proc: pid %ld (%s) killed by %s at rip 0x%lx", (long)process->id, process->path,
            interrupt_vector_name(vector), (unsigned long)interrupt_frame_ip(frame));
    }
    process_exit(process, EXIT_FAULT_BASE + (int)vector);
    process_check_exit(); // does not return
}

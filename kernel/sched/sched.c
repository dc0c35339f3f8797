#include "sched.h"

#include <kernel/arch/clock.h>
#include <kernel/arch/context.h>
#include <kernel/arch/cpu.h>
#include <kernel/arch/ipi.h>
#include <kernel/arch/simd.h>
#include <kernel/arch/timer.h>
#include <kernel/cpu/cpu.h>
#include <kernel/cpu/upcall.h>
#include <kernel/mem/heap.h>
#include <kernel/mem/space.h>
#include <kernel/mem/vmm.h>
#include <kernel/panic/panic.h>

#include <stddef.h>

// Lock order: a wait queue's lock (a mutex's, say) before a run queue's.
// A run queue's lock is held across a context switch: the thread switched
// to releases it (sched_finish_switch). Two run-queue locks are never held
// together: stealing takes a thread out under one, then puts it in under
// the other.

// ---- priority arrays --------------------------------------------------

void sched_array_init(sched_array_t* array)
{
    for (int i = 0; i < SCHED_PRIORITIES; i++)
    {
        array->lists[i].head = NULL;
        array->lists[i].tail = NULL;
    }
    array->bitmap = 0;
    array->count = 0;
}

void sched_array_push(sched_array_t* array, thread_t* thread)
{
    sched_list_t* list = &array->lists[thread->priority];
    thread->queue_next = NULL;
    thread->queue_prev = list->tail;
    if (list->tail != NULL)
    {
        list->tail->queue_next = thread;
    }
    else
    {
        list->head = thread;
    }
    list->tail = thread;
    array->bitmap |= 1u << thread->priority;
    array->count++;
}

void sched_array_remove(sched_array_t* array, thread_t* thread)
{
    sched_list_t* list = &array->lists[thread->priority];
    if (thread->queue_prev != NULL)
    {
        thread->queue_prev->queue_next = thread->queue_next;
    }
    else
    {
        list->head = thread->queue_next;
    }
    if (thread->queue_next != NULL)
    {
        thread->queue_next->queue_prev = thread->queue_prev;
    }
    else
    {
        list->tail = thread->queue_prev;
    }
    if (list->head == NULL)
    {
        array->bitmap &= ~(1u << thread->priority);
    }
    array->count--;
}

thread_t* sched_array_pop(sched_array_t* array)
{
    if (array->bitmap == 0)
    {
        return NULL;
    }
    // The highest non-empty priority: one bit scan, whatever the load.
    int priority = 31 - __builtin_clz(array->bitmap);
    thread_t* thread = array->lists[priority].head;
    sched_array_remove(array, thread);
    return thread;
}

// ---- priorities and slices ---------------------------------------------

uint64_t sched_slice_ns(uint8_t priority)
{
    return SCHED_SLICE_MIN_NS + priority * SCHED_SLICE_STEP_NS;
}

static void sched_adjust_priority(thread_t* thread, int step)
{
    int base = thread->base_priority;
    int low = base - SCHED_PRIORITY_BONUS < 0 ? 0 : base - SCHED_PRIORITY_BONUS;
    int high = base + SCHED_PRIORITY_BONUS >= SCHED_PRIORITIES ? SCHED_PRIORITIES - 1 : base + SCHED_PRIORITY_BONUS;
    int priority = thread->priority + step;
    priority = priority < low ? low : priority > high ? high : priority;
    thread->priority = (uint8_t)priority;
    thread->slice_ns = sched_slice_ns(thread->priority);
}

// ---- run queues (the CPU's lock held) -------------------------------------

// Whether other CPUs may use @p cpu's run queues (see sched_cpu_t.started).
static bool sched_started(const cpu_t* cpu)
{
    return __atomic_load_n(&cpu->sched.started, __ATOMIC_ACQUIRE);
}

static uint32_t sched_ready(const sched_cpu_t* sched)
{
    return sched->active->count + sched->expired->count;
}

static void sched_enqueue(cpu_t* cpu, thread_t* thread, bool expired)
{
    thread->state = THREAD_READY;
    thread->cpu = cpu;
    sched_array_push(expired ? cpu->sched.expired : cpu->sched.active, thread);
}

static thread_t* sched_pick(sched_cpu_t* sched)
{
    if (sched->active->count == 0 && sched->expired->count != 0)
    {
        // Everyone in this round has had a turn: start the next round.
        sched_array_t* swap = sched->active;
        sched->active = sched->expired;
        sched->expired = swap;
    }
    return sched_array_pop(sched->active);
}

static void sched_sleep_insert(sched_cpu_t* sched, thread_t* thread)
{
    thread_t** link = &sched->sleepers;
    while (*link != NULL && (*link)->wake_deadline <= thread->wake_deadline)
    {
        link = &(*link)->sleep_next;
    }
    thread->sleep_next = *link;
    *link = thread;
    thread->asleep = true;
}

static void sched_sleep_remove(sched_cpu_t* sched, thread_t* thread)
{
    thread_t** link = &sched->sleepers;
    while (*link != NULL && *link != thread)
    {
        link = &(*link)->sleep_next;
    }
    if (*link == thread)
    {
        *link = thread->sleep_next;
    }
    thread->asleep = false;
}

static void sched_arm_timer(cpu_t* cpu, uint64_t now);

// The CPUs halted in their idle loop, one bit per cpu_t index: read
// without locks by a CPU with a thread waiting, to decide whether to hand
// it over (a CPU that wakes at that moment costs one needless IPI).
static uint64_t sched_idle_mask;

static uint64_t sched_cpu_bit(const cpu_t* cpu)
{
    return 1ULL << cpu->index;
}

// An idle CPU other than @p self, the first after it in index order (so
// that the work spreads over all of them), or NULL.
static cpu_t* sched_idle_cpu(const cpu_t* self)
{
    uint64_t idle = __atomic_load_n(&sched_idle_mask, __ATOMIC_RELAXED) & ~sched_cpu_bit(self);
    if (idle == 0)
    {
        return NULL;
    }
    uint32_t next = self->index + 1;
    uint64_t after = next < 64 ? idle & (~0ULL << next) : 0;
    return &cpus[__builtin_ctzll(after != 0 ? after : idle)];
}

// Tell @p target, another CPU, that it has work (interrupts off). While
// this CPU holds a spinlock the IPI waits until it has let go of the last
// one (sched_locks_released). A wake-up is nearly always made under a
// lock (a wait queue's), and the woken thread nearly always wants that
// lock first thing. Under emulation each CPU is a host thread; when the
// host runs both on one core, the IPI can hand that core to the woken CPU
// at once, and it then spins on the lock the waker, no longer running,
// still holds, until the host's next tick (4 ms) gives the core back: on a
// loaded host every hand-over cost that (docs/benchmarks.md).
static void sched_kick(cpu_t* self, cpu_t* target)
{
    if (self->locks_held > 0)
    {
        self->sched.kicks_held |= sched_cpu_bit(target);
        return;
    }
    ipi_send(target->hw_id, VECTOR_RESCHEDULE);
}

void sched_locks_released(void)
{
    cpu_t* self = cpu_current();
    uint64_t held = self->sched.kicks_held;
    self->sched.kicks_held = 0;
    while (held != 0)
    {
        self->sched.kicks_deferred++;
        ipi_send(cpus[__builtin_ctzll(held)].hw_id, VECTOR_RESCHEDULE);
        held &= held - 1;
    }
}

// A blocked thread becomes runnable again on its CPU (lock held).
// Make @p thread ready on @p cpu (its lock held). @p waker is the thread
// running there that woke it, or NULL (a timer, another CPU, a new thread).
static void sched_make_ready(cpu_t* cpu, thread_t* thread, const thread_t* waker)
{
    if (thread->state != THREAD_BLOCKED)
    {
        panic("sched: waking thread %lu (%s), which is not blocked (state %d)", (unsigned long)thread->id,
            thread->name, (int)thread->state);
    }
    if (thread->asleep)
    {
        sched_sleep_remove(&cpu->sched, thread);
    }
    sched_enqueue(cpu, thread, false);
    thread_t* current = cpu->sched.current;
    // A higher priority takes the CPU at once, except from the sibling that
    // woke it: threads of one process share locks, and one woken by its
    // sibling (a condition variable signalled under its mutex) would only
    // find the lock still held, block on it, and cost two more switches.
    // Worse, the waker, preempted instead of blocking, never earns the
    // step up that blocking gives, so it stays below the other thread and
    // the pattern repeats on every hand-over. The woken thread waits until
    // its sibling blocks or its slice ends.
    bool sibling = waker != NULL && waker->process != NULL && waker->process == thread->process;
    if (current == cpu->sched.idle || (thread->priority > current->priority && !sibling))
    {
        cpu->sched.need_resched = true;
    }
    else if (cpu == cpu_current())
    {
        // Someone waits for this CPU now: the running thread's slice needs
        // enforcing, and the timer may be off. (Another CPU gets an IPI,
        // whose handler does this there.)
        sched_arm_timer(cpu, 0);
    }
}

// Make sure this CPU's timer fires by its next deadline (slice end or
// sleeper), if it has one. @p now is the uptime if the caller has it, 0
// if not: the clock is read only when the timer must be set (reading it
// is an exit to the hypervisor too, when the clock is the HPET).
static void sched_arm_timer(cpu_t* cpu, uint64_t now)
{
    sched_cpu_t* sched = &cpu->sched;
    uint64_t deadline = UINT64_MAX;
    thread_t* current = sched->current;
    // A slice only needs enforcing when someone else is waiting for the CPU.
    // It ends its unused part after it started running (already past if
    // it is used up: then the timer is due at once).
    if (current != sched->idle && sched_ready(sched) > 0)
    {
        uint64_t left = current->slice_used_ns < current->slice_ns ? current->slice_ns - current->slice_used_ns : 0;
        deadline = current->run_start + left;
    }
    if (sched->sleepers != NULL && sched->sleepers->wake_deadline < deadline)
    {
        deadline = sched->sleepers->wake_deadline;
    }
    // A timer armed for no later than needed is left alone: it fires early
    // (or for nothing), and its interrupt re-arms for what is due then, or
    // lets the timer stay off. Every change of the timer is a write to the
    // local APIC, an exit to the hypervisor when virtualised, and threads
    // that hand the CPU to each other would otherwise pay two per hand-over
    // (armed when one wakes the other, stopped when it blocks): one
    // interrupt per slice at most is cheaper. An idle CPU still ends up
    // with its timer off, after that one interrupt.
    if (sched->timer_deadline != 0 && sched->timer_deadline <= deadline)
    {
        return;
    }
    if (deadline == UINT64_MAX)
    {
        return; // nothing to do, and the timer is off
    }
    if (now == 0)
    {
        now = clock_uptime_ns();
    }
    sched->timer_deadline = deadline;
    sched->timer_programs++;
    timer_oneshot(deadline > now ? deadline - now : 1);
}

// ---- switching ----------------------------------------------------------

// Runs in the thread switched to, right after the switch: give up the run
// queue lock the switching CPU held, and finish off the thread left behind.
static void sched_finish_switch(void)
{
    cpu_t* cpu = cpu_current();
    sched_cpu_t* sched = &cpu->sched;
    thread_t* previous = sched->switched_from;
    thread_t* current = sched->current;
    // Decided under the lock: once it is released, a thread left behind
    // alive may be stolen, run elsewhere and die there, and it is that
    // CPU's business to reap it (reading its state afterwards reaped it
    // twice).
    bool reap = previous != NULL && previous->state == THREAD_DEAD;
    spin_release(&sched->lock);
    simd_restore(current->simd);
    cpu_set_kernel_stack(cpu, current->stack_top);
    if (reap)
    {
        thread_reap(previous);
    }
}

// Pick the next thread and switch to it. The CPU's lock is held and
// interrupts are off; on return the lock is released (interrupts still off).
// A yielding thread goes behind every other waiting thread, unpunished.
static void sched_switch_locked(cpu_t* cpu, bool yield)
{
    sched_cpu_t* sched = &cpu->sched;
    thread_t* previous = sched->current;
    uint64_t now = clock_uptime_ns();
    previous->slice_used_ns += now - previous->run_start;
    if (previous->state == THREAD_RUNNING && previous != sched->idle)
    {
        bool slice_over = previous->slice_used_ns >= previous->slice_ns;
        if (slice_over && !yield)
        {
            sched_adjust_priority(previous, -1);
        }
        if (slice_over || yield)
        {
            previous->slice_used_ns = 0;
        }
        sched_enqueue(cpu, previous, slice_over || yield);
    }
    thread_t* next = sched_pick(sched);
    if (next == NULL)
    {
        next = sched->idle;
    }
    if (next != sched->idle && next->state != THREAD_READY)
    {
        panic("sched: thread %lu (%s) in a run queue in state %d", (unsigned long)next->id, next->name,
            (int)next->state);
    }
    next->state = THREAD_RUNNING;
    next->cpu = cpu;
    next->run_start = now;
    sched->current = next;
    sched->need_resched = false;
    sched_arm_timer(cpu, now);
    if (next == previous)
    {
        spin_release(&sched->lock);
        return;
    }
    sched->switches++;
    next->switches_in++;
    sched->switched_from = previous;
    // User code changes some of its registers without the kernel's help
    // (x86-64: its FS and GS bases): keep them per thread.
    if (previous->process != NULL)
    {
        context_user_save(&previous->user_context);
    }
    if (next->process != NULL)
    {
        context_user_load(&next->user_context);
    }
    space_t* space = next->space != NULL ? next->space : vmm_kernel_space();
    if (cpu->space != space)
    {
        space_load(space);
    }
    simd_save(previous->simd);
    context_switch(&previous->sp, next->sp);
    // Running again, possibly on another CPU.
    sched_finish_switch();
}

static void sched_reschedule(bool yield)
{
    interrupt_state_t flags = cpu_interrupts_save();
    cpu_t* cpu = cpu_current();
    spin_acquire(&cpu->sched.lock);
    sched_switch_locked(cpu, yield);
    cpu_interrupts_restore(flags);
}

void sched_schedule(void)
{
    sched_reschedule(false);
}

void sched_yield(void)
{
    sched_reschedule(true);
}

void sched_preempt(void)
{
    sched_reschedule(false);
}

void sched_thread_entry(void)
{
    sched_finish_switch();
    cpu_enable_interrupts();
    thread_t* current = sched_current();
    current->entry(current->arg);
    thread_exit();
}

_Noreturn void sched_exit(void)
{
    cpu_disable_interrupts();
    cpu_t* cpu = cpu_current();
    spin_acquire(&cpu->sched.lock);
    cpu->sched.current->state = THREAD_DEAD;
    sched_switch_locked(cpu, false);
    panic("sched: a dead thread ran again");
}

// ---- blocking and waking ------------------------------------------------

void sched_block(spinlock_t* release, uint64_t deadline_ns, bool interruptible)
{
    cpu_t* cpu = cpu_current();
    spin_acquire(&cpu->sched.lock);
    thread_t* current = cpu->sched.current;
    if (interruptible && current->interrupted)
    {
        // Interrupted before it slept: nothing to wait for any more.
        spin_release(&cpu->sched.lock);
        if (release != NULL)
        {
            spin_release(release);
        }
        return;
    }
    current->state = THREAD_BLOCKED;
    // Giving up the CPU before the slice ends earns a step up.
    sched_adjust_priority(current, 1);
    if (deadline_ns != 0)
    {
        current->wake_deadline = deadline_ns;
        sched_sleep_insert(&cpu->sched, current);
    }
    if (release != NULL)
    {
        spin_release(release);
    }
    sched_switch_locked(cpu, false);
}

// This CPU is due for a switch but cannot switch now (interrupts are
// off): an IPI to itself, taken once they are back on, does it then.
static void sched_kick_self(cpu_t* self)
{
    ipi_send(self->hw_id, VECTOR_RESCHEDULE);
}

// Wake @p thread if it is blocked; with @p interrupt, also make it notice
// its interrupted flag if it runs on another CPU. Everything is decided
// under the lock of the CPU the thread belongs to, which every change of
// its state (and of its CPU) is made under too.
static void sched_wake(thread_t* thread, bool interrupt)
{
    interrupt_state_t flags = cpu_interrupts_save();
    cpu_t* self = cpu_current();
    for (;;)
    {
        // A blocked thread stays on its CPU; if it moved meanwhile, it was
        // not blocked, and the check below sees that under the right lock.
        cpu_t* cpu = thread->cpu;
        spin_acquire(&cpu->sched.lock);
        if (thread->cpu != cpu)
        {
            spin_release(&cpu->sched.lock);
            continue;
        }
        bool kick = false;
        if (thread->state == THREAD_BLOCKED)
        {
            sched_make_ready(cpu, thread, cpu == self ? cpu->sched.current : NULL);
            kick = cpu != self;
        }
        else if (interrupt && thread->state == THREAD_RUNNING && cpu != self)
        {
            // Running elsewhere, perhaps in user mode: an interrupt makes
            // it look at the flag on its way back there. (A thread waiting
            // in a run queue reads it after its switch-in, which is made
            // under this lock, so it sees the flag without help.)
            kick = true;
        }
        spin_release(&cpu->sched.lock);
        if (kick)
        {
            sched_kick(self, cpu);
        }
        break;
    }
    // Woken here with a higher priority than ours: let it run, now or as
    // soon as interrupts are back on.
    if (self->sched.need_resched)
    {
        if (cpu_interrupts_were_on(flags))
        {
            cpu_enable_interrupts();
            sched_schedule();
            return;
        }
        sched_kick_self(self);
    }
    cpu_interrupts_restore(flags);
}

void sched_wakeup(thread_t* thread)
{
    sched_wake(thread, false);
}

void sched_sleep_until(uint64_t deadline_ns)
{
    interrupt_state_t flags = cpu_interrupts_save();
    while (clock_uptime_ns() < deadline_ns && !cpu_current()->sched.current->interrupted)
    {
        sched_block(NULL, deadline_ns, true);
    }
    cpu_interrupts_restore(flags);
}

void sched_interrupt(thread_t* thread)
{
    if (thread->cpu == NULL)
    {
        panic("sched: interrupting thread %s, which was never started", thread->name);
    }
    // Sequentially consistent: the flag is visible before the thread's
    // state is looked at (sched_wake), so either the thread sees the flag
    // when it next checks, or it is found blocked or running and kicked.
    __atomic_store_n(&thread->interrupted, true, __ATOMIC_SEQ_CST);
    sched_wake(thread, true);
}

void sched_sleep_ns(uint64_t ns)
{
    sched_sleep_until(clock_uptime_ns() + ns);
}

// ---- placement and balancing --------------------------------------------

static uint32_t sched_load(const cpu_t* cpu)
{
    return sched_ready(&cpu->sched) + (cpu->sched.current != cpu->sched.idle);
}

void sched_add(thread_t* thread)
{
    interrupt_state_t flags = cpu_interrupts_save();
    cpu_t* self = cpu_current();
    cpu_t* target = self;
    if (thread->pinned_cpu != THREAD_ANY_CPU)
    {
        target = &cpus[thread->pinned_cpu];
    }
    else
    {
        for (uint32_t i = 0; i < CPU_MAX; i++)
        {
            if (sched_started(&cpus[i]) && sched_load(&cpus[i]) < sched_load(target))
            {
                target = &cpus[i];
            }
        }
    }
    spin_acquire(&target->sched.lock);
    sched_make_ready(target, thread, NULL);
    spin_release(&target->sched.lock);
    if (target != self)
    {
        sched_kick(self, target);
    }
    if (cpu_interrupts_were_on(flags))
    {
        cpu_enable_interrupts();
        if (self->sched.need_resched)
        {
            sched_schedule();
        }
    }
    else if (self->sched.need_resched)
    {
        sched_kick_self(self);
    }
}

// Take one waiting thread that may move (unpinned) from @p victim for @p thief.
static thread_t* sched_take(cpu_t* victim, cpu_t* thief)
{
    sched_array_t* arrays[2] = {victim->sched.expired, victim->sched.active};
    for (int a = 0; a < 2; a++)
    {
        for (int p = SCHED_PRIORITIES - 1; p >= 0; p--)
        {
            for (thread_t* thread = arrays[a]->lists[p].head; thread != NULL; thread = thread->queue_next)
            {
                if (thread->pinned_cpu == THREAD_ANY_CPU)
                {
                    sched_array_remove(arrays[a], thread);
                    // It belongs to the thief from now on: whoever looks at
                    // the thread meanwhile goes to the thief's lock.
                    thread->cpu = thief;
                    return thread;
                }
            }
        }
    }
    return NULL;
}

// Take @p lock if it comes free within SCHED_STEAL_WAIT_NS. Under
// emulation a CPU holding a lock for longer has most likely lost its host
// core (the host runs another thread there until its next tick, 4 ms),
// and spinning would only keep the core busy; an idle CPU that gives up
// halts, and that can be what hands the core back.
#define SCHED_STEAL_WAIT_NS (20ULL * 1000)

static bool sched_lock_briefly(spinlock_t* lock)
{
    uint64_t since = 0;
    while (!spin_trylock(lock))
    {
        cpu_pause();
        uint64_t now = clock_uptime_ns();
        if (since == 0)
        {
            since = now;
        }
        else if (now - since > SCHED_STEAL_WAIT_NS)
        {
            return false;
        }
    }
    return true;
}

// An idle CPU looks for work elsewhere (interrupts off, no lock held). A
// victim whose lock stays taken is passed over: its thread waits for its
// slice end at most, when its timer wakes a halted CPU to take it.
static bool sched_steal(cpu_t* self)
{
    for (uint32_t i = 0; i < CPU_MAX; i++)
    {
        cpu_t* victim = &cpus[i];
        if (victim == self || !sched_started(victim) || sched_ready(&victim->sched) == 0)
        {
            continue;
        }
        if (!sched_lock_briefly(&victim->sched.lock))
        {
            continue;
        }
        thread_t* thread = sched_take(victim, self);
        spin_release(&victim->sched.lock);
        if (thread != NULL)
        {
            spin_acquire(&self->sched.lock);
            sched_enqueue(self, thread, false);
            self->sched.need_resched = true;
            spin_release(&self->sched.lock);
            return true;
        }
    }
    return false;
}

// ---- idle, interrupts ---------------------------------------------------

static _Noreturn void sched_idle_loop(void* unused)
{
    (void)unused;
    for (;;)
    {
        cpu_disable_interrupts();
        cpu_t* cpu = cpu_current();
        // Marked idle before the last look for work: a thread made to wait
        // elsewhere after that look sees the mark and gets this CPU woken.
        __atomic_or_fetch(&sched_idle_mask, sched_cpu_bit(cpu), __ATOMIC_SEQ_CST);
        if (cpu->sched.need_resched || sched_ready(&cpu->sched) > 0 || sched_steal(cpu))
        {
            __atomic_and_fetch(&sched_idle_mask, ~sched_cpu_bit(cpu), __ATOMIC_RELAXED);
            sched_schedule();
            continue;
        }
        // Nothing to do: halt until an interrupt. Nothing ticks meanwhile.
        cpu_wait_for_interrupt();
        __atomic_and_fetch(&sched_idle_mask, ~sched_cpu_bit(cpu), __ATOMIC_RELAXED);
    }
}

static void sched_timer_interrupt(interrupt_frame_t* frame)
{
    (void)frame;
    cpu_t* cpu = cpu_current();
    sched_cpu_t* sched = &cpu->sched;
    sched->timer_interrupts++;
    spin_acquire(&sched->lock);
    sched->timer_deadline = 0; // it has fired
    uint64_t now = clock_uptime_ns();
    while (sched->sleepers != NULL && sched->sleepers->wake_deadline <= now)
    {
        sched_make_ready(cpu, sched->sleepers, NULL);
    }
    thread_t* current = sched->current;
    bool waiting = current != sched->idle && sched_ready(sched) > 0;
    // A thread waits here (for a slice end at most: the timer is armed
    // for one whenever someone waits) while another CPU is halted. A woken
    // thread stays on its CPU, so this happens, and nothing ticks on a
    // halted CPU to make it look for work: wake it to steal the thread.
    cpu_t* kick = waiting ? sched_idle_cpu(cpu) : NULL;
    if (waiting && current->slice_used_ns + (now - current->run_start) >= current->slice_ns)
    {
        sched->need_resched = true;
    }
    if (!sched->need_resched)
    {
        sched_arm_timer(cpu, now);
    }
    spin_release(&sched->lock);
    if (kick != NULL)
    {
        sched->balance_kicks++;
        sched_kick(cpu, kick); // it steals the thread (sched_steal)
    }
}

static void sched_reschedule_ipi(interrupt_frame_t* frame)
{
    (void)frame;
    cpu_t* cpu = cpu_current();
    spin_acquire(&cpu->sched.lock);
    // Work arrived from another CPU: the timer may be needed now.
    sched_arm_timer(cpu, 0);
    spin_release(&cpu->sched.lock);
}

void trap_interrupt_exit(const interrupt_frame_t* frame)
{
    cpu_t* cpu = cpu_current();
    // Preempt only code that could have been interrupted anyway: the
    // interrupted context had interrupts on, so it held no spinlock.
    if (cpu->sched.need_resched && interrupt_frame_interrupts_on(frame) && cpu->sched.current != NULL)
    {
        sched_schedule();
    }
}

void sched_interrupts_init(void)
{
    interrupt_set_handler(VECTOR_TIMER, sched_timer_interrupt);
    interrupt_set_handler(VECTOR_RESCHEDULE, sched_reschedule_ipi);
}

// ---- start-up -------------------------------------------------------------

static void sched_cpu_init(cpu_t* cpu, thread_t* current, thread_t* idle)
{
    sched_cpu_t* sched = &cpu->sched;
    spinlock_init(&sched->lock);
    sched_array_init(&sched->arrays[0]);
    sched_array_init(&sched->arrays[1]);
    sched->active = &sched->arrays[0];
    sched->expired = &sched->arrays[1];
    sched->idle = idle;
    sched->current = current;
    current->state = THREAD_RUNNING;
    current->cpu = cpu;
    current->run_start = clock_uptime_ns();
    idle->cpu = cpu;
    idle->state = THREAD_READY; // never queued: picked when nothing else is
    cpu_set_kernel_stack(cpu, current->stack_top);
    // Last: an AP is online (cpu_setup_late) before it gets here, and an
    // idle CPU that stole from it or placed a thread on it in between
    // used run queues that did not exist yet (a panic seen at 4 CPUs on a
    // busy host), or had its thread lost when the queues were set up.
    __atomic_store_n(&sched->started, true, __ATOMIC_RELEASE);
}

void sched_init(uint64_t boot_stack_bottom, uint64_t boot_stack_top)
{
    cpu_t* cpu = cpu_current();
    thread_t* boot = thread_adopt("boot", boot_stack_bottom, boot_stack_top);
    thread_t* idle = thread_create_unqueued("idle 0", (void (*)(void*))sched_idle_loop, NULL);
    if (boot == NULL || idle == NULL)
    {
        panic("sched: out of memory starting the scheduler");
    }
    sched_cpu_init(cpu, boot, idle);
    heap_add_trimmer(thread_trim_stacks);
}

_Noreturn void sched_start_ap(thread_t* idle)
{
    cpu_t* cpu = cpu_current();
    sched_cpu_init(cpu, idle, idle);
    sched_idle_loop(NULL);
}

uint64_t sched_timer_interrupts(int cpu)
{
    return cpus[cpu].sched.timer_interrupts;
}

uint64_t sched_timer_programs(int cpu)
{
    return __atomic_load_n(&cpus[cpu].sched.timer_programs, __ATOMIC_RELAXED);
}

uint32_t sched_waiting(int cpu)
{
    return sched_ready(&cpus[cpu].sched);
}

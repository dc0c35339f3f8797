// SPDX-License-Identifier: GPL-2.0
/*
 * kbench: the Linux counterpart of PatchworkOS's in-kernel benchmark groups
 * (kernel/mem/mem_bench.c, kernel/sched/sched_bench.c, kernel/fs/fs_bench.c),
 * measured inside Debian's Linux 6.1, the baseline guest of the benchmarks
 * (bench/linux_guest.sh). bench/linux_kbench.sh builds it against Debian's
 * headers for the very kernel the guest boots, and the guest's /init loads
 * it with "group=memory,sched,fs" (any of them). Each figure is printed as
 * "BENCH name value unit" with the name PatchworkOS uses for the same
 * operation, the same counts and the same arithmetic, so the two columns
 * can be put side by side; /init fetches the lines with dmesg. A failure
 * prints "# kbench: ..."; other remarks print
 * "# GROUP: ...".
 *
 * Left out on purpose: sched_pick_next_ns_* times an internal data structure
 * of PatchworkOS's scheduler (its priority array); Linux has no entry point
 * that does only that. sched_timer_interrupts_all_cpus_idle_10s is counted
 * by /init from /proc/interrupts, not here.
 *
 * Everything is timed with ktime_get_ns() (CLOCK_MONOTONIC), read only at
 * the ends of each timed loop except where a latency is the figure.
 */
#include <linux/completion.h>
#include <linux/err.h>
#include <linux/fs.h>
#include <linux/gfp.h>
#include <linux/kthread.h>
#include <linux/ktime.h>
#include <linux/list.h>
#include <linux/magic.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/module.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/vmalloc.h>
#include <linux/vmstat.h>
#include <linux/wait.h>

static char *group = "";
module_param(group, charp, 0444);
MODULE_PARM_DESC(group, "comma-separated groups to run: memory, sched, fs");

#define kb_report(name, value, unit) \
	pr_info("BENCH %s %llu %s\n", name, (unsigned long long)(value), unit)
#define kb_note(grp, fmt, ...) pr_info("# " grp ": " fmt "\n", ##__VA_ARGS__)
#define kb_fail(fmt, ...) pr_err("# kbench: " fmt "\n", ##__VA_ARGS__)

/* As PatchworkOS's kbench_report_hundredths: 107 prints 1.07. */
static void kb_report_hundredths(const char *name, u64 hundredths,
				 const char *unit)
{
	pr_info("BENCH %s %llu.%02llu %s\n", name, hundredths / 100,
		hundredths % 100, unit);
}

static bool kb_wanted(const char *name)
{
	size_t len = strlen(name);
	const char *p = group;

	while (*p) {
		const char *end = strchrnul(p, ',');

		if ((size_t)(end - p) == len && strncmp(p, name, len) == 0)
			return true;
		p = *end ? end + 1 : end;
	}
	return false;
}

/*
 * A kthread bound to one CPU, created stopped. Its function does its work,
 * completes @done and then waits here for kthread_stop(), so that it never
 * runs module code after the module could be gone, and kthread_stop() never
 * meets a task that has already exited.
 */
static void kb_park_until_stopped(void)
{
	set_current_state(TASK_INTERRUPTIBLE);
	while (!kthread_should_stop()) {
		schedule();
		set_current_state(TASK_INTERRUPTIBLE);
	}
	__set_current_state(TASK_RUNNING);
}

static struct task_struct *kb_thread(int (*fn)(void *), void *arg,
				     const char *name, int cpu)
{
	struct task_struct *task = kthread_create(fn, arg, "%s", name);

	if (IS_ERR(task)) {
		kb_fail("cannot create the thread %s: %ld", name, PTR_ERR(task));
		return NULL;
	}
	kthread_bind(task, cpu);
	return task;
}

/* Sleep until @deadline (CLOCK_MONOTONIC ns) and return the time it ran again. */
static u64 kb_sleep_until(u64 deadline)
{
	ktime_t expires = ns_to_ktime(deadline);

	/*
	 * An absolute hrtimer with no slack: the thread asks for exactly this
	 * deadline, as PatchworkOS's sched_sleep_until() does (usleep_range()
	 * would be relative, and the default timer slack would add 50 us).
	 */
	set_current_state(TASK_UNINTERRUPTIBLE);
	schedule_hrtimeout_range(&expires, 0, HRTIMER_MODE_ABS);
	return ktime_get_ns();
}

/* ---- memory ------------------------------------------------------------ */

#define BENCH_TOTAL_PAGES (1UL << 18) /* 1 GiB of page operations per working set */
#define MIB (1UL << 20)

/*
 * PatchworkOS takes each page from its physical allocator, maps it into a
 * loaded user space, and unmaps the whole range at the end of each round
 * (freeing the pages and their page tables). The Linux operation that does
 * the same work is an anonymous private mapping populated at once
 * (MAP_POPULATE: every page allocated, zeroed and mapped writable, page
 * tables made as needed) in insmod's own address space (module init runs
 * in insmod's process context, so current->mm is insmod's), then
 * vm_munmap(), which frees the pages and the page tables. Each round is
 * one mmap + one munmap, so Linux also pays a VMA per round, amortised
 * over the round's pages as PatchworkOS's range unmap is.
 */
static int mem_round_trip(unsigned long working_set, u64 *ns_per_page)
{
	unsigned long pages = working_set >> PAGE_SHIFT;
	unsigned long rounds = BENCH_TOTAL_PAGES / pages;
	unsigned long round;
	u64 start = ktime_get_ns();

	for (round = 0; round < rounds; round++) {
		unsigned long addr = vm_mmap(NULL, 0, working_set,
					     PROT_READ | PROT_WRITE,
					     MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, 0);

		if (IS_ERR_VALUE(addr)) {
			kb_fail("vm_mmap of a %lu MiB working set: %ld",
				working_set / MIB, (long)addr);
			return -ENOMEM;
		}
		if (vm_munmap(addr, working_set) != 0) {
			kb_fail("vm_munmap of a %lu MiB working set failed", working_set / MIB);
			return -EINVAL;
		}
	}
	*ns_per_page = (ktime_get_ns() - start) / (pages * rounds);
	return 0;
}

/*
 * MAP_POPULATE does not fail when it cannot populate: check once, untimed,
 * that a 64 MiB mapping really holds its pages (insmod's resident anonymous
 * pages; the per-thread counter cache lags by at most a few dozen pages).
 */
static int mem_check_populate(void)
{
	unsigned long size = 64 * MIB, pages = size >> PAGE_SHIFT;
	unsigned long before = get_mm_counter(current->mm, MM_ANONPAGES);
	unsigned long addr = vm_mmap(NULL, 0, size, PROT_READ | PROT_WRITE,
				     MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, 0);
	unsigned long resident;

	if (IS_ERR_VALUE(addr)) {
		kb_fail("vm_mmap of 64 MiB: %ld", (long)addr);
		return -ENOMEM;
	}
	resident = get_mm_counter(current->mm, MM_ANONPAGES) - before;
	vm_munmap(addr, size);
	kb_note("memory", "a populated 64 MiB mapping holds %lu resident pages of %lu",
		resident, pages);
	if (resident + 128 < pages) {
		kb_fail("MAP_POPULATE left a 64 MiB mapping with %lu of %lu pages",
			resident, pages);
		return -ENOMEM;
	}
	return 0;
}

/*
 * Under QEMU the host provides a guest page only when the guest first
 * writes it, which would make the first rounds and the larger working sets
 * pay for the host. As PatchworkOS writes every free page once before
 * timing, this takes all free pages but a sixteenth (left so that the
 * allocator stays above its watermarks and nothing else fails meanwhile)
 * from the page allocator one by one, writes a word into each (with
 * Debian's init_on_alloc the allocator has already zeroed it), and frees
 * them all again.
 */
static unsigned long mem_touch_free_pages(void)
{
	unsigned long free = global_zone_page_state(NR_FREE_PAGES);
	unsigned long target = free - free / 16, count = 0;
	struct page *page, *next;
	LIST_HEAD(taken);

	while (count < target) {
		page = alloc_page(GFP_KERNEL | __GFP_NOWARN | __GFP_NORETRY);
		if (!page)
			break;
		*(unsigned long *)page_address(page) = count;
		list_add(&page->lru, &taken);
		count++;
	}
	list_for_each_entry_safe(page, next, &taken, lru) {
		list_del(&page->lru);
		__free_page(page);
	}
	return count;
}

/*
 * Linux zeroes every anonymous page it gives a process; PatchworkOS's
 * benchmark maps pages as its allocator hands them out, unzeroed. Not a
 * figure of PatchworkOS's, so only a remark: what clear_page() of one
 * 4 KiB page costs here (64 pages in turn, 2^14 times), to tell that part
 * of Linux's per-page cost from the rest.
 */
#define CLEAR_BENCH_ORDER 6
#define CLEAR_BENCH_TIMES (1UL << 14)

static void mem_note_clear_page(void)
{
	struct page *pages = alloc_pages(GFP_KERNEL | __GFP_NOWARN, CLEAR_BENCH_ORDER);
	unsigned long i;
	u64 start;
	u8 *base;

	if (!pages) {
		kb_note("memory", "no 256 KiB block to time clear_page() with");
		return;
	}
	base = page_address(pages);
	start = ktime_get_ns();
	for (i = 0; i < CLEAR_BENCH_TIMES; i++)
		clear_page(base + (i % (1UL << CLEAR_BENCH_ORDER)) * PAGE_SIZE);
	kb_note("memory", "clear_page() of a 4 KiB page takes %llu ns (Linux zeroes every anonymous page it maps; PatchworkOS's benchmark does not)",
		(ktime_get_ns() - start) / CLEAR_BENCH_TIMES);
	__free_pages(pages, CLEAR_BENCH_ORDER);
}

static void bench_memory_map_per_page(void)
{
	u64 small, medium, large, warm, fastest, slowest;
	unsigned long touched = mem_touch_free_pages();

	kb_note("memory", "wrote %lu free pages once before timing", touched);
	if (mem_check_populate() != 0)
		return;
	/* One round first, so that no set pays for first-touch effects alone. */
	if (mem_round_trip(64 * MIB, &warm) != 0 ||
	    mem_round_trip(1 * MIB, &small) != 0 ||
	    mem_round_trip(64 * MIB, &medium) != 0 ||
	    mem_round_trip(512 * MIB, &large) != 0)
		return;
	kb_report("memory_alloc_map_unmap_free_ns_per_page_1MiB", small, "ns");
	kb_report("memory_alloc_map_unmap_free_ns_per_page_64MiB", medium, "ns");
	kb_report("memory_alloc_map_unmap_free_ns_per_page_512MiB", large, "ns");
	fastest = min3(small, medium, large);
	slowest = max3(small, medium, large);
	if (fastest == 0) {
		kb_fail("a per-page cost of 0 ns");
		return;
	}
	kb_report_hundredths("memory_per_page_cost_ratio_largest_to_smallest",
			     slowest * 100 / fastest, "ratio");
	mem_note_clear_page();
}

#define SLAB_BENCH_OBJECTS 4096
#define SLAB_BENCH_ROUNDS 64

static void *objects[SLAB_BENCH_OBJECTS];

/*
 * A cache of 64-byte objects of its own, as PatchworkOS's slab_cache_init.
 * SLUB may merge it with kmalloc-64 (Debian's slab_merge default): that is
 * how Linux would serve such a cache.
 */
static void bench_memory_slab_alloc_free(void)
{
	struct kmem_cache *cache = kmem_cache_create("bench-64", 64, 0, 0, NULL);
	int round, i;
	u64 start, ns;

	if (!cache) {
		kb_fail("kmem_cache_create(bench-64) failed");
		return;
	}
	start = ktime_get_ns();
	for (round = 0; round < SLAB_BENCH_ROUNDS; round++) {
		for (i = 0; i < SLAB_BENCH_OBJECTS; i++)
			objects[i] = kmem_cache_alloc(cache, GFP_KERNEL);
		for (i = 0; i < SLAB_BENCH_OBJECTS; i++)
			kmem_cache_free(cache, objects[i]);
	}
	ns = ktime_get_ns() - start;
	for (i = 0; i < SLAB_BENCH_OBJECTS; i++) {
		if (!objects[i]) {
			kb_fail("kmem_cache_alloc failed");
			break;
		}
	}
	kmem_cache_destroy(cache);
	if (i == SLAB_BENCH_OBJECTS)
		kb_report("memory_slab_alloc_free_ns_per_object",
			  ns / (SLAB_BENCH_OBJECTS * SLAB_BENCH_ROUNDS), "ns");
}

static void bench_memory_kmalloc_kfree(void)
{
	int round, i;
	bool failed = false;
	u64 start = ktime_get_ns(), ns;

	for (round = 0; round < SLAB_BENCH_ROUNDS; round++) {
		for (i = 0; i < SLAB_BENCH_OBJECTS; i++)
			objects[i] = kmalloc(16 + (i % 8) * 24, GFP_KERNEL);
		for (i = 0; i < SLAB_BENCH_OBJECTS; i++) {
			failed |= !objects[i];
			kfree(objects[i]);
		}
	}
	ns = ktime_get_ns() - start;
	if (failed) {
		kb_fail("kmalloc failed");
		return;
	}
	kb_report("memory_kmalloc_kfree_ns_per_block",
		  ns / (SLAB_BENCH_OBJECTS * SLAB_BENCH_ROUNDS), "ns");
}

static void bench_memory(void)
{
	kb_note("memory", "init_on_alloc %d (Debian's default: pages and slab objects are zeroed as they are allocated)",
		want_init_on_alloc(GFP_KERNEL) ? 1 : 0);
	bench_memory_map_per_page();
	bench_memory_slab_alloc_free();
	bench_memory_kmalloc_kfree();
}

/* ---- sched ------------------------------------------------------------- */

#define PING_PONG_ROUNDS 20000
#define SLEEP_ROUNDS 200
#define WAKE_ROUNDS 2000
#define HOG_SLEEPS 50

/*
 * Context switch: two kthreads bound to the same CPU hand it back and forth
 * 20 000 times each, as PatchworkOS's ping and pong do with sched_yield().
 * yield() is the same call on Linux, but CFS's yield only asks to be
 * skipped, and it often picks the caller again (about half the yields of a
 * plain yield loop switched nothing in a first try). So each thread takes
 * its turn only when the other has given it one, yielding until then: the
 * figure is then the time of a hand-over, as PatchworkOS's (where every
 * yield hands over), divided by 2 x 20 000 the same way. The number of
 * yields and of switches away (nvcsw + nivcsw) of each thread are printed.
 * PatchworkOS's timing also holds its thread_create() calls; here the
 * threads are made (through kthreadd) before the clock starts, and it
 * starts as they are woken.
 */
struct ping_pong {
	struct completion done[2];
	int turn;
	unsigned long yields[2], switches[2];
};

static int ping_pong_run(struct ping_pong *pp, int me)
{
	unsigned long before = current->nvcsw + current->nivcsw;
	unsigned long yields = 0;
	int i;

	for (i = 0; i < PING_PONG_ROUNDS; i++) {
		while (smp_load_acquire(&pp->turn) != me) {
			yield();
			yields++;
		}
		smp_store_release(&pp->turn, !me);
	}
	pp->yields[me] = yields;
	pp->switches[me] = current->nvcsw + current->nivcsw - before;
	complete(&pp->done[me]);
	kb_park_until_stopped();
	return 0;
}

static int ping_fn(void *arg)
{
	return ping_pong_run(arg, 0);
}

static int pong_fn(void *arg)
{
	return ping_pong_run(arg, 1);
}

static void bench_sched_context_switch(void)
{
	static struct ping_pong pp;
	struct task_struct *ta, *tb;
	u64 start, elapsed;

	memset(&pp, 0, sizeof(pp));
	init_completion(&pp.done[0]);
	init_completion(&pp.done[1]);
	ta = kb_thread(ping_fn, &pp, "kbench-ping", 0);
	tb = kb_thread(pong_fn, &pp, "kbench-pong", 0);
	if (!ta || !tb) {
		if (ta)
			kthread_stop(ta);
		if (tb)
			kthread_stop(tb);
		return;
	}
	start = ktime_get_ns();
	wake_up_process(ta);
	wake_up_process(tb);
	wait_for_completion(&pp.done[0]);
	wait_for_completion(&pp.done[1]);
	elapsed = ktime_get_ns() - start;
	kthread_stop(ta);
	kthread_stop(tb);
	kb_note("sched", "context switch: %d turns each; ping yielded %lu times and switched away %lu, pong %lu and %lu",
		PING_PONG_ROUNDS, pp.yields[0], pp.switches[0], pp.yields[1], pp.switches[1]);
	kb_report("sched_context_switch_ns", elapsed / (2 * PING_PONG_ROUNDS), "ns");
}

/* A 1 ms sleep, 200 times, in insmod's context: how late it runs again. */
static void bench_sched_sleep_wakeup_latency(void)
{
	u64 total = 0, worst = 0;
	int i;

	for (i = 0; i < SLEEP_ROUNDS; i++) {
		u64 deadline = ktime_get_ns() + NSEC_PER_MSEC;
		u64 late = kb_sleep_until(deadline) - deadline;

		total += late;
		worst = max(worst, late);
	}
	kb_report("sched_sleep_wakeup_latency_avg_us", total / SLEEP_ROUNDS / 1000, "us");
	kb_report("sched_sleep_wakeup_latency_max_us", worst / 1000, "us");
}

/*
 * Wake-up latency: a thread bound to CPU 1 (CPU 0 with one CPU) sleeps on a
 * wait queue; a thread bound to CPU 0 wakes it and stamps the time; the
 * sleeper adds up the time until it runs, 2000 times. PatchworkOS's sleeper
 * marks itself waiting under the queue's lock and blocks, so its waker
 * only wakes a thread that has really blocked; here the waker waits (yielding,
 * as PatchworkOS's does) until the sleeper is marked waiting, is no longer
 * TASK_RUNNING and is off its CPU (task->on_cpu clear), so that every round
 * is a real wake-up of a descheduled thread and never a sleep that was
 * cancelled before it began. wake_up() on a wait queue is the Linux
 * counterpart of wait_wake(); across CPUs it sends the wake-up IPI (or sets
 * the idle CPU's polling flag) as PatchworkOS does.
 */
struct wake_bench {
	wait_queue_head_t queue;
	struct completion sleeper_done, waker_done;
	struct task_struct *sleeper;
	int waiting, go, rounds;
	u64 woken_at, total, fastest, slowest;
};

static int wake_sleeper_fn(void *arg)
{
	struct wake_bench *wb = arg;
	int i;

	for (i = 0; i < WAKE_ROUNDS; i++) {
		smp_store_release(&wb->waiting, 1);
		wait_event(wb->queue, READ_ONCE(wb->go));
		u64 took = ktime_get_ns() - READ_ONCE(wb->woken_at);

		wb->total += took;
		wb->fastest = i == 0 ? took : min(wb->fastest, took);
		wb->slowest = max(wb->slowest, took);
		WRITE_ONCE(wb->go, 0);
		smp_store_release(&wb->rounds, i + 1);
	}
	complete(&wb->sleeper_done);
	kb_park_until_stopped();
	return 0;
}

static int wake_waker_fn(void *arg)
{
	struct wake_bench *wb = arg;
	int i;

	for (i = 0; i < WAKE_ROUNDS; i++) {
		while (!smp_load_acquire(&wb->waiting) ||
		       smp_load_acquire(&wb->rounds) != i ||
		       task_is_running(wb->sleeper) || READ_ONCE(wb->sleeper->on_cpu))
			yield();
		WRITE_ONCE(wb->waiting, 0);
		WRITE_ONCE(wb->woken_at, ktime_get_ns());
		smp_store_release(&wb->go, 1);
		wake_up(&wb->queue);
	}
	complete(&wb->waker_done);
	kb_park_until_stopped();
	return 0;
}

static void bench_sched_cross_cpu_wakeup_latency(void)
{
	static struct wake_bench wb;
	int cpu = num_online_cpus() > 1 ? 1 : 0;
	struct task_struct *waker;

	memset(&wb, 0, sizeof(wb));
	init_waitqueue_head(&wb.queue);
	init_completion(&wb.sleeper_done);
	init_completion(&wb.waker_done);
	wb.sleeper = kb_thread(wake_sleeper_fn, &wb, "kbench-sleeper", cpu);
	waker = kb_thread(wake_waker_fn, &wb, "kbench-waker", 0);
	if (!wb.sleeper || !waker) {
		if (wb.sleeper)
			kthread_stop(wb.sleeper);
		if (waker)
			kthread_stop(waker);
		return;
	}
	wake_up_process(wb.sleeper);
	wake_up_process(waker);
	wait_for_completion(&wb.sleeper_done);
	wait_for_completion(&wb.waker_done);
	kthread_stop(wb.sleeper);
	kthread_stop(waker);
	kb_note("sched", "wake-up latency: fastest %llu us, slowest %llu us of %d",
		wb.fastest / 1000, wb.slowest / 1000, WAKE_ROUNDS);
	kb_report(cpu == 1 ? "sched_wakeup_latency_other_cpu_us" : "sched_wakeup_latency_same_cpu_us",
		  wb.total / WAKE_ROUNDS / 1000, "us");
}

/*
 * A sleeper beside a hog: a kthread that keeps CPU 1 (CPU 0 with one CPU)
 * busy in kernel mode, and a kthread on the same CPU that sleeps 5 ms, 50
 * times; the figure is its worst lateness. PatchworkOS's kernel preempts
 * anywhere, so its hog is a bare loop. Debian's kernel is built with
 * voluntary preemption (PREEMPT_DYNAMIC, "voluntary"): a kernel loop is
 * only left where it offers to be, and a bare loop would keep the CPU for
 * good (and trip the soft-lockup watchdog). So the hog calls cond_resched()
 * each turn, the point where a Linux kernel loop is preempted: it switches
 * as soon as the scheduler has asked for it (the woken sleeper's wake-up
 * preemption check, or the tick), which is what is measured.
 */
struct hog_bench {
	struct completion sleeper_done, hog_done;
	int stop;
	u64 worst;
};

static int hog_spin_fn(void *arg)
{
	struct hog_bench *hb = arg;

	while (!READ_ONCE(hb->stop))
		cond_resched();
	complete(&hb->hog_done);
	kb_park_until_stopped();
	return 0;
}

static int hog_sleeper_fn(void *arg)
{
	struct hog_bench *hb = arg;
	int i;

	for (i = 0; i < HOG_SLEEPS; i++) {
		u64 deadline = ktime_get_ns() + 5 * NSEC_PER_MSEC;
		u64 late = kb_sleep_until(deadline) - deadline;

		hb->worst = max(hb->worst, late);
	}
	complete(&hb->sleeper_done);
	kb_park_until_stopped();
	return 0;
}

static void bench_sched_sleeper_beside_hog(void)
{
	static struct hog_bench hb;
	int cpu = num_online_cpus() > 1 ? 1 : 0;
	struct task_struct *hog, *sleeper;

	memset(&hb, 0, sizeof(hb));
	init_completion(&hb.sleeper_done);
	init_completion(&hb.hog_done);
	hog = kb_thread(hog_spin_fn, &hb, "kbench-hog", cpu);
	sleeper = kb_thread(hog_sleeper_fn, &hb, "kbench-hogsleep", cpu);
	if (!hog || !sleeper) {
		if (hog)
			kthread_stop(hog);
		if (sleeper)
			kthread_stop(sleeper);
		return;
	}
	wake_up_process(hog);
	wake_up_process(sleeper);
	wait_for_completion(&hb.sleeper_done);
	WRITE_ONCE(hb.stop, 1);
	wait_for_completion(&hb.hog_done);
	kthread_stop(sleeper);
	kthread_stop(hog);
	kb_report("sched_sleeper_beside_hog_late_max_us", hb.worst / 1000, "us");
}

/*
 * A remark, not a figure of PatchworkOS's: what one ktime_get_ns() costs
 * here (mean of 10 000), since every latency above is two of them and
 * Linux's clock source under TCG may be the HPET, read through the device.
 */
static void sched_note_clock_read(void)
{
	u64 start = ktime_get_ns(), sink = 0;
	int i;

	for (i = 0; i < 10000; i++)
		sink += ktime_get_ns();
	kb_note("sched", "ktime_get_ns() takes %llu ns (%s)", (ktime_get_ns() - start) / 10000,
		sink ? "mean of 10000" : "");
}

static void bench_sched(void)
{
	sched_note_clock_read();
	bench_sched_context_switch();
	bench_sched_sleep_wakeup_latency();
	bench_sched_cross_cpu_wakeup_latency();
	bench_sched_sleeper_beside_hog();
}

/* ---- fs ---------------------------------------------------------------- */

#define FS_BENCH_PATH "/kbench-16MiB"
#define FS_BENCH_SIZE (16UL << 20)
#define FS_BENCH_PIECE (64UL << 10)
#define FS_BENCH_ROUNDS 8

/*
 * A 16 MiB file in the initramfs's root (rootfs: tmpfs in Debian's kernel),
 * through the VFS from inside the kernel: written in 64 KiB pieces so that
 * it grows as it goes, then read whole 8 times, as PatchworkOS's fs group
 * does with its ramfs. /init removes the file afterwards.
 */
static void bench_fs(void)
{
	u8 *buffer = vmalloc(FS_BENCH_SIZE);
	struct file *file;
	u64 start, write_ns, read_ns;
	unsigned long done;
	loff_t pos = 0;
	unsigned long magic;
	ssize_t n;
	int round;

	if (!buffer) {
		kb_fail("cannot allocate 16 MiB");
		return;
	}
	file = filp_open(FS_BENCH_PATH, O_RDWR | O_CREAT | O_TRUNC | O_LARGEFILE, 0600);
	if (IS_ERR(file)) {
		kb_fail("cannot open %s: %ld", FS_BENCH_PATH, PTR_ERR(file));
		vfree(buffer);
		return;
	}
	magic = file_inode(file)->i_sb->s_magic;
	kb_note("fs", "%s is on %s (%s)", FS_BENCH_PATH, file_inode(file)->i_sb->s_type->name,
		magic == TMPFS_MAGIC ? "tmpfs" : magic == RAMFS_MAGIC ? "ramfs" : "neither tmpfs nor ramfs");
	memset(buffer, 0x5A, FS_BENCH_SIZE);

	start = ktime_get_ns();
	for (done = 0; done < FS_BENCH_SIZE; done += FS_BENCH_PIECE) {
		n = kernel_write(file, buffer + done, FS_BENCH_PIECE, &pos);
		if (n != FS_BENCH_PIECE) {
			kb_fail("short write of %s: %zd", FS_BENCH_PATH, n);
			goto out;
		}
	}
	write_ns = ktime_get_ns() - start;

	start = ktime_get_ns();
	for (round = 0; round < FS_BENCH_ROUNDS; round++) {
		pos = 0;
		n = kernel_read(file, buffer, FS_BENCH_SIZE, &pos);
		if (n != FS_BENCH_SIZE) {
			kb_fail("short read of %s: %zd", FS_BENCH_PATH, n);
			goto out;
		}
	}
	read_ns = (ktime_get_ns() - start) / FS_BENCH_ROUNDS;

	kb_report("ramfs_write_16MiB_us", write_ns / 1000, "us");
	kb_report("ramfs_read_16MiB_us", read_ns / 1000, "us");
	kb_report("ramfs_read_MiB_per_s", read_ns ? (16ULL * NSEC_PER_SEC) / read_ns : 0, "MiB/s");
out:
	filp_close(file, NULL);
	vfree(buffer);
}

/* ---- loading ------------------------------------------------------------ */

static int __init kbench_init(void)
{
	bool any = false;

	if (kb_wanted("memory")) {
		any = true;
		bench_memory();
	}
	if (kb_wanted("sched")) {
		any = true;
		bench_sched();
	}
	if (kb_wanted("fs")) {
		any = true;
		bench_fs();
	}
	if (!any)
		kb_fail("no known group in \"%s\" (memory, sched, fs)", group);
	pr_info("# kbench-end\n");
	/*
	 * Nothing stays behind: the module can be removed (or not) at once.
	 * A failure is told by its "# kbench:" line, not by an error from
	 * init: busybox's insmod tries init_module() after a failed
	 * finit_module(), which would run every benchmark a second time.
	 */
	return 0;
}

static void __exit kbench_exit(void)
{
}

module_init(kbench_init);
module_exit(kbench_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("PatchworkOS's in-kernel benchmarks, measured inside Linux");

#include <stdint.h>
#include <stdlib.h>

// Introsort (Musser, "Introspective Sorting and Selection Algorithms",
// 1997): quicksort with a median-of-three pivot, switching to heapsort
// when the partitions get too deep, so the worst case is O(n log n)
// comparisons; short ranges finish with insertion sort.

typedef int (*compare_t)(const void*, const void*);

#define INSERTION_MAX 16

static void swap(char* a, char* b, size_t size)
{
    // Eight bytes at a time where they fit (the copies become moves).
    for (; size >= 8; size -= 8, a += 8, b += 8)
    {
        uint64_t kept;
        __builtin_memcpy(&kept, a, 8);
        __builtin_memcpy(a, b, 8);
        __builtin_memcpy(b, &kept, 8);
    }
    for (; size > 0; size--, a++, b++)
    {
        char kept = *a;
        *a = *b;
        *b = kept;
    }
}

static void insertion_sort(char* base, size_t count, size_t size, compare_t compare)
{
    for (size_t i = 1; i < count; i++)
    {
        for (char* at = base + i * size; at > base && compare(at - size, at) > 0; at -= size)
        {
            swap(at - size, at, size);
        }
    }
}

// Move the element at @p root down the max-heap of @p count elements.
static void sift_down(char* base, size_t root, size_t count, size_t size, compare_t compare)
{
    for (size_t child; (child = 2 * root + 1) < count; root = child)
    {
        if (child + 1 < count && compare(base + child * size, base + (child + 1) * size) < 0)
        {
            child++;
        }
        if (compare(base + root * size, base + child * size) >= 0)
        {
            return;
        }
        swap(base + root * size, base + child * size, size);
    }
}

static void heap_sort(char* base, size_t count, size_t size, compare_t compare)
{
    for (size_t i = count / 2; i > 0; i--)
    {
        sift_down(base, i - 1, count, size, compare);
    }
    for (size_t end = count - 1; end > 0; end--)
    {
        swap(base, base + end * size, size);
        sift_down(base, 0, end, size, compare);
    }
}

// Put the median of the first, middle and last elements first: it is the
// pivot, and the last element is then no smaller than it.
static void median_to_front(char* base, size_t count, size_t size, compare_t compare)
{
    char* first = base;
    char* middle = base + (count / 2) * size;
    char* last = base + (count - 1) * size;
    if (compare(middle, first) < 0)
    {
        swap(middle, first, size);
    }
    if (compare(last, middle) < 0)
    {
        swap(last, middle, size);
        if (compare(middle, first) < 0)
        {
            swap(middle, first, size);
        }
    }
    swap(first, middle, size);
}

// Hoare's partition around base[0]; both scans stop on equal elements, so
// many equal keys still split evenly. Returns the pivot's final index.
static size_t partition(char* base, size_t count, size_t size, compare_t compare)
{
    size_t i = 0;
    size_t j = count;
    for (;;)
    {
        do
        {
            i++;
        } while (i < count && compare(base + i * size, base) < 0);
        do
        {
            j--;
        } while (compare(base + j * size, base) > 0);
        if (i >= j)
        {
            break;
        }
        swap(base + i * size, base + j * size, size);
    }
    swap(base, base + j * size, size);
    return j;
}

static void introsort(char* base, size_t count, size_t size, compare_t compare, unsigned depth)
{
    while (count > INSERTION_MAX)
    {
        if (depth-- == 0)
        {
            heap_sort(base, count, size, compare);
            return;
        }
        median_to_front(base, count, size, compare);
        size_t pivot = partition(base, count, size, compare);
        char* right = base + (pivot + 1) * size;
        size_t right_count = count - pivot - 1;
        // Recurse into the smaller side, loop on the larger: the stack
        // stays O(log n) deep.
        if (pivot < right_count)
        {
            introsort(base, pivot, size, compare, depth);
            base = right;
            count = right_count;
        }
        else
        {
            introsort(right, right_count, size, compare, depth);
            count = pivot;
        }
    }
    insertion_sort(base, count, size, compare);
}

void qsort(void* base, size_t count, size_t size, int (*compare)(const void*, const void*))
{
    if (count < 2 || size == 0)
    {
        return;
    }
    unsigned depth = 0;
    for (size_t n = count; n > 1; n >>= 1)
    {
        depth += 2; // 2 log2(n), Musser's limit
    }
    introsort(base, count, size, compare, depth);
}

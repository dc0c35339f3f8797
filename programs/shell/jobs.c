#include "jobs.h"

#include "memory.h"
#include "shell.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

typedef struct job
{
    int number;
    pid_t* pids;
    size_t count;
    char* text;
    struct job* next;
} job_t;

static job_t* jobs_first; // in the order they started

int jobs_wait_process(pid_t pid)
{
    int status = -1;
    while (process_wait(pid, &status) == -1)
    {
        if (errno != EINTR)
        {
            return -1;
        }
    }
    return status;
}

int jobs_add(const pid_t* pids, size_t count, const char* text, size_t text_length)
{
    job_t* job = memory_resize(NULL, sizeof(job_t));
    // The smallest number not in use, as people expect after jobs end.
    job->number = 1;
    for (bool clash = true; clash;)
    {
        clash = false;
        for (job_t* other = jobs_first; other != NULL; other = other->next)
        {
            if (other->number == job->number)
            {
                job->number++;
                clash = true;
            }
        }
    }
    job->pids = memory_resize(NULL, count * sizeof(pid_t));
    memcpy(job->pids, pids, count * sizeof(pid_t));
    job->count = count;
    job->text = memory_strndup(text, text_length);
    job->next = NULL;
    job_t** slot = &jobs_first;
    while (*slot != NULL)
    {
        slot = &(*slot)->next;
    }
    *slot = job;
    return job->number;
}

// Whether process @p pid has exited (or is gone: nothing left to wait for).
static bool jobs_process_exited(pid_t pid)
{
    char path[64], text[256];
    snprintf(path, sizeof(path), "sys:/proc/%lld/status", (long long)pid);
    fd_t fd = io_open(path);
    if (fd == -1)
    {
        return true;
    }
    ssize_t length = read(fd, text, sizeof(text) - 1);
    close(fd);
    if (length <= 0)
    {
        return true;
    }
    text[length] = '\0';
    return strstr(text, "state exited") != NULL;
}

// Wait for every process of @p job; the last one's status.
static int jobs_finish(job_t* job)
{
    int status = 0;
    for (size_t i = 0; i < job->count; i++)
    {
        status = jobs_wait_process(job->pids[i]);
    }
    return status;
}

static void jobs_remove(job_t* job)
{
    job_t** slot = &jobs_first;
    while (*slot != job)
    {
        slot = &(*slot)->next;
    }
    *slot = job->next;
    free(job->pids);
    free(job->text);
    free(job);
}

static bool jobs_ended(const job_t* job)
{
    for (size_t i = 0; i < job->count; i++)
    {
        if (!jobs_process_exited(job->pids[i]))
        {
            return false;
        }
    }
    return true;
}

void jobs_collect(bool report)
{
    job_t* job = jobs_first;
    while (job != NULL)
    {
        job_t* next = job->next;
        if (jobs_ended(job))
        {
            int status = jobs_finish(job);
            if (report && status == 0)
            {
                writef(STDERR_FILENO, "[%d] done  %s\n", job->number, job->text);
            }
            else if (report)
            {
                writef(STDERR_FILENO, "[%d] exit %d  %s\n", job->number, status, job->text);
            }
            jobs_remove(job);
        }
        job = next;
    }
}

static bool jobs_has_pid(const job_t* job, pid_t pid)
{
    for (size_t i = 0; i < job->count; i++)
    {
        if (job->pids[i] == pid)
        {
            return true;
        }
    }
    return false;
}

int jobs_wait(pid_t pid)
{
    int status = pid == 0 ? 0 : STATUS_NOT_FOUND;
    while (jobs_first != NULL)
    {
        job_t* job = jobs_first;
        while (job != NULL && pid != 0 && !jobs_has_pid(job, pid))
        {
            job = job->next;
        }
        if (job == NULL)
        {
            break;
        }
        status = jobs_finish(job);
        jobs_remove(job);
        if (pid != 0)
        {
            break;
        }
    }
    return status;
}

void jobs_list(fd_t fd)
{
    for (job_t* job = jobs_first; job != NULL; job = job->next)
    {
        writef(fd, "[%d] %lld  %s\n", job->number, (long long)job->pids[job->count - 1], job->text);
    }
}

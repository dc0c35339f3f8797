// Copies stdin to stdout as it arrives until end of file: the other side
// of the pipe ping-pong test and benchmark. Exits with 1 if a write fails.
#include <sys/io.h>

int main(void)
{
    char buffer[4096];
    ssize_t got;
    while ((got = read(STDIN_FILENO, buffer, sizeof(buffer))) > 0)
    {
        for (ssize_t done = 0; done < got;)
        {
            ssize_t written = write(STDOUT_FILENO, buffer + done, (size_t)(got - done));
            if (written <= 0)
            {
                return 1;
            }
            done += written;
        }
    }
    return got == 0 ? 0 : 1;
}

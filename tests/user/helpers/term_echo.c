// A program for terminal_test to run in the terminal: it prints a line of
// coloured text ("RED" in red, four cells on green, "plain") and "ready",
// then echoes each line it reads as "got LINE" (a line ends at CR or LF,
// so raw keys and a pty's cooked lines both work) until the line "quit".
#include <stdio.h>
#include <string.h>
#include <sys/io.h>

static void say(const char* text)
{
    write(STDOUT_FILENO, text, strlen(text));
}

int main(void)
{
    say("\x1b[31mRED\x1b[0m \x1b[42m    \x1b[0m plain\r\nready\r\n");
    char line[256];
    size_t length = 0;
    for (;;)
    {
        char byte;
        if (read(STDIN_FILENO, &byte, 1) != 1)
        {
            return 1;
        }
        if (byte != '\r' && byte != '\n')
        {
            if (length < sizeof(line) - 1)
            {
                line[length++] = byte;
            }
            continue;
        }
        if (length == 0)
        {
            continue; // the LF after a CR
        }
        line[length] = '\0';
        length = 0;
        if (strcmp(line, "quit") == 0)
        {
            say("bye\r\n");
            return 0;
        }
        char reply[300];
        snprintf(reply, sizeof(reply), "got %s\r\n", line);
        say(reply);
    }
}

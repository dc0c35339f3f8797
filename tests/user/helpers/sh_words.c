// sh_words: counts the words (runs of characters other than spaces, tabs
// and newlines) on stdin and writes the number and a newline, as wc -w
// does: the end of shell_test's pipelines.
#include <stdbool.h>
#include <sys/io.h>

int main(void)
{
    char buffer[512];
    long words = 0;
    bool in_word = false;
    ssize_t got;
    while ((got = read(STDIN_FILENO, buffer, sizeof(buffer))) > 0)
    {
        for (ssize_t i = 0; i < got; i++)
        {
            bool blank = buffer[i] == ' ' || buffer[i] == '\t' || buffer[i] == '\n';
            words += !blank && !in_word;
            in_word = !blank;
        }
    }
    if (got == -1)
    {
        return 1;
    }
    return writef(STDOUT_FILENO, "%ld\n", words) == -1;
}

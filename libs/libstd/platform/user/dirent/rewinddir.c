#include "dir.h"

void rewinddir(DIR* dir)
{
    if (dir == NULL)
    {
        return;
    }
    // A directory's offset is an entry index (sys/io.h): 0 is the first.
    seek(dir->fd, 0, SEEK_SET);
    dir->count = 0;
    dir->next = 0;
}

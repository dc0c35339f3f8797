// "shell --edit-keys": the line editor without a terminal, for tests.
// Reads key bytes from stdin and prints, for each line finished, one of
//   line TEXT     (Enter; the line also goes into the history)
//   cancel        (^C)
//   end           (^D on an empty line, or the end of stdin)
// and after "line", the cursor position when Enter came: "cursor N".
#ifndef SHELL_EDITOR_REPLAY_H
#define SHELL_EDITOR_REPLAY_H 1

/** Run the replay; returns the exit status. */
int editor_replay(void);

#endif

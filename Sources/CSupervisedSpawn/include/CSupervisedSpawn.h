#ifndef C_SUPERVISED_SPAWN_H
#define C_SUPERVISED_SPAWN_H

#include <sys/types.h>

/// Starts `path` (with `argv` and `envp`, NULL-terminated) under a
/// supervisor process that leads a new process group: the command reads
/// `stdin_fd` as its standard input and writes its standard output to
/// `stdout_fd`; its standard error is the caller's. Every other descriptor
/// is closed in it. The supervisor waits for the command and exits as it
/// did (the same status, or the same signal); when `lifeline_fd` (the read
/// end of a pipe whose write end only the caller holds) reports end of file,
/// because the caller is gone, the supervisor kills the whole group, the
/// command and whatever it started. Returns the supervisor's pid, which is
/// also the group's id, or -1 with errno set.
pid_t ratify_spawn_supervised(const char *path, char *const argv[], char *const envp[], int stdin_fd, int stdout_fd,
                              int lifeline_fd);

/// Waits up to `timeout_ms` (-1: forever) for the child `pid` to end and
/// reaps it. Returns 1 with its wait status in `*status`, 0 on timeout, -1
/// on error (errno set).
int ratify_wait_child(pid_t pid, int timeout_ms, int *status);

/// pipe2(fds, O_CLOEXEC), which Swift's Glibc module does not export.
int ratify_pipe_cloexec(int fds[2]);

#endif

// Between fork and exec only async-signal-safe calls are allowed in a
// multithreaded program, which Swift cannot promise of its own code: hence C.
#define _GNU_SOURCE
#include "CSupervisedSpawn.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void wake_on_child(int signal_number) { (void)signal_number; }

/// Closes every descriptor from `low` to `high` included.
static void close_from(int low, int high) {
    if (low > high) return;
#ifdef SYS_close_range
    if (syscall(SYS_close_range, (unsigned)low, (unsigned)high, 0) == 0) return;
#endif
    struct rlimit limit;
    int last = (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < 65536) ? (int)limit.rlim_cur - 1 : 65535;
    if (high < last) last = high;
    for (int fd = low; fd <= last; fd++) close(fd);
}

static void reset_signal_dispositions(void) {
    struct sigaction standard = {0};
    standard.sa_handler = SIG_DFL;
    for (int s = 1; s < NSIG; s++) sigaction(s, &standard, NULL);  // SIGKILL and SIGSTOP refuse; that is fine
}

/// The supervisor: never returns.
static void supervise(const char *path, char *const argv[], char *const envp[], int stdin_fd, int stdout_fd, int lifeline_fd) {
    setpgid(0, 0);
    reset_signal_dispositions();
    struct sigaction on_child = {0};
    on_child.sa_handler = wake_on_child;
    sigaction(SIGCHLD, &on_child, NULL);

    pid_t command = fork();
    if (command == 0) {
        if (stdin_fd != 0) dup2(stdin_fd, 0);
        if (stdout_fd != 1) dup2(stdout_fd, 1);
        close_from(3, INT32_MAX);
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        execve(path, argv, envp);
        _exit(127);
    }
    if (command < 0) _exit(127);

    // Keep the lifeline alone, above the standard descriptors.
    int lifeline = fcntl(lifeline_fd, F_DUPFD, 3);
    if (lifeline < 0) {
        kill(0, SIGKILL);
        _exit(127);
    }
    close_from(3, lifeline - 1);
    close_from(lifeline + 1, INT32_MAX);
    close(0);  // the caller's standard input and output are none of the supervisor's business
    close(1);

    sigset_t none;
    sigemptyset(&none);
    struct pollfd watch = {.fd = lifeline, .events = POLLIN};
    for (;;) {
        int status;
        pid_t ended = waitpid(command, &status, WNOHANG);
        if (ended == command) {
            if (WIFEXITED(status)) _exit(WEXITSTATUS(status));
            // Die of the same signal, without a core file of our own.
            int signal_number = WTERMSIG(status);
            struct rlimit no_core = {0, 0};
            setrlimit(RLIMIT_CORE, &no_core);
            sigprocmask(SIG_SETMASK, &none, NULL);
            kill(getpid(), signal_number);
            _exit(128 + signal_number);
        }
        // Wait for the lifeline to close or SIGCHLD (the mask lets every signal through meanwhile).
        int ready = ppoll(&watch, 1, NULL, &none);
        if (ready > 0) kill(0, SIGKILL);  // the caller is gone: the whole group goes with it
    }
}

pid_t ratify_spawn_supervised(const char *path, char *const argv[], char *const envp[], int stdin_fd, int stdout_fd,
                              int lifeline_fd) {
    // Every signal blocked across fork, so no handler of the caller's runs in the child.
    sigset_t all, previous;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &previous);
    pid_t pid = fork();
    if (pid == 0) supervise(path, argv, envp, stdin_fd, stdout_fd, lifeline_fd);
    int saved = errno;
    // Also here, so that the group exists before the caller may signal it.
    if (pid > 0) setpgid(pid, pid);
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
    errno = saved;
    return pid;
}

int ratify_wait_child(pid_t pid, int timeout_ms, int *status) {
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
#ifdef SYS_pidfd_open
    int pidfd = (int)syscall(SYS_pidfd_open, pid, 0);
#else
    int pidfd = -1;
#endif
    for (;;) {
        pid_t ended = waitpid(pid, status, WNOHANG);
        if (ended == pid) {
            if (pidfd >= 0) close(pidfd);
            return 1;
        }
        if (ended < 0 && errno != EINTR) {
            int saved = errno;
            if (pidfd >= 0) close(pidfd);
            errno = saved;
            return -1;
        }
        int wait_ms = 10;  // without a pidfd (Linux before 5.3), poll every 10 ms
        if (timeout_ms >= 0) {
            struct timespec now;
            clock_gettime(CLOCK_MONOTONIC, &now);
            long elapsed = (now.tv_sec - start.tv_sec) * 1000 + (now.tv_nsec - start.tv_nsec) / 1000000;
            if (elapsed >= timeout_ms) {
                if (pidfd >= 0) close(pidfd);
                return 0;
            }
            if (pidfd >= 0 || timeout_ms - elapsed < wait_ms) wait_ms = (int)(timeout_ms - elapsed);
        } else if (pidfd >= 0) {
            wait_ms = -1;
        }
        if (pidfd >= 0) {
            struct pollfd watch = {.fd = pidfd, .events = POLLIN};
            poll(&watch, 1, wait_ms);
        } else {
            struct timespec pause = {0, (long)wait_ms * 1000000};
            nanosleep(&pause, NULL);
        }
    }
}

int ratify_pipe_cloexec(int fds[2]) { return pipe2(fds, O_CLOEXEC); }

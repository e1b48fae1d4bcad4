// lpg-measure: exec wrapper that records the memory of one benchmark process.
//
//   lpg-measure --out FILE [--interval-ms N] [--lines] -- PROGRAM ARGS...
//
// Runs PROGRAM as a child, samples /proc/PID/status (VmRSS) and /proc/PID/numa_maps every
// N ms (default 100, doubled whenever a sample costs more than 2% of the period), and keeps the last complete sample: the child's final moments are its
// fullest state (KV cache filled, all tests run). wait4() then gives exact peak RSS and
// page-fault counts for the child. FILE gets a JSON summary, FILE.numa_maps the raw last sample.
// The wrapper exits the way the child did (same code, or same signal), and forwards the signals
// a supervisor uses to stop a run (TERM, INT, HUP, QUIT, USR1, USR2) so timeouts still work.
// --lines (for a process nobody outside can sample as it prints, e.g. in an emulated guest): the
// child's stdout and stderr pass through the wrapper, a sample is taken as soon as a line arrives,
// and the report's "trace" lists every sample with the lines seen on each stream by then and the
// CPU each thread last ran on, so a reader can tell the memory at each row the tool printed.
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

// --lines: the pipes of the child's stdout and stderr (-1 once closed), the lines seen on each, and
// the trace of every sample (lpg-measure-lines.h).
static int fwd_fd[2] = {-1, -1};
static long lines_seen[2];
static FILE *trace;
static char *trace_buf;
static size_t trace_len;
static int trace_n;

static volatile pid_t child_pid = 0;
static const int forwarded[] = {SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2};

static void forward_signal(int sig) {
  if (child_pid > 0) kill(child_pid, sig);
}
static void on_sigchld(int sig) { (void)sig; } // only interrupts nanosleep

// The samples (struct sample, /proc readers, numa_maps by node and kind), then the JSON report
// with the --lines mode: one translation unit, split by concern.
#include "lpg-measure-sample.h"
#include "lpg-measure-report.h"

static void usage(void) {
  fprintf(stderr, "usage: lpg-measure --out FILE [--interval-ms N] [--lines] -- PROGRAM [ARGS...]\n");
  exit(125);
}

int main(int argc, char **argv) {
  const char *out = NULL;
  int interval_ms = 100, i = 1, lines = 0;
  for (; i < argc; i++) {
    if (strcmp(argv[i], "--") == 0) {
      i++;
      break;
    } else if (strcmp(argv[i], "--out") == 0 && i + 1 < argc) {
      out = argv[++i];
    } else if (strcmp(argv[i], "--lines") == 0) {
      lines = 1;
    } else if (strcmp(argv[i], "--interval-ms") == 0 && i + 1 < argc) {
      interval_ms = atoi(argv[++i]);
      if (interval_ms < 1) usage();
    } else {
      usage();
    }
  }
  if (!out || i >= argc) usage();
  char **cmd = argv + i;

  // Block the forwarded signals until the child's pid is known, so none is lost in between.
  sigset_t block, old;
  sigemptyset(&block);
  for (size_t k = 0; k < sizeof forwarded / sizeof *forwarded; k++) sigaddset(&block, forwarded[k]);
  sigaddset(&block, SIGCHLD);
  sigprocmask(SIG_BLOCK, &block, &old);

  int pipefd[2], outp[2] = {-1, -1}, errp[2] = {-1, -1};
  if (lines && (pipe2(outp, O_CLOEXEC) != 0 || pipe2(errp, O_CLOEXEC) != 0)) {
    perror("lpg-measure: pipe");
    return 125;
  }
  if (lines) trace = open_memstream(&trace_buf, &trace_len);
  if (pipe2(pipefd, O_CLOEXEC) != 0) {
    perror("lpg-measure: pipe");
    return 125;
  }
  double t0 = now_ms();
  pid_t parent = getpid();
  pid_t pid = fork();
  if (pid < 0) {
    perror("lpg-measure: fork");
    return 125;
  }
  if (pid == 0) {
    close(pipefd[0]);
    // If the wrapper itself is killed (SIGKILL to it alone), take the benchmark down too rather
    // than leave it running on the cores the next launch will use.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(125);
    sigprocmask(SIG_SETMASK, &old, NULL);
    if (lines && (dup2(outp[1], 1) < 0 || dup2(errp[1], 2) < 0)) _exit(125);
    execvp(cmd[0], cmd);
    int e = errno; // exec failed: tell the parent why, through the close-on-exec pipe
    if (write(pipefd[1], &e, sizeof e) < 0) _exit(127);
    _exit(127);
  }
  close(pipefd[1]);
  if (lines) {
    close(outp[1]);
    close(errp[1]);
    fwd_fd[0] = outp[0];
    fwd_fd[1] = errp[0];
  }
  child_pid = pid;

  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = forward_signal;
  sigemptyset(&sa.sa_mask);
  for (size_t k = 0; k < sizeof forwarded / sizeof *forwarded; k++) sigaction(forwarded[k], &sa, NULL);
  sa.sa_handler = on_sigchld; // no SA_RESTART: the sampling sleep must wake when the child exits
  sigaction(SIGCHLD, &sa, NULL);
  sigprocmask(SIG_SETMASK, &old, NULL);

  int exec_errno = 0;
  ssize_t r;
  do r = read(pipefd[0], &exec_errno, sizeof exec_errno);
  while (r < 0 && errno == EINTR);
  if (r != (ssize_t)sizeof exec_errno) exec_errno = 0;
  close(pipefd[0]);

  static struct sample cur, last, peak;
  int status = 0, samples = 0;
  double cost_ms = 0;
  struct rusage ru;
  memset(&ru, 0, sizeof ru);
  for (;;) {
    pid_t w = wait4(pid, &status, exec_errno ? 0 : WNOHANG, &ru);
    if (w == pid) break;
    if (w < 0 && errno != EINTR) {
      perror("lpg-measure: wait4");
      return 125;
    }
    if (w < 0) continue;
    if (lines) {
      // Until the next periodic sample, or at once when a line ends (a row was printed).
      double until = now_ms() + interval_ms;
      for (double left = interval_ms; left > 0 && !pump((int)left + 1); left = until - now_ms()) {
        if (fwd_fd[0] < 0 && fwd_fd[1] < 0) {
          struct timespec ts = {(long)left / 1000, ((long)left % 1000) * 1000000L};
          nanosleep(&ts, NULL);
          break;
        }
        if (wait4(pid, &status, WNOHANG, &ru) == pid) goto reaped;
      }
    } else {
      struct timespec ts = {interval_ms / 1000, (long)(interval_ms % 1000) * 1000000L};
      nanosleep(&ts, NULL);
    }
    w = wait4(pid, &status, WNOHANG, &ru);
    if (w == pid) break;
    double c0 = now_ms();
    take_sample(pid, t0, &cur);
    double cost = now_ms() - c0;
    cost_ms += cost;
    // Walking numa_maps of a process with gigabytes mapped takes milliseconds of a CPU the
    // benchmark may want: keep the sampler under ~2% of one CPU by backing off.
    if (cost > 0.02 * interval_ms && interval_ms < 5000) interval_ms = interval_ms * 2 > 5000 ? 5000 : interval_ms * 2;
    if (cur.valid) {
      trace_sample(&cur);
      samples++;
      copy_sample(&last, &cur);
      if (!peak.valid || sample_total(&cur) >= sample_total(&peak)) copy_sample(&peak, &cur);
    }
  }
reaped:
  // What the child (or a descendant still holding the pipes) printed last, for up to 2 s.
  for (double end = now_ms() + 2000; (fwd_fd[0] >= 0 || fwd_fd[1] >= 0) && now_ms() < end;) pump(100);
  write_report(out, status, exec_errno, &ru, now_ms() - t0, samples, cost_ms, interval_ms, &last, &peak);

  if (exec_errno) {
    fprintf(stderr, "lpg-measure: cannot run %s: %s\n", cmd[0], strerror(exec_errno));
    return 127;
  }
  if (WIFSIGNALED(status)) {
    // Die the same way, without leaving a core of the wrapper behind.
    int sig = WTERMSIG(status);
    struct rlimit no_core = {0, 0};
    setrlimit(RLIMIT_CORE, &no_core);
    signal(sig, SIG_DFL);
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, sig);
    sigprocmask(SIG_UNBLOCK, &unblock, NULL);
    raise(sig);
    return 128 + sig;
  }
  return WEXITSTATUS(status);
}

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

#define MAX_NODES 1024
#define MAX_CPUS 1024
#define MAX_TRACE 20000

struct sample {
  int valid;
  double t_ms;
  long vmrss_kib, vmhwm_kib, rss_anon_kib, rss_file_kib, rss_shmem_kib;
  long nodes_kib[MAX_NODES];       // every mapping
  long anon_nodes_kib[MAX_NODES];  // private anonymous mappings (heap, a malloc'd or MAP_PRIVATE KV cache)
  long shmem_nodes_kib[MAX_NODES]; // shared anonymous mappings (a MAP_SHARED|MAP_ANONYMOUS KV cache)
  int max_node;                   // highest node id seen, -1 when none
  char *raw;                      // the numa_maps text this sample was computed from
  size_t raw_len;
  int cpus[MAX_CPUS];             // --lines: threads whose last CPU was this one
  int max_cpu;
};

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

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static char *read_whole(const char *path, size_t *len) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return NULL;
  size_t cap = 65536, n = 0;
  char *buf = malloc(cap + 1);
  for (;;) {
    if (n == cap) {
      cap *= 2;
      buf = realloc(buf, cap + 1);
    }
    ssize_t r = read(fd, buf + n, cap - n);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) {
      free(buf);
      close(fd);
      return NULL;
    }
    if (r == 0) break;
    n += (size_t)r;
  }
  close(fd);
  buf[n] = 0;
  *len = n;
  return buf;
}

static long status_field(const char *status, const char *key) {
  const char *p = strstr(status, key);
  if (!p) return -1;
  return strtol(p + strlen(key), NULL, 10);
}

// What backs a mapping, as the kernel splits VmRSS (RssAnon, RssShmem, RssFile): no file or
// MAP_HUGETLB (/anon_hugepage) is private anonymous; MAP_SHARED|MAP_ANONYMOUS (/dev/zero), a memfd
// or SysV shm is shmem; anything else is a file. Kept in sync with src/host/numa-maps.ts (mappingKind).
enum kind { KIND_ANON, KIND_SHMEM, KIND_FILE };
static enum kind file_kind(const char *file) {
  if (strncmp(file, "/anon_hugepage", 14) == 0) return KIND_ANON;
  if (strncmp(file, "/dev/zero", 9) == 0 || strncmp(file, "/memfd:", 7) == 0 || strncmp(file, "/SYSV", 5) == 0) return KIND_SHMEM;
  return KIND_FILE;
}

static void parse_numa_maps(char *text, struct sample *s) {
  s->max_node = -1;
  memset(s->nodes_kib, 0, sizeof s->nodes_kib);
  memset(s->anon_nodes_kib, 0, sizeof s->anon_nodes_kib);
  memset(s->shmem_nodes_kib, 0, sizeof s->shmem_nodes_kib);
  char *save_line = NULL;
  for (char *line = strtok_r(text, "\n", &save_line); line; line = strtok_r(NULL, "\n", &save_line)) {
    long page_kib = 4;
    enum kind kind = KIND_ANON;
    long pages[MAX_NODES];
    int touched[64], ntouched = 0; // nodes listed on this line (lines name few nodes)
    char *save_tok = NULL;
    for (char *tok = strtok_r(line, " ", &save_tok); tok; tok = strtok_r(NULL, " ", &save_tok)) {
      if (strncmp(tok, "file=", 5) == 0) {
        kind = file_kind(tok + 5);
      } else if (strncmp(tok, "kernelpagesize_kB=", 18) == 0) {
        page_kib = strtol(tok + 18, NULL, 10);
      } else if (tok[0] == 'N' && tok[1] >= '0' && tok[1] <= '9') {
        char *eq;
        long node = strtol(tok + 1, &eq, 10);
        if (*eq != '=' || node < 0 || node >= MAX_NODES || ntouched == 64) continue;
        pages[node] = strtol(eq + 1, NULL, 10);
        touched[ntouched++] = (int)node;
      }
    }
    // kernelpagesize_kB comes after the Nx= fields, so apply it once the line is read.
    for (int i = 0; i < ntouched; i++) {
      int node = touched[i];
      long kib = pages[node] * page_kib;
      s->nodes_kib[node] += kib;
      if (kind == KIND_ANON) s->anon_nodes_kib[node] += kib;
      if (kind == KIND_SHMEM) s->shmem_nodes_kib[node] += kib;
      if (node > s->max_node) s->max_node = node;
    }
  }
}

// Defined in lpg-measure-lines.h (the --lines mode), used by take_sample.
static void thread_cpus(pid_t pid, struct sample *s);

// One sample; valid only when both files were read whole from a live process (a zombie or an
// exiting process yields an empty numa_maps and no VmRSS line).
static void take_sample(pid_t pid, double t0, struct sample *s) {
  char path[64];
  size_t len;
  s->valid = 0;
  snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
  char *status = read_whole(path, &len);
  if (!status) return;
  s->vmrss_kib = status_field(status, "VmRSS:");
  s->vmhwm_kib = status_field(status, "VmHWM:");
  s->rss_anon_kib = status_field(status, "RssAnon:");
  s->rss_file_kib = status_field(status, "RssFile:");
  s->rss_shmem_kib = status_field(status, "RssShmem:");
  free(status);
  if (s->vmrss_kib < 0) return;
  snprintf(path, sizeof path, "/proc/%d/numa_maps", (int)pid);
  char *maps = read_whole(path, &len);
  if (!maps || len == 0) {
    free(maps);
    return;
  }
  free(s->raw);
  s->raw = strdup(maps);
  s->raw_len = len;
  parse_numa_maps(maps, s);
  free(maps);
  s->t_ms = now_ms() - t0;
  s->valid = 1;
  if (trace) thread_cpus(pid, s);
}

static void copy_sample(struct sample *dst, const struct sample *src) {
  char *raw = dst->raw;
  *dst = *src;
  dst->raw = raw;
  free(dst->raw);
  dst->raw = src->raw ? strdup(src->raw) : NULL;
}

static void write_nodes(FILE *f, const char *key, const long *kib, int max_node) {
  fprintf(f, "\"%s\":{", key);
  int first = 1;
  for (int n = 0; n <= max_node; n++) {
    if (kib[n] == 0) continue;
    fprintf(f, "%s\"%d\":%ld", first ? "" : ",", n, kib[n]);
    first = 0;
  }
  fprintf(f, "}");
}

static void write_sample(FILE *f, const char *key, const struct sample *s) {
  fprintf(f, ",\"%s\":", key);
  if (!s->valid) {
    fprintf(f, "null");
    return;
  }
  fprintf(f, "{\"t_ms\":%.1f,\"vmrss_kib\":%ld,\"vmhwm_kib\":%ld,\"rss_anon_kib\":%ld,\"rss_file_kib\":%ld,\"rss_shmem_kib\":%ld,",
          s->t_ms, s->vmrss_kib, s->vmhwm_kib, s->rss_anon_kib, s->rss_file_kib, s->rss_shmem_kib);
  write_nodes(f, "nodes_kib", s->nodes_kib, s->max_node);
  fprintf(f, ",");
  write_nodes(f, "anon_nodes_kib", s->anon_nodes_kib, s->max_node);
  fprintf(f, ",");
  write_nodes(f, "shmem_nodes_kib", s->shmem_nodes_kib, s->max_node);
  fprintf(f, "}");
}

#include "lpg-measure-lines.h"

static long sample_total(const struct sample *s) {
  long t = 0;
  for (int n = 0; n <= s->max_node; n++) t += s->nodes_kib[n];
  return t;
}

// Written to a temporary name and renamed, so a reader never sees half a file.
static void write_report(const char *out, int status, int exec_errno, const struct rusage *ru,
                         double wall_ms, int samples, double cost_ms, int interval_ms,
                         const struct sample *last, const struct sample *peak) {
  size_t n = strlen(out) + 32;
  char *tmp = malloc(n);
  snprintf(tmp, n, "%s.tmp.%d", out, (int)getpid());
  FILE *f = fopen(tmp, "w");
  if (!f) {
    fprintf(stderr, "lpg-measure: cannot write %s: %s\n", tmp, strerror(errno));
    free(tmp);
    return;
  }
  fprintf(f, "{\"version\":1");
  if (exec_errno) {
    fprintf(f, ",\"exit_code\":127,\"signal\":null,\"exec_error\":\"%s\"", strerror(exec_errno));
  } else if (WIFSIGNALED(status)) {
    fprintf(f, ",\"exit_code\":null,\"signal\":%d,\"exec_error\":null", WTERMSIG(status));
  } else {
    fprintf(f, ",\"exit_code\":%d,\"signal\":null,\"exec_error\":null", WEXITSTATUS(status));
  }
  fprintf(f, ",\"wall_ms\":%.1f,\"peak_rss_kib\":%ld,\"minor_faults\":%ld,\"major_faults\":%ld", wall_ms,
          ru->ru_maxrss, ru->ru_minflt, ru->ru_majflt);
  fprintf(f, ",\"user_ms\":%.1f,\"sys_ms\":%.1f", ru->ru_utime.tv_sec * 1e3 + ru->ru_utime.tv_usec / 1e3,
          ru->ru_stime.tv_sec * 1e3 + ru->ru_stime.tv_usec / 1e3);
  fprintf(f, ",\"interval_ms\":%d,\"samples\":%d,\"sample_cost_ms\":%.2f", interval_ms, samples, cost_ms);
  write_sample(f, "last", last);
  write_sample(f, "peak", peak);
  if (trace) {
    fclose(trace);
    fprintf(f, ",\"lines_out\":%ld,\"lines_err\":%ld,\"trace\":[", lines_seen[0], lines_seen[1]);
    fwrite(trace_buf, 1, trace_len, f);
    fprintf(f, "]");
  }
  fprintf(f, "}\n");
  fclose(f);
  if (last->valid && last->raw) {
    char *side = malloc(strlen(out) + 16);
    sprintf(side, "%s.numa_maps", out);
    FILE *g = fopen(side, "w");
    if (g) {
      fwrite(last->raw, 1, last->raw_len, g);
      fclose(g);
    }
    free(side);
  }
  if (rename(tmp, out) != 0) fprintf(stderr, "lpg-measure: cannot rename %s: %s\n", tmp, strerror(errno));
  free(tmp);
}

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

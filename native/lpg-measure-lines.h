// lpg-measure's --lines mode (included by lpg-measure-report.h, after write_sample): the child's output
// passes through the wrapper, a line that ends triggers a sample, and every sample goes into the
// report's trace with the lines seen on each stream by then, the CPU each thread last ran on, and
// each thread's affinity (its last CPU and Cpus_allowed_list, under "threads").
// Part of lpg-measure's source: src/host/native.ts hashes it with the .c file.

// A thread's Cpus_allowed_list (its affinity: where llama-bench's --numa modes pin their threads).
static void thread_allowed(pid_t pid, const char *tid, char *out) {
  char path[320];
  size_t len;
  snprintf(path, sizeof path, "/proc/%d/task/%s/status", (int)pid, tid);
  char *st = read_whole(path, &len);
  char *p = st ? strstr(st, "Cpus_allowed_list:") : NULL;
  out[0] = 0;
  if (p) {
    p += strlen("Cpus_allowed_list:");
    while (*p == ' ' || *p == '\t') p++;
    size_t n = strcspn(p, "\n\"\\");
    if (n >= ALLOWED_LEN) n = ALLOWED_LEN - 1;
    memcpy(out, p, n);
    out[n] = 0;
  }
  free(st);
}

// Field 39 of /proc/PID/task/TID/stat: the CPU each thread last ran on; and each thread's affinity.
static void thread_cpus(pid_t pid, struct sample *s) {
  char path[320];
  memset(s->cpus, 0, sizeof s->cpus);
  s->max_cpu = -1;
  s->n_threads = 0;
  snprintf(path, sizeof path, "/proc/%d/task", (int)pid);
  DIR *d = opendir(path);
  if (!d) return;
  for (struct dirent *e; (e = readdir(d));) {
    if (e->d_name[0] < '0' || e->d_name[0] > '9') continue;
    snprintf(path, sizeof path, "/proc/%d/task/%s/stat", (int)pid, e->d_name);
    size_t len;
    char *st = read_whole(path, &len);
    char *p = st ? strrchr(st, ')') : NULL;
    int field = 2;
    for (char *tok = p ? strtok(p + 1, " ") : NULL; tok; tok = strtok(NULL, " ")) {
      if (++field != 39) continue;
      long cpu = strtol(tok, NULL, 10);
      if (cpu >= 0 && cpu < MAX_CPUS) {
        s->cpus[cpu]++;
        if (cpu > s->max_cpu) s->max_cpu = (int)cpu;
        if (s->n_threads < MAX_THREADS) {
          s->thread_cpu[s->n_threads] = (int)cpu;
          thread_allowed(pid, e->d_name, s->thread_allowed[s->n_threads++]);
        }
      }
      break;
    }
    free(st);
  }
  closedir(d);
}

static void trace_sample(const struct sample *s) {
  if (!trace || !s->valid || trace_n >= MAX_TRACE) return;
  fprintf(trace, "%s{\"lines_out\":%ld,\"lines_err\":%ld,\"cpus\":{", trace_n++ ? "," : "", lines_seen[0], lines_seen[1]);
  for (int c = 0, first = 1; c <= s->max_cpu; c++) {
    if (!s->cpus[c]) continue;
    fprintf(trace, "%s\"%d\":%d", first ? "" : ",", c, s->cpus[c]);
    first = 0;
  }
  fprintf(trace, "},\"threads\":[");
  for (int t = 0; t < s->n_threads; t++) fprintf(trace, "%s{\"cpu\":%d,\"allowed\":\"%s\"}", t ? "," : "", s->thread_cpu[t], s->thread_allowed[t]);
  fprintf(trace, "]");
  write_sample(trace, "sample", s);
  fprintf(trace, "}");
}

// --lines: passes what arrived on the child's pipes through to ours; 1 when a line ended.
static int pump(int timeout_ms) {
  struct pollfd p[2];
  int n = 0, which[2], ended = 0;
  for (int k = 0; k < 2; k++)
    if (fwd_fd[k] >= 0) {
      p[n].fd = fwd_fd[k];
      p[n].events = POLLIN;
      which[n++] = k;
    }
  if (poll(p, n, timeout_ms) <= 0) return 0;
  for (int i = 0; i < n; i++) {
    if (!p[i].revents) continue;
    int k = which[i];
    char buf[65536];
    ssize_t m = read(fwd_fd[k], buf, sizeof buf);
    if (m < 0 && errno == EINTR) continue;
    if (m <= 0) {
      close(fwd_fd[k]);
      fwd_fd[k] = -1;
      continue;
    }
    for (ssize_t off = 0; off < m;) {
      ssize_t w = write(k + 1, buf + off, m - off);
      if (w < 0 && errno == EINTR) continue;
      if (w <= 0) break;
      off += w;
    }
    for (ssize_t j = 0; j < m; j++)
      if (buf[j] == '\n') {
        lines_seen[k]++;
        ended = 1;
      }
  }
  return ended;
}


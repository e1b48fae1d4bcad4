// lpg-measure's samples (included by lpg-measure.c): what one reading of /proc/PID/status and
// /proc/PID/numa_maps holds, and how numa_maps lines become resident KiB per NUMA node by mapping
// kind (private anonymous, shmem, file). Part of lpg-measure's source: src/host/native.ts hashes
// it with the .c file.

#define MAX_NODES 1024
#define MAX_CPUS 1024
#define MAX_TRACE 20000
#define MAX_THREADS 64
#define ALLOWED_LEN 48

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
  int n_threads;                  // --lines: each thread's last CPU and the CPUs it may run on
  int thread_cpu[MAX_THREADS];
  char thread_allowed[MAX_THREADS][ALLOWED_LEN];
};

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

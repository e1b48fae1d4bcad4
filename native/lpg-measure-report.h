// lpg-measure's report (included by lpg-measure.c, after the samples): the JSON written to --out,
// whole or not at all, and the last raw numa_maps beside it. Part of lpg-measure's source:
// src/host/native.ts hashes it with the .c file.

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

// lpg-probe: page placement, residency and a model-free KV-cache probe, loaded with koffi.
//
// The KV probe mimics the two CPU buffer types the mmap-KV change compares:
//   kind 0 "heap":   aligned heap allocation + memset(0), as ggml's CPU buffer type followed by the
//                    KV cache clear (every page resident, first-touched by the allocating thread);
//   kind 1 "mmap":   anonymous mmap(MAP_PRIVATE|MAP_NORESERVE), left untouched (pages appear on first
//                    write, on the node of the thread that writes them);
//   kind 2 "shared": anonymous mmap(MAP_SHARED) + madvise(RANDOM), as the ik_llama.cpp port does.
// The buffer is split into `segments` tensors (K and V of each layer) of rows of `row_bytes` (one
// token's K or V). "Fill" writes the first `filled_rows` rows of every segment in ubatches, each
// thread a contiguous slice of rows (how ggml splits a copy into the cache). "Scan" reads those rows
// with each thread taking a column slice of every row (how attention splits heads): every thread
// reads every filled page, so pages placed on one node are read from all nodes.
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

struct lpg_op {
  double seconds;
  double bytes;
  int64_t minflt;
  int64_t majflt;
  uint64_t checksum;
};

long lpg_page_size(void) { return sysconf(_SC_PAGESIZE); }

// Resident bytes of [addr, addr+len) by mincore (whole pages), or -errno.
int64_t lpg_resident_bytes(void *addr, size_t len) {
  long ps = sysconf(_SC_PAGESIZE);
  uintptr_t start = (uintptr_t)addr & ~(uintptr_t)(ps - 1);
  uintptr_t end = ((uintptr_t)addr + len + ps - 1) & ~(uintptr_t)(ps - 1);
  size_t pages = (end - start) / ps;
  unsigned char *vec = malloc(pages ? pages : 1);
  if (!vec) return -ENOMEM;
  if (mincore((void *)start, end - start, vec) != 0) {
    int e = errno;
    free(vec);
    return -e;
  }
  int64_t n = 0;
  for (size_t i = 0; i < pages; i++) n += vec[i] & 1;
  free(vec);
  return n * ps;
}

// Which node holds each page of [addr, addr+len): counts[node] += pages for node < max_nodes.
// move_pages() with nodes == NULL only queries. Returns pages not present (never touched, or
// swapped out), or -errno (ENOSYS on kernels without NUMA).
int64_t lpg_page_nodes(void *addr, size_t len, int64_t *counts, int max_nodes) {
  long ps = sysconf(_SC_PAGESIZE);
  uintptr_t start = (uintptr_t)addr & ~(uintptr_t)(ps - 1);
  uintptr_t end = ((uintptr_t)addr + len + ps - 1) & ~(uintptr_t)(ps - 1);
  size_t total = (end - start) / ps;
  enum { CHUNK = 4096 };
  void *pages[CHUNK];
  int status[CHUNK];
  int64_t absent = 0;
  for (int i = 0; i < max_nodes; i++) counts[i] = 0;
  for (size_t done = 0; done < total; done += CHUNK) {
    size_t n = total - done < CHUNK ? total - done : CHUNK;
    for (size_t i = 0; i < n; i++) pages[i] = (void *)(start + (done + i) * ps);
    if (syscall(SYS_move_pages, 0, (unsigned long)n, pages, NULL, status, 0) != 0) return -errno;
    for (size_t i = 0; i < n; i++) {
      if (status[i] >= 0 && status[i] < max_nodes) counts[status[i]]++;
      else absent++;
    }
  }
  return absent;
}

static double now_s(void);

static void *kv_alloc(size_t bytes, int kind) {
  if (kind == 0) {
    void *p = NULL;
    if (posix_memalign(&p, 64, bytes) != 0) return NULL;
    memset(p, 0, bytes);
    return p;
  }
  int flags = kind == 1 ? MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE : MAP_SHARED | MAP_ANONYMOUS;
  void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, flags, -1, 0);
  if (p == MAP_FAILED) return NULL;
  if (kind == 2) posix_madvise(p, bytes, POSIX_MADV_RANDOM);
  return p;
}

// Allocates like the buffer type `kind` (including the heap type's clear); `out` gets the time and
// page faults that cost. NULL on failure.
void *lpg_kv_alloc(size_t bytes, int kind, struct lpg_op *out) {
  struct rusage r0, r1;
  getrusage(RUSAGE_SELF, &r0);
  double t0 = now_s();
  void *p = kv_alloc(bytes, kind);
  double t1 = now_s();
  getrusage(RUSAGE_SELF, &r1);
  out->seconds = t1 - t0;
  out->bytes = (double)bytes;
  out->minflt = r1.ru_minflt - r0.ru_minflt;
  out->majflt = r1.ru_majflt - r0.ru_majflt;
  out->checksum = 0;
  return p;
}

void lpg_kv_free(void *p, size_t bytes, int kind) {
  if (!p) return;
  if (kind == 0) free(p);
  else munmap(p, bytes);
}

struct job {
  pthread_t tid;
  pthread_barrier_t *start;
  int ith, nth, cpu;
  unsigned char *base;
  size_t seg_bytes, row_bytes, filled_rows, ubatch;
  int segments, write;
  uint64_t sum;
  double t0, t1;
};

static void pin(int cpu) {
  if (cpu < 0) return;
  cpu_set_t set;
  CPU_ZERO(&set);
  CPU_SET(cpu, &set);
  pthread_setaffinity_np(pthread_self(), sizeof set, &set);
}

static void *fill_worker(struct job *j) {
  for (size_t u0 = 0; u0 < j->filled_rows; u0 += j->ubatch) {
    size_t n = j->filled_rows - u0 < j->ubatch ? j->filled_rows - u0 : j->ubatch;
    size_t r0 = u0 + n * j->ith / j->nth, r1 = u0 + n * (j->ith + 1) / j->nth;
    for (int s = 0; s < j->segments; s++) {
      unsigned char *seg = j->base + s * j->seg_bytes;
      for (size_t r = r0; r < r1; r++) memset(seg + r * j->row_bytes, (int)(r * 31 + s + 1), j->row_bytes);
    }
  }
  return NULL;
}

static void *scan_worker(struct job *j) {
  size_t words = j->row_bytes / 8;
  size_t c0 = words * j->ith / j->nth, c1 = words * (j->ith + 1) / j->nth;
  uint64_t sum = 0;
  for (int s = 0; s < j->segments; s++) {
    const uint64_t *seg = (const uint64_t *)(j->base + s * j->seg_bytes);
    for (size_t r = 0; r < j->filled_rows; r++) {
      const uint64_t *row = seg + r * words;
      for (size_t c = c0; c < c1; c++) sum += row[c];
    }
  }
  j->sum = sum;
  return NULL;
}

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

// Each worker times itself: the caller may not be scheduled again until the workers are done.
static void *worker(void *arg) {
  struct job *j = arg;
  pin(j->cpu);
  pthread_barrier_wait(j->start);
  j->t0 = now_s();
  if (j->write) fill_worker(j);
  else scan_worker(j);
  j->t1 = now_s();
  return NULL;
}

// Runs fill (write=1) or scan (write=0) with `threads` threads; thread i is pinned to
// cpus[i % ncpus] when ncpus > 0. Time = first worker start to last worker end, once all are pinned.
static int run(void *base, size_t bytes, int segments, size_t row_bytes, size_t filled_rows, size_t ubatch,
               int threads, const int *cpus, int ncpus, int write, struct lpg_op *out) {
  if (!base || segments < 1 || threads < 1 || row_bytes < 8 || row_bytes % 8) return -EINVAL;
  size_t seg_bytes = bytes / segments;
  if (filled_rows * row_bytes > seg_bytes) return -EINVAL;
  struct job *jobs = calloc(threads, sizeof *jobs);
  pthread_barrier_t start;
  pthread_barrier_init(&start, NULL, threads + 1);
  struct rusage r0, r1;
  for (int i = 0; i < threads; i++) {
    jobs[i] = (struct job){.start = &start, .ith = i, .nth = threads, .cpu = ncpus > 0 ? cpus[i % ncpus] : -1,
                           .base = base, .seg_bytes = seg_bytes, .row_bytes = row_bytes,
                           .filled_rows = filled_rows, .ubatch = ubatch ? ubatch : 512, .segments = segments,
                           .write = write};
    pthread_create(&jobs[i].tid, NULL, worker, &jobs[i]);
  }
  getrusage(RUSAGE_SELF, &r0);
  pthread_barrier_wait(&start);
  uint64_t sum = 0;
  double t0 = 0, t1 = 0;
  for (int i = 0; i < threads; i++) {
    pthread_join(jobs[i].tid, NULL);
    sum += jobs[i].sum;
    if (i == 0 || jobs[i].t0 < t0) t0 = jobs[i].t0;
    if (i == 0 || jobs[i].t1 > t1) t1 = jobs[i].t1;
  }
  getrusage(RUSAGE_SELF, &r1);
  pthread_barrier_destroy(&start);
  free(jobs);
  out->seconds = t1 - t0;
  out->bytes = (double)filled_rows * row_bytes * segments;
  out->minflt = r1.ru_minflt - r0.ru_minflt;
  out->majflt = r1.ru_majflt - r0.ru_majflt;
  out->checksum = sum;
  return 0;
}

int lpg_kv_fill(void *base, size_t bytes, int segments, size_t row_bytes, size_t filled_rows, size_t ubatch,
                int threads, const int *cpus, int ncpus, struct lpg_op *out) {
  return run(base, bytes, segments, row_bytes, filled_rows, ubatch, threads, cpus, ncpus, 1, out);
}

int lpg_kv_scan(void *base, size_t bytes, int segments, size_t row_bytes, size_t filled_rows, int threads,
                const int *cpus, int ncpus, struct lpg_op *out) {
  return run(base, bytes, segments, row_bytes, filled_rows, 0, threads, cpus, ncpus, 0, out);
}

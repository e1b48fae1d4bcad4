/*
 * lpg-slowdown: an injected slowdown of known size, for the runner's qualification.
 *
 * Loaded with LD_PRELOAD into the benchmark and depth-tool processes of one variant. It interposes
 * llama_decode (the executable imports it from libllama.so), times each real call with the
 * monotonic clock, then busy-waits k times that duration on the calling thread: the thread stays on
 * the CPU as compute does, so decode-bound throughput becomes 1/(1+k) of what it was.
 *
 *   LPG_SLOWDOWN=k          0 <= k <= 1 (set by llama-perf-gate; k = 0 only times the calls)
 *   LPG_SLOWDOWN_STATS=FILE at exit, append one JSON line: calls, decode_ns, spin_ns, k, pid
 *   LPG_SLOWDOWN_CLOCK=thread  time and wait on the calling thread's CPU clock instead (tests of the
 *                          fake runner on a shared machine, where other processes' share of the CPU
 *                          would otherwise drown a few percent)
 *
 * Processes that never call llama_decode (the measuring wrapper, numactl) are untouched: nothing is
 * resolved or read before the first call.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/*
 * llama_batch is passed by value. Mainline's is 56 bytes, ik_llama.cpp's 72 (all_pos_0, all_pos_1,
 * all_seq_id); both are passed in memory (x86-64: copied onto the stack; aarch64: a pointer to a
 * copy), so forwarding a larger opaque block hands the real function its bytes unchanged whatever
 * the layout. The extra bytes read lie in the caller's frame.
 */
typedef struct {
    uint64_t bytes[16];
} lpg_batch;

typedef int32_t (*decode_fn)(void *ctx, lpg_batch batch);

static decode_fn real_decode;
static clockid_t clock_id = CLOCK_MONOTONIC;
static double    k_factor = -1;
static uint64_t  n_calls, decode_ns, spin_ns;

static inline uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(clock_id, &ts);
    return (uint64_t) ts.tv_sec * 1000000000ULL + (uint64_t) ts.tv_nsec;
}

static void die(const char *what, const char *detail) {
    fprintf(stderr, "lpg-slowdown: %s%s\n", what, detail ? detail : "");
    fflush(stderr);
    abort(); /* failure is never a pass: a slowdown that cannot be applied ends the launch */
}

static void init(void) {
    const char *s = getenv("LPG_SLOWDOWN");
    char       *end;
    double      k = s ? strtod(s, &end) : -1;
    if (!s || !*s || *end != '\0' || !(k >= 0 && k <= 1)) die("LPG_SLOWDOWN must be a number in [0, 1], got ", s ? s : "nothing");
    const char *c = getenv("LPG_SLOWDOWN_CLOCK");
    if (c && !strcmp(c, "thread")) clock_id = CLOCK_THREAD_CPUTIME_ID;
    else if (c && *c && strcmp(c, "monotonic")) die("LPG_SLOWDOWN_CLOCK must be monotonic or thread, got ", c);
    real_decode = (decode_fn) dlsym(RTLD_NEXT, "llama_decode");
    if (!real_decode) die("llama_decode not found after this library: ", dlerror());
    k_factor = k;
}

/* Injected but not yet waited (ns, may go negative): a wait the scheduler let overrun its deadline is
 * taken off the next one, so the total wait stays k x the total decode time, not k x it plus one
 * scheduling delay per call (which would bias a slowdown on a busy machine). */
static double owed_ns;

int32_t llama_decode(void *ctx, lpg_batch batch) {
    if (k_factor < 0) init();
    uint64_t t0 = now_ns();
    int32_t  r  = real_decode(ctx, batch);
    uint64_t t1 = now_ns();
    uint64_t d  = t1 - t0;
    owed_ns += k_factor * (double) d;
    uint64_t t = t1;
    if (owed_ns > 0) {
        /* Spin to a deadline (not a count of loops): time descheduled during the wait counts. */
        uint64_t until = t1 + (uint64_t) owed_ns;
        while (t < until) {
#if defined(__x86_64__) || defined(__i386__)
            __builtin_ia32_pause();
#endif
            t = now_ns();
        }
        owed_ns -= (double) (t - t1);
    }
    n_calls++;
    decode_ns += d;
    spin_ns += t - t1;
    return r;
}

__attribute__((destructor)) static void report(void) {
    const char *path = getenv("LPG_SLOWDOWN_STATS");
    if (!path || !*path || n_calls == 0) return;
    FILE *f = fopen(path, "a");
    if (!f) return;
    fprintf(f, "{\"pid\": %ld, \"k\": %.6f, \"calls\": %llu, \"decode_ns\": %llu, \"spin_ns\": %llu}\n", (long) getpid(), k_factor,
            (unsigned long long) n_calls, (unsigned long long) decode_ns, (unsigned long long) spin_ns);
    fclose(f);
}

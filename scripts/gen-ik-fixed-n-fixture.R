# Reference values for `analyze --base … --head …` on the committed real ik_llama.cpp captures
# (fixtures/llama-bench/ik): R's wilcox.test(conf.int = TRUE, conf.level = 0.9) on d = ln B − ln A,
# block i = file i of each list, a launch's value the median of its samples_ts (avg_ts when a
# format has none: csv, sql). Reads the files itself (no jsonlite): an independent reading.
# Writes fixtures/stats/ik-fixed-n.json. Run from the repository root:
#   Rscript scripts/gen-ik-fixed-n-fixture.R
ik <- "fixtures/llama-bench/ik"
launches <- function(path) {
  txt <- readLines(path, warn = FALSE)
  if (grepl("\\.csv$", path)) {
    t <- read.csv(path, stringsAsFactors = FALSE)
    return(setNames(as.list(t$avg_ts), t$test))
  }
  if (grepl("\\.sql$", path)) {
    ins <- grep("^INSERT INTO test", txt, value = TRUE)
    m <- regmatches(ins, regexec("'([0-9.eE+-]+)', '[0-9.eE+-]+', '([^']+)'\\);$", ins))
    return(setNames(lapply(m, function(x) as.numeric(x[2])), sapply(m, `[`, 3)))
  }
  one <- paste(txt, collapse = "\n")
  tests <- regmatches(one, gregexpr('"test": "[^"]+"', one))[[1]]
  samples <- regmatches(one, gregexpr('"samples_ts": \\[[^]]*\\]', one))[[1]]
  stopifnot(length(tests) == length(samples))
  vals <- lapply(samples, function(s) median(as.numeric(strsplit(gsub('"samples_ts": \\[|\\]', "", s), ",")[[1]])))
  setNames(vals, sub('"test": "([^"]+)"', "\\1", tests))
}
num <- function(x) sprintf("%.17g", x)
arr <- function(x) paste0("[", paste(sprintf('"%s"', x), collapse = ", "), "]")
pair <- function(name, base, head) {
  a <- lapply(file.path(ik, base), launches)
  b <- lapply(file.path(ik, head), launches)
  tests <- unique(unlist(lapply(a, names)))
  rows <- sapply(tests, function(t) {
    d <- unlist(Map(function(x, y) if (!is.null(x[[t]]) && !is.null(y[[t]])) log(y[[t]]) - log(x[[t]]), a, b))
    w <- suppressWarnings(wilcox.test(d, conf.int = TRUE, conf.level = 0.9))
    sprintf('        {"test": "%s", "n": %d, "exact": %s, "conf_level": %s, "estimate_ratio": %s, "ci_ratio": [%s, %s]}',
            t, length(d), tolower(as.character(length(unique(abs(d))) == length(d) && all(d != 0))),
            num(attr(w$conf.int, "conf.level")), num(exp(w$estimate)), num(exp(w$conf.int[1])), num(exp(w$conf.int[2])))
  })
  sprintf('    {"name": "%s", "base": %s, "head": %s, "workloads": [\n%s\n    ]}', name, arr(base), arr(head), paste(rows, collapse = ",\n"))
}
bench <- function(c) file.path(c, "bench", c("p128-n0.json.0.stdout", "p128-n0.json.1.stdout", "p0-n16.json.0.stdout",
                                             "p0-n16.json.1.stdout", "p0-n0-gp256,16.json.0.stdout", "p0-n0-gp256,16.json.1.stdout"))
full <- function(c) c(file.path(c, paste0("pp128-tg16-gp256.", c("json", "csv", "sql"))), bench(c))
pairs <- c(
  pair("PR-290: base a22250df9, head f31aca2d4 (the pipeline's own launches, 2 per workload)", bench("a22250df9"), bench("f31aca2d4")),
  pair("a22250df9 (PR-290 base) against 8337e4cd3 (recent main): json, csv, sql runs and the 2 pipeline launches (5 per workload)", full("a22250df9"), full("8337e4cd3"))
)
writeLines(c('{', sprintf('  "generator": "scripts/gen-ik-fixed-n-fixture.R, %s",', R.version.string),
             '  "pairs": [', paste(pairs, collapse = ",\n"), '  ]', '}'), "fixtures/stats/ik-fixed-n.json")

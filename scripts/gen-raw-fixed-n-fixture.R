# Reference values for `analyze --base … --head …` on raw llama-bench files: one look at the blocks
# given, R's wilcox.test(conf.int = TRUE) on d = ln B − ln A at the fixed-n 90% level (α = 0.05 one
# sided each way). Writes fixtures/stats/raw-fixed-n.json. Run: Rscript scripts/gen-raw-fixed-n-fixture.R
set.seed(19)
num <- function(x) sprintf("%.17g", x)
arr <- function(x) paste0("[", paste(sprintf("%.15g", x), collapse = ", "), "]")
one <- function(name, n, ratio, sd_a, sd_d) {
  a <- round(100 * exp(rnorm(n, 0, sd_a)), 3)
  b <- round(a * ratio * exp(rnorm(n, 0, sd_d)), 3)
  d <- log(b) - log(a)
  w <- suppressWarnings(wilcox.test(d, conf.int = TRUE, conf.level = 0.9))
  sprintf('    {"name": "%s", "a": %s, "b": %s, "conf_level": 0.9, "exact": %s, "estimate_ratio": %s, "ci_ratio": [%s, %s]}',
          name, arr(a), arr(b), tolower(as.character(length(unique(abs(d))) == n && n < 50)),
          num(exp(w$estimate)), num(exp(w$conf.int[1])), num(exp(w$conf.int[2])))
}
cases <- c(
  one("tg128", 40, 0.99, 0.02, 0.03),
  one("pp512", 24, 1.00, 0.01, 0.004)
)
writeLines(c('{', sprintf('  "generator": "scripts/gen-raw-fixed-n-fixture.R, %s", ', R.version.string),
             '  "cases": [', paste(cases, collapse = ",\n"), '  ]', '}'), "fixtures/stats/raw-fixed-n.json")

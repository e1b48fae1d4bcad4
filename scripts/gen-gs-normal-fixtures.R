#!/usr/bin/env Rscript
# Normal-theory group-sequential boundaries from R's rpact (Debian: r-cran-rpact):
# fixtures/stats/gs-normal.json, checked by test/stats/reference-gs.test.ts against
# src/stats/gs-normal.ts. One-sided efficacy boundaries, Lan-DeMets spending:
# typeOfDesign "asOF" (O'Brien-Fleming type) and "asP" (Pocock type).
# Run: Rscript scripts/gen-gs-normal-fixtures.R
suppressMessages(library(rpact))

designs <- list(
  list(alpha = 0.025, spending = "obf", t = c(1, 2, 3) / 3),
  list(alpha = 0.025, spending = "pocock", t = c(1, 2, 3) / 3),
  list(alpha = 0.05, spending = "obf", t = c(5, 10, 20, 30) / 30),
  list(alpha = 0.05, spending = "pocock", t = c(5, 10, 20, 30) / 30),
  list(alpha = 0.05, spending = "obf", t = c(5, 10, 20, 30) / 60),
  list(alpha = 0.05, spending = "pocock", t = c(5, 10, 20, 30, 37, 52, 60) / 60),
  list(alpha = 0.05 / 3, spending = "pocock", t = c(7, 13, 20, 41, 90, 120) / 120),
  list(alpha = 0.05, spending = "obf", t = (2:20) / 20),
  list(alpha = 0.05, spending = "pocock", t = (2:20) / 20)
)

num <- function(x) paste0("[", paste(sprintf("%.15g", x), collapse = ","), "]")
out <- character(0)
for (d in designs) {
  g <- getDesignGroupSequential(
    kMax = length(d$t), alpha = d$alpha, sided = 1, informationRates = d$t,
    typeOfDesign = if (d$spending == "obf") "asOF" else "asP"
  )
  out <- c(out, sprintf('{"alpha":%.15g,"spending":"%s","fractions":%s,"z":%s,"spent":%s}',
    d$alpha, d$spending, num(d$t), num(g$criticalValues), num(g$alphaSpent)))
}
path <- file.path(dirname(sub("--file=", "", grep("--file=", commandArgs(FALSE), value = TRUE))), "..", "fixtures", "stats", "gs-normal.json")
writeLines(sprintf('{"generator":"scripts/gen-gs-normal-fixtures.R (rpact %s)","designs":[\n%s\n]}',
  as.character(packageVersion("rpact")), paste(out, collapse = ",\n")), path)
cat("wrote", normalizePath(path), "\n")

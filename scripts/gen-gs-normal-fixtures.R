#!/usr/bin/env Rscript
# Normal-theory group-sequential boundaries from R's rpact (Debian: r-cran-rpact):
# fixtures/stats/gs-normal.json, checked by test/stats/reference-gs.test.ts against
# src/stats/gs-normal.ts. One-sided efficacy boundaries, Lan-DeMets spending:
# typeOfDesign "asOF" (O'Brien-Fleming type) and "asP" (Pocock type); the two curves of the `split`
# design ("reserve": Pocock type over the first half of the horizon up to 95% of alpha, then linear;
# "reserve-hsd": Hwang-Shih-DeCani gamma = -1 over the first half, then linear) as "asUser" designs
# given their cumulative alpha at each look, written here from their definitions (src/stats/spending.ts).
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
  list(alpha = 0.05, spending = "pocock", t = (2:20) / 20),
  list(alpha = 0.05, spending = "reserve", t = c(10, 12, 15, 20, 30) / 60),
  list(alpha = 0.05, spending = "reserve-hsd", t = c(10, 12, 15, 20, 30) / 60),
  list(alpha = 0.05, spending = "reserve-hsd", t = c(10, 12, 15, 20, 30, 41, 60) / 60),
  list(alpha = 0.05 / 8, spending = "reserve-hsd", t = c(10, 12, 15, 20, 30) / 60)
)

reserve <- 0.05
gamma <- -1
user <- function(kind, alpha, t) {
  tail <- alpha * (1 - reserve * (2 - 2 * t))
  shape <- if (kind == "reserve") log(1 + (exp(1) - 1) * 2 * t) else (1 - exp(-gamma * 2 * t)) / (1 - exp(-gamma))
  ifelse(t > 0.5, tail, (1 - reserve) * alpha * shape)
}

num <- function(x) paste0("[", paste(sprintf("%.15g", x), collapse = ","), "]")
out <- character(0)
for (d in designs) {
  g <- if (d$spending %in% c("reserve", "reserve-hsd")) {
    a <- user(d$spending, d$alpha, d$t)
    # asUser spends a[k] by look k; its alpha is what the last look reaches (the horizon may lie beyond it)
    getDesignGroupSequential(kMax = length(d$t), alpha = a[length(a)], sided = 1, informationRates = d$t,
      typeOfDesign = "asUser", userAlphaSpending = a)
  } else {
    getDesignGroupSequential(
      kMax = length(d$t), alpha = d$alpha, sided = 1, informationRates = d$t,
      typeOfDesign = if (d$spending == "obf") "asOF" else "asP"
    )
  }
  out <- c(out, sprintf('{"alpha":%.15g,"spending":"%s","fractions":%s,"z":%s,"spent":%s}',
    d$alpha, d$spending, num(d$t), num(g$criticalValues), num(g$alphaSpent)))
}
path <- file.path(dirname(sub("--file=", "", grep("--file=", commandArgs(FALSE), value = TRUE))), "..", "fixtures", "stats", "gs-normal.json")
writeLines(sprintf('{"generator":"scripts/gen-gs-normal-fixtures.R (rpact %s)","designs":[\n%s\n]}',
  as.character(packageVersion("rpact")), paste(out, collapse = ",\n")), path)
cat("wrote", normalizePath(path), "\n")

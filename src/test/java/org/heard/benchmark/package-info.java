/**
 * Heard's benchmark: {@link org.heard.benchmark.DataGenerator} bulk-loads organisations, staff and
 * interviews (with consent records, answers, ratings, a valid audit chain and themes) into a migrated
 * MySQL/MariaDB database; {@link org.heard.benchmark.LoadDriver} drives virtual interviewers,
 * supervisors and analysts against Heard on loopback, bounded in count and time, and
 * {@link org.heard.benchmark.ArrivalCheck} proves that every autosaved answer and every submitted
 * interview arrived, and {@link org.heard.benchmark.ChainReplay} re-seals generated audit events to prove
 * the chains valid. {@link org.heard.benchmark.Benchmark} is the command line; see
 * {@code docs/performance.md}.
 */
package org.heard.benchmark;

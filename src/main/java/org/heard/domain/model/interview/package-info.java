/**
 * The interview aggregate: an interview with a family, its consent records (never
 * updated in place), answers and ratings, support offered, safeguarding concerns,
 * the definitions opened, and the append-only log of changes after submission.
 */
package org.heard.domain.model.interview;

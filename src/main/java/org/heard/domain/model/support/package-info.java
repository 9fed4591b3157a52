/** Practical and emotional support options that interviewers read out at the end of an interview. */
package org.heard.domain.model.support;

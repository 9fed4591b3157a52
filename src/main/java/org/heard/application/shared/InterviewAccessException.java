package org.heard.application.shared;

import org.heard.domain.shared.NotFoundException;

/** The caller may not do this to this interview (e.g. an interviewer editing someone else's). */
public class InterviewAccessException extends NotFoundException {

    private static final long serialVersionUID = 1L;
}

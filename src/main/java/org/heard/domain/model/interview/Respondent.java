package org.heard.domain.model.interview;

/** Who is answering. */
public enum Respondent {
    PARENT,
    CARER,
    KINSHIP_CARER,
    OTHER_FAMILY_MEMBER
}

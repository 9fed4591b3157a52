-- Reference data for the interviewer's journey, written from the relationship-based
-- practice evaluation framework: the Appendix 1 script for parents and carers (version 1),
-- its rating statements and scale, the glossary (definitions version 1), the default
-- confidentiality and data storage statement, and the default support options.
-- Portable SQL: runs on MySQL 8, MariaDB 10.11 and H2 in MySQL mode.

-- The script: Appendix 1, parents and carers, version 1. The introduction is read aloud
-- at the start, in the framework's own words.
INSERT INTO script (code, version, title, introduction, status, created_at, published_at) VALUES ('parents-carers', 1, 'Parents and carers — Appendix 1', 'This set of questions was created by families and social workers across Brighton & Hove and East Sussex who are passionate about working together and making positive change. We would like to learn about your experience of your relationship with your current social worker (or most recent if you no longer have a social worker).

It is really important to hear your views so that we can understand the relationships we have with families and improve them wherever possible. You can choose to remain anonymous, give us your name and your social worker’s name, or you can just give us your social worker’s details.

Giving your name: the evaluation can be used to monitor and improve current working relationships between families and workers. The evaluations (positive or negative) will be reviewed in supervisions between workers and managers so that examples of good relationship-based practice can be celebrated, and workers are supported in creative ways when matters are raised. For example, offering meetings between worker and family, training, or review of workloads.

Giving the social worker’s name only: this will not identify you directly but ensures that your information is shared with the social worker and manager and reviewed in supervisions.

Remaining anonymous: this will assist in wider service development and inform focus groups and organisational action plans for change.

You do not have to answer all the questions if you don’t want to, but please answer the ones that are important or relevant to you.', 'PUBLISHED', '2026-11-22 00:00:00.000000', '2026-11-22 00:00:00.000000');

-- Question 1: the family's situation and the team involved.
INSERT INTO script_question (script_id, number, kind, title, read_aloud, prompts, guidance) VALUES ((SELECT id FROM script WHERE code = 'parents-carers' AND version = 1), 1, 'FREE_TEXT', 'Your family’s situation and team', 'Can you briefly tell me what the current situation is with your family in terms of social work involvement, and what team you are working with. How long has the social worker been involved?', '- “Social work involvement” means the way a social worker is working with your family: for example Early Help, Child in Need, Child Protection, your children being in care, or help from the disability team.
- Which team is your social worker in, if you know?
- How long has your social worker been working with your family?
- If you no longer have a social worker, you can tell me about the most recent one.', 'If the team becomes clear, note it in the set-up; do not ask for the names of the social worker, children or anyone else here. If anything makes you think a child may be at risk, use “Raise a safeguarding concern”. Remind the family that any question can be skipped, and record their own words, not a summary.');

-- Question 2: the five attributes of relationship-based practice, each rated 1 to 5.
INSERT INTO script_question (script_id, number, kind, title, read_aloud, prompts, guidance) VALUES ((SELECT id FROM script WHERE code = 'parents-carers' AND version = 1), 2, 'RATINGS', 'Your relationship with your social worker', 'Parents and professionals have worked together to come up with the following characteristics of good social work practice. Is this your experience of your relationship with your social worker? Please score each attribute from 1 to 5.', '- There are no right or wrong answers: it is about your own experience.
- Think about your current social worker, or the most recent one.
- Would you like me to explain what a word such as “trust” means here?
- What made you choose that score?
- If you would rather not score a statement, just say so and we will move on.', 'Read each statement, then the scale from 1 (strongly disagree) to 5 (strongly agree), and record “Not answered” if the family prefers not to say. Write anything they say about the statements in the comments box. Remind the family that any question can be skipped, and record their own words, not a summary.');

-- Question 3: rights, complaints and what to expect.
INSERT INTO script_question (script_id, number, kind, title, read_aloud, prompts, guidance) VALUES ((SELECT id FROM script WHERE code = 'parents-carers' AND version = 1), 3, 'FREE_TEXT', 'Your rights and complaints', 'Did your social worker explain your rights (including how to make a complaint), and what to expect from having social work involvement? Tell me about your experience of this and anything else that would have helped you to understand what was happening.', '- Were you given a leaflet or other information about your rights?
- Do you know how to make a complaint if you want to?
- Did your social worker explain what would happen while they were involved?
- What would have helped you to understand what was happening?', 'Do not give legal advice. If the family wants to complain or needs help, tell them you will go through the support options at the end. Remind the family that any question can be skipped, and record their own words, not a summary.');

-- Question 4: the impact of the relationship, positive and negative.
INSERT INTO script_question (script_id, number, kind, title, read_aloud, prompts, guidance) VALUES ((SELECT id FROM script WHERE code = 'parents-carers' AND version = 1), 4, 'FREE_TEXT', 'The impact on your family', 'How has the relationship with your social worker made an impact on you and your family? Please consider both positive and negative impacts.', '- What has been good about the relationship for you and your family?
- Has anything been harder, or made things worse?
- Has anything changed for you or your children because of it?', 'Give the family time, as this question can bring up strong feelings, and offer a pause if they need one. If anything makes you think a child may be at risk, use “Raise a safeguarding concern”. Remind the family that any question can be skipped, and record their own words, not a summary.');

-- Question 5: other people in Children's Services.
INSERT INTO script_question (script_id, number, kind, title, read_aloud, prompts, guidance) VALUES ((SELECT id FROM script WHERE code = 'parents-carers' AND version = 1), 5, 'FREE_TEXT', 'Other people in Children’s Services', 'What is your feedback about other people you have had contact with in Children’s Services? For example, communication with reception or admin staff, social work manager or independent reviewing officer.', '- How were you treated when you phoned, visited or spoke to reception or admin staff?
- Have you had any contact with the social work manager? How was it?
- If your child is in care, what has it been like with the independent reviewing officer?', 'Record roles rather than names, unless the family chose to give names. Remind the family that any question can be skipped, and record their own words, not a summary.');

-- Question 6: one thing to change, now or for future families.
INSERT INTO script_question (script_id, number, kind, title, read_aloud, prompts, guidance) VALUES ((SELECT id FROM script WHERE code = 'parents-carers' AND version = 1), 6, 'FREE_TEXT', 'One thing to change', 'If you could change one thing about the service from your social worker what would it be? If you have more than one, please include. This could be right now for you and your family, or in the future to help other families.', '- Is there something that would make a difference for your family right now?
- Is there something that would help other families in the future?
- If you have more than one idea, tell me all of them.', 'Record every change the family mentions. Remind the family that any question can be skipped, and record their own words, not a summary.');

-- Question 7: anything else.
INSERT INTO script_question (script_id, number, kind, title, read_aloud, prompts, guidance) VALUES ((SELECT id FROM script WHERE code = 'parents-carers' AND version = 1), 7, 'FREE_TEXT', 'Anything else', 'Is there anything else you would like to tell us?', '- Is there anything we have not covered that matters to you?
- Is there anything you would like to add to an earlier answer?', 'Thank the family for their time before you move on to support. If anything makes you think a child may be at risk, use “Raise a safeguarding concern”. Remind the family that any question can be skipped, and record their own words, not a summary.');

-- The five statements of question 2, in the framework's order and words.
INSERT INTO script_rating_statement (question_id, position, text) VALUES ((SELECT q.id FROM script_question q JOIN script s ON s.id = q.script_id WHERE s.code = 'parents-carers' AND s.version = 1 AND q.number = 2), 1, 'My social worker understands my family and our unique circumstances');
INSERT INTO script_rating_statement (question_id, position, text) VALUES ((SELECT q.id FROM script_question q JOIN script s ON s.id = q.script_id WHERE s.code = 'parents-carers' AND s.version = 1 AND q.number = 2), 2, 'My social worker is skilled at building relationships');
INSERT INTO script_rating_statement (question_id, position, text) VALUES ((SELECT q.id FROM script_question q JOIN script s ON s.id = q.script_id WHERE s.code = 'parents-carers' AND s.version = 1 AND q.number = 2), 3, 'My social worker acts in ways that allows me to put my trust in them');
INSERT INTO script_rating_statement (question_id, position, text) VALUES ((SELECT q.id FROM script_question q JOIN script s ON s.id = q.script_id WHERE s.code = 'parents-carers' AND s.version = 1 AND q.number = 2), 4, 'My social worker practices sensitively and professionally - for example, is present and focused when with me and aware of how their words and actions impact on me');
INSERT INTO script_rating_statement (question_id, position, text) VALUES ((SELECT q.id FROM script_question q JOIN script s ON s.id = q.script_id WHERE s.code = 'parents-carers' AND s.version = 1 AND q.number = 2), 5, 'My social worker works alongside me');

-- The rating scale, 1 to 5, as the framework gives it.
INSERT INTO script_scale_label (script_id, value, label) VALUES ((SELECT id FROM script WHERE code = 'parents-carers' AND version = 1), 1, 'Strongly disagree');
INSERT INTO script_scale_label (script_id, value, label) VALUES ((SELECT id FROM script WHERE code = 'parents-carers' AND version = 1), 2, 'Disagree');
INSERT INTO script_scale_label (script_id, value, label) VALUES ((SELECT id FROM script WHERE code = 'parents-carers' AND version = 1), 3, 'Neither agree nor disagree');
INSERT INTO script_scale_label (script_id, value, label) VALUES ((SELECT id FROM script WHERE code = 'parents-carers' AND version = 1), 4, 'Agree');
INSERT INTO script_scale_label (script_id, value, label) VALUES ((SELECT id FROM script WHERE code = 'parents-carers' AND version = 1), 5, 'Strongly agree');

-- Glossary terms with their variants ('|'-separated, NULL if none).
INSERT INTO glossary_term (term, variants) VALUES ('trust', 'trustworthy');
INSERT INTO glossary_term (term, variants) VALUES ('relationship-based practice', 'relationship based practice');
INSERT INTO glossary_term (term, variants) VALUES ('understands my family', 'understanding the individual family|understands my family and our unique circumstances');
INSERT INTO glossary_term (term, variants) VALUES ('building relationships', 'building relationship|skilled at building relationships');
INSERT INTO glossary_term (term, variants) VALUES ('sensitive and professional', 'sensitively and professionally|practices sensitively and professionally');
INSERT INTO glossary_term (term, variants) VALUES ('works alongside me', 'working together|work alongside me');
INSERT INTO glossary_term (term, variants) VALUES ('social work involvement', NULL);
INSERT INTO glossary_term (term, variants) VALUES ('rights', 'your rights');
INSERT INTO glossary_term (term, variants) VALUES ('complaint', 'complain|make a complaint');
INSERT INTO glossary_term (term, variants) VALUES ('Children’s Services', 'Children''s Services|childrens services');
INSERT INTO glossary_term (term, variants) VALUES ('independent reviewing officer', 'IRO');
INSERT INTO glossary_term (term, variants) VALUES ('Expert by Experience', 'Experts by Experience');
INSERT INTO glossary_term (term, variants) VALUES ('anonymous', 'anonymously|remain anonymous|remaining anonymous');
INSERT INTO glossary_term (term, variants) VALUES ('confidentiality', 'confidential');

-- Glossary definitions, version 1, drawn from the framework's own words
-- (the five Q2 attributes from its "traits, values and behaviours" section).
INSERT INTO glossary_definition (term_id, version, text, created_at) VALUES ((SELECT id FROM glossary_term WHERE term = 'trust'), 1, 'A social worker builds trust through respect and respecting differences, having enough time to be present, honesty, being clear about purpose and boundaries, being straightforward, treating everyone equally, and knowing their subject rather than bluffing.', '2026-11-22 00:00:00.000000');
INSERT INTO glossary_definition (term_id, version, text, created_at) VALUES ((SELECT id FROM glossary_term WHERE term = 'relationship-based practice'), 1, 'A way of doing social work where the social worker’s relationship with your family is seen as the most powerful tool to help your family make changes. The relationship should be built on trust, understanding and kindness, with the social worker using their power with care, so that you feel respected, listened to, understood and heard.', '2026-11-22 00:00:00.000000');
INSERT INTO glossary_definition (term_id, version, text, created_at) VALUES ((SELECT id FROM glossary_term WHERE term = 'understands my family'), 1, 'A social worker who understands your family sees you and your family as unique people with your own circumstances. They do not judge you, they are aware of and respect your culture, they ask the important questions, and they bring their own life experience and a real interest in your family.', '2026-11-22 00:00:00.000000');
INSERT INTO glossary_definition (term_id, version, text, created_at) VALUES ((SELECT id FROM glossary_term WHERE term = 'building relationships'), 1, 'A social worker who is good at building relationships is human, not a robot: friendly, straightforward, aware of feelings, with a sense of humour, and confident enough to say when they are having a bad day. They do not use jargon, they find common ground, they take your feelings seriously, and they can talk to a child at the child’s level.', '2026-11-22 00:00:00.000000');
INSERT INTO glossary_definition (term_id, version, text, created_at) VALUES ((SELECT id FROM glossary_term WHERE term = 'sensitive and professional'), 1, 'A social worker who works sensitively and professionally is present and focused when they are with you, and thinks about how their words and actions affect you. They understand feelings, know that some questions can be upsetting, and are aware of the power their role gives them while treating you as an equal. Their manager and team support them so that they can do their job well.', '2026-11-22 00:00:00.000000');
INSERT INTO glossary_definition (term_id, version, text, created_at) VALUES ((SELECT id FROM glossary_term WHERE term = 'works alongside me'), 1, 'A social worker who works alongside you helps you feel confident to make your own decisions, gives you choices, and makes it easy to say when you are having a bad day. They are flexible, patient, open and fair, make time for you, plan ahead and check things out with you, and notice your strengths.', '2026-11-22 00:00:00.000000');
INSERT INTO glossary_definition (term_id, version, text, created_at) VALUES ((SELECT id FROM glossary_term WHERE term = 'social work involvement'), 1, 'The reason a social worker is working with your family. It could be Early Help (support early on, before problems get bigger), Child in Need (extra help for a child who needs it), Child Protection (when there are worries a child could be harmed), looking after children in care, or help from the disability team for a disabled child.', '2026-11-22 00:00:00.000000');
INSERT INTO glossary_definition (term_id, version, text, created_at) VALUES ((SELECT id FROM glossary_term WHERE term = 'rights'), 1, 'What you are entitled to while a social worker is working with your family, such as being told what is happening and what to expect, having your views heard, and being able to make a complaint. Your social worker should explain your rights to you.', '2026-11-22 00:00:00.000000');
INSERT INTO glossary_definition (term_id, version, text, created_at) VALUES ((SELECT id FROM glossary_term WHERE term = 'complaint'), 1, 'Telling the local authority formally that you are unhappy with the service you have had, so that it is looked into. Your social worker should explain how to make a complaint.', '2026-11-22 00:00:00.000000');
INSERT INTO glossary_definition (term_id, version, text, created_at) VALUES ((SELECT id FROM glossary_term WHERE term = 'Children’s Services'), 1, 'The part of the local authority (the council) that works with children and families. It includes social workers and their managers, reception and admin staff, and independent reviewing officers.', '2026-11-22 00:00:00.000000');
INSERT INTO glossary_definition (term_id, version, text, created_at) VALUES ((SELECT id FROM glossary_term WHERE term = 'independent reviewing officer'), 1, 'An experienced social worker who is independent of your family’s social worker. They chair the reviews for a child in care and check that the child’s plan meets their needs.', '2026-11-22 00:00:00.000000');
INSERT INTO glossary_definition (term_id, version, text, created_at) VALUES ((SELECT id FROM glossary_term WHERE term = 'Expert by Experience'), 1, 'A parent or carer who has had a social worker themselves and has been trained to help other families give their views, for example by doing these interviews.', '2026-11-22 00:00:00.000000');
INSERT INTO glossary_definition (term_id, version, text, created_at) VALUES ((SELECT id FROM glossary_term WHERE term = 'anonymous'), 1, 'Taking part without giving your name or your social worker’s name. Your answers are then used only to help improve the whole service, for example in focus groups and plans for change, and cannot be traced back to you.', '2026-11-22 00:00:00.000000');
INSERT INTO glossary_definition (term_id, version, text, created_at) VALUES ((SELECT id FROM glossary_term WHERE term = 'confidentiality'), 1, 'Keeping what you tell us private: it is only shared in the ways explained to you before you agree to take part. The one exception is if we think a child may be at risk of harm.', '2026-11-22 00:00:00.000000');

-- The default confidentiality and data storage statement (organisation NULL, version 1).
-- sha256 is the lowercase hex SHA-256 of the UTF-8 bytes of the text exactly as stored.
INSERT INTO confidentiality_statement (organisation_id, version, text, sha256, status, created_at, published_at) VALUES (NULL, 1, 'Before we start, I need to tell you what happens to what you say, so that you can decide how you want to take part.

I will write down your answers, in your own words. We ask families about their relationship with their social worker so that we can improve the relationships between families and social workers, now and in the future.

You can choose one of three ways to take part.

If you give your name, your answers will be shared with your social worker and their manager and talked about in supervision, to celebrate good practice and to support change.

If you give only your social worker’s name, your answers will be shared with your social worker and their manager, but you will not be identified.

If you stay anonymous, your answers will only be used to look at themes across the whole service, by the Quality Assurance team, who are not involved in your family’s case.

Your answers are stored securely by the local authority, and only people who need to see them can. They are kept for the local authority’s retention period, normally two years after the interview, and then deleted.

You do not have to answer every question. You can skip any question, and you can stop the interview at any time.

If you change your mind later, you can withdraw. Contact the service using the details on the leaflet and quote the reference number I will give you, and your answers will be deleted.

At the end, I will tell you about the support that is available to you.

There is one limit to confidentiality. If you tell me something that makes me think a child may be at risk of harm, I must share it with the people whose job is to keep children safe. If that happens, we will tell you.', 'eb72ccdafd9941a4b0e26454a0a3811807832d97f40ceb513f7f9d3318241b8a', 'PUBLISHED', '2026-11-22 00:00:00.000000', '2026-11-22 00:00:00.000000');

-- The default support options read out at the end of an interview (organisation NULL).
INSERT INTO support_option (organisation_id, position, name, description, contact, active) VALUES (NULL, 1, 'Your social worker', 'Your allocated social worker can help with questions about your family’s plan and the practical support available to you.', 'Through the phone number on letters from Children’s Services.', TRUE);
INSERT INTO support_option (organisation_id, position, name, description, contact, active) VALUES (NULL, 2, 'The social work manager', 'The manager of your social worker’s team, if you would like to talk to someone else about your social worker or your family’s plan.', 'Through the team’s duty phone number.', TRUE);
INSERT INTO support_option (organisation_id, position, name, description, contact, active) VALUES (NULL, 3, 'An independent advocacy service', 'Free, independent help to have your say and be heard in meetings and decisions about your family, from the advocacy service the local authority pays for.', 'Through the local authority’s advocacy service; the details are on the leaflet.', TRUE);
INSERT INTO support_option (organisation_id, position, name, description, contact, active) VALUES (NULL, 4, 'Emotional support: Samaritans', 'Free, confidential support for anyone who is struggling to cope, 24 hours a day, every day.', 'Call 116 123, free, at any time.', TRUE);
INSERT INTO support_option (organisation_id, position, name, description, contact, active) VALUES (NULL, 5, 'Emotional support: Family Lives helpline', 'Free advice and support for parents and carers on any part of family life.', 'Call 0808 800 2222.', TRUE);

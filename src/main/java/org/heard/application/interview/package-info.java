/**
 * The interviewer's use cases, one service each: setting an interview up
 * ({@code InterviewSetup}), recording consent ({@code ConsentService}), saving
 * answers and ratings as they are typed ({@code AnswerService}), a safeguarding
 * concern ({@code ConcernService}), support, submission and stopping
 * ({@code InterviewClosing}); the checks they share ({@code InterviewAccess}),
 * their audit entries ({@code InterviewEvents}); and the glossary definitions
 * the interview pages show.
 */
package org.heard.application.interview;

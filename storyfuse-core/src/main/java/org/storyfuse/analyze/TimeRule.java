package org.storyfuse.analyze;

/**
 * One family of time expressions that {@link TimeRules} tries at each token, such as weekdays,
 * clock times or durations. A family is a small stateless class with a static {@code at} method;
 * families call each other where one expression holds another ("early March", "08:50 on Tuesday").
 */
@FunctionalInterface
interface TimeRule {

  /** The family's expression starting at token {@code i} of the sentence, or null. */
  TimeRules.Found at(TimeReading sentence, int i);
}

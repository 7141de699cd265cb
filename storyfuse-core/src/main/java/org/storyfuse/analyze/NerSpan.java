package org.storyfuse.analyze;

/**
 * A named-entity or time mention as CoreNLP found it.
 *
 * @param start      first token index (inclusive)
 * @param end        last token index (exclusive)
 * @param tag        NER label
 * @param timexType  TIMEX3 type for DATE/TIME/DURATION/SET mentions, else null
 * @param timexValue TIMEX3 value, else null
 */
record NerSpan(int start, int end, String tag, String timexType, String timexValue) {}

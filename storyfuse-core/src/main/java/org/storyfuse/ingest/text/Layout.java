package org.storyfuse.ingest.text;

import java.util.List;

/**
 * Where things are in a text dump.
 *
 * @param header     paragraph candidates before the first body paragraph (title, byline, kickers)
 * @param body       paragraph candidates of the article body, in order, before any cleaning
 * @param bodyStart  line index of the first body paragraph (the number of lines when there is none)
 * @param cut        line index where the body ends for good (the number of lines when it never does)
 */
record Layout(List<Unit> header, List<Unit> body, int bodyStart, int cut) {}

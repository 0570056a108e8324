package dev.tidings.content;

/** Reads one page's text for its typography, run by run in the page's order ({@link Typography#start}). */
interface Typesetter {
    Typeset typeset(String run);
}

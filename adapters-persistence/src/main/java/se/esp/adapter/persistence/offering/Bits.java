package se.esp.adapter.persistence.offering;

import java.util.Arrays;

/**
 * A growable set of small non-negative integers as a bit array, with the one operation the catalogue's facets
 * need most: the size of an intersection without building it.
 */
final class Bits {

    private long[] words;

    Bits(int capacity) {
        words = new long[Math.max(1, (capacity + 63) >>> 6)];
    }

    private Bits(long[] words) {
        this.words = words;
    }

    void set(int bit) {
        int word = bit >>> 6;
        if (word >= words.length) {
            words = Arrays.copyOf(words, Math.max(word + 1, words.length * 2));
        }
        words[word] |= 1L << bit;
    }

    void clear(int bit) {
        int word = bit >>> 6;
        if (word < words.length) {
            words[word] &= ~(1L << bit);
        }
    }

    boolean get(int bit) {
        int word = bit >>> 6;
        return word < words.length && (words[word] & (1L << bit)) != 0;
    }

    /** The first member at or after {@code from}; -1 when there is none. */
    int nextSetBit(int from) {
        int word = from >>> 6;
        if (word >= words.length) {
            return -1;
        }
        long bits = words[word] & (-1L << from);
        while (true) {
            if (bits != 0) {
                return (word << 6) + Long.numberOfTrailingZeros(bits);
            }
            if (++word == words.length) {
                return -1;
            }
            bits = words[word];
        }
    }

    Bits copy() {
        return new Bits(words.clone());
    }

    /** Keeps only the members also in {@code other}. */
    void and(Bits other) {
        int common = Math.min(words.length, other.words.length);
        for (int i = 0; i < common; i++) {
            words[i] &= other.words[i];
        }
        Arrays.fill(words, common, words.length, 0L);
    }

    void or(Bits other) {
        if (other.words.length > words.length) {
            words = Arrays.copyOf(words, other.words.length);
        }
        for (int i = 0; i < other.words.length; i++) {
            words[i] |= other.words[i];
        }
    }

    int cardinality() {
        int count = 0;
        for (long word : words) {
            count += Long.bitCount(word);
        }
        return count;
    }

    /** How many members this and {@code other} have in common. */
    int andCount(Bits other) {
        int common = Math.min(words.length, other.words.length);
        int count = 0;
        for (int i = 0; i < common; i++) {
            count += Long.bitCount(words[i] & other.words[i]);
        }
        return count;
    }

    boolean isEmpty() {
        for (long word : words) {
            if (word != 0) {
                return false;
            }
        }
        return true;
    }
}

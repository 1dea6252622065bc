package org.medinsure.warehouse.generator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic randomness: every choice is drawn from a stream seeded by the corpus seed and the
 * names of what is being generated (county, year, document), so a county's documents are the same
 * whichever other counties are generated with it and in whatever order.
 */
public final class Dice {
    private final SplittableRandom random;

    private Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public static Dice of(long seed, Object... names) {
        long hash = 0xcbf29ce484222325L ^ seed;
        for (Object name : names) {
            for (byte b : String.valueOf(name).getBytes(StandardCharsets.UTF_8)) {
                hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
            }
            hash = (hash ^ 0x1f) * 0x100000001b3L;
        }
        return new Dice(hash);
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    public double between(double low, double high) {
        return low + random.nextDouble() * (high - low);
    }

    public int integer(int low, int highInclusive) {
        return random.nextInt(low, highInclusive + 1);
    }

    public <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** A value spread log-uniformly between low and high: county sizes span an order of magnitude. */
    public double logBetween(double low, double high) {
        return Math.exp(between(Math.log(low), Math.log(high)));
    }
}

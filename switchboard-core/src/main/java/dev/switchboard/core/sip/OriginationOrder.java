package dev.switchboard.core.sip;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * The order in which to try a trunk's origination URLs for one call (spec twilio-sip-media.md §3.2: "lowest
 * {@code priority} tried first; within a priority, load split by {@code weight} share; {@code enabled=false}
 * skipped"). Pure and thread-safe; the randomness comes from the caller's generator, so a seeded one gives a
 * repeatable order in tests.
 */
public final class OriginationOrder {
    private OriginationOrder() {}

    /**
     * The enabled URLs, lowest priority first. Within one priority the order is a weighted random permutation:
     * each place is drawn among the URLs not yet placed with probability weight / (sum of their weights), so a URL
     * with weight 20 comes first twice as often as one with weight 10. A weight below 1 counts as 1 (the REST layer
     * never stores one). Answers an empty list when nothing is enabled: the caller reports 32010.
     */
    public static List<TrunkOriginationUrl> order(List<TrunkOriginationUrl> urls, RandomGenerator random) {
        Map<Integer, List<TrunkOriginationUrl>> byPriority = new TreeMap<>();
        for (TrunkOriginationUrl u : urls) {
            if (u.enabled()) byPriority.computeIfAbsent(u.priority(), p -> new ArrayList<>()).add(u);
        }
        List<TrunkOriginationUrl> out = new ArrayList<>(urls.size());
        for (List<TrunkOriginationUrl> group : byPriority.values()) {
            // a stable starting order, so the same generator state gives the same answer whatever the input order
            group.sort(Comparator.comparing(TrunkOriginationUrl::sid));
            while (!group.isEmpty()) {
                long total = 0;
                for (TrunkOriginationUrl u : group) total += weight(u);
                long pick = random.nextLong(total);
                int i = 0;
                while (pick >= weight(group.get(i))) {
                    pick -= weight(group.get(i));
                    i++;
                }
                out.add(group.remove(i));
            }
        }
        return List.copyOf(out);
    }

    private static long weight(TrunkOriginationUrl u) {
        return Math.max(1, u.weight());
    }
}

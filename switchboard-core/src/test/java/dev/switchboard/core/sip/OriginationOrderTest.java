package dev.switchboard.core.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class OriginationOrderTest {
    private static final Instant T = Instant.parse("2024-05-06T07:08:09Z");

    private static TrunkOriginationUrl url(String name, int priority, int weight, boolean enabled) {
        return new TrunkOriginationUrl("OU" + name, "AC1", "TK1", name, "sip:" + name + "@pbx.example.com", weight,
                priority, enabled, T, T);
    }

    private static List<String> names(List<TrunkOriginationUrl> urls) {
        return urls.stream().map(TrunkOriginationUrl::friendlyName).toList();
    }

    @Test
    void lowestPriorityComesFirstAndDisabledUrlsAreLeftOut() {
        List<TrunkOriginationUrl> urls = List.of(url("backup", 20, 10, true), url("off", 0, 10, false),
                url("primary", 0, 10, true), url("last", 65535, 1, true));

        assertThat(names(OriginationOrder.order(urls, new SplittableRandom(1)))).containsExactly("primary", "backup", "last");
    }

    @Test
    void nothingEnabledGivesNothingToTry() {
        assertThat(OriginationOrder.order(List.of(url("off", 10, 10, false)), new SplittableRandom(1))).isEmpty();
        assertThat(OriginationOrder.order(List.of(), new SplittableRandom(1))).isEmpty();
    }

    @Test
    void theSameSeedGivesTheSameOrderWhateverTheInputOrder() {
        List<TrunkOriginationUrl> urls = new ArrayList<>();
        for (int i = 0; i < 8; i++) urls.add(url("u" + i, i % 2, 10 + i, true));
        List<TrunkOriginationUrl> reversed = new ArrayList<>(urls.reversed());

        List<String> a = names(OriginationOrder.order(urls, new SplittableRandom(42)));
        List<String> b = names(OriginationOrder.order(reversed, new SplittableRandom(42)));
        assertThat(a).isEqualTo(b).hasSize(8);
        assertThat(a.subList(0, 4)).containsExactlyInAnyOrder("u0", "u2", "u4", "u6");
        assertThat(a.subList(4, 8)).containsExactlyInAnyOrder("u1", "u3", "u5", "u7");
    }

    @Test
    void withinAPriorityAUrlComesFirstInProportionToItsWeightShare() {
        List<TrunkOriginationUrl> urls = List.of(url("heavy", 10, 30, true), url("light", 10, 10, true),
                url("other", 20, 65535, true));
        RandomGenerator random = new SplittableRandom(7);
        Map<String, Integer> first = new HashMap<>();
        int runs = 20_000;
        for (int i = 0; i < runs; i++) {
            List<String> order = names(OriginationOrder.order(urls, random));
            assertThat(order.get(2)).isEqualTo("other");
            first.merge(order.get(0), 1, Integer::sum);
        }
        // heavy holds 30 of the 40 weight units of priority 10: first about 75 % of the time
        assertThat(first.get("heavy") / (double) runs).isBetween(0.73, 0.77);
        assertThat(first.get("light") / (double) runs).isBetween(0.23, 0.27);
    }

    @Test
    void aLoneUrlIsAlwaysFirstWhateverItsWeight() {
        for (long seed = 0; seed < 50; seed++) {
            assertThat(names(OriginationOrder.order(List.of(url("only", 0, 1, true)), new SplittableRandom(seed))))
                    .containsExactly("only");
        }
    }
}

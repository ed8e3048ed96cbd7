package dev.switchboard.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FormParamsTest {
    private final FormParams params = FormParams.of(
            "StatusCallbackEvent", "initiated", "To", "+18005551212", "StatusCallbackEvent", "ringing");

    @Test
    void getReturnsTheFirstValue() {
        assertThat(params.get("StatusCallbackEvent")).contains("initiated");
        assertThat(params.get("Missing")).isEmpty();
    }

    @Test
    void allReturnsEveryValueInOrder() {
        assertThat(params.all("StatusCallbackEvent")).containsExactly("initiated", "ringing");
        assertThat(params.all("Missing")).isEmpty();
    }

    @Test
    void namesAreDistinctInOrderOfFirstAppearance() {
        assertThat(params.names()).containsExactly("StatusCallbackEvent", "To");
    }

    @Test
    void addReturnsACopyAndLeavesTheOriginalAlone() {
        FormParams more = params.add("To", "+14155551234");
        assertThat(more.all("To")).containsExactly("+18005551212", "+14155551234");
        assertThat(params.all("To")).containsExactly("+18005551212");
        assertThat(more.size()).isEqualTo(4);
        assertThat(params.size()).isEqualTo(3);
    }

    @Test
    void addAllAppendsInOrder() {
        FormParams joined = FormParams.of("A", "1").addAll(FormParams.of("B", "2", "A", "3"));
        assertThat(joined.entries()).containsExactly(
                new FormParam("A", "1"), new FormParam("B", "2"), new FormParam("A", "3"));
    }

    @Test
    void equalityFollowsTheSequenceOfPairs() {
        assertThat(FormParams.of("A", "1", "B", "2")).isEqualTo(FormParams.builder().add("A", "1").add("B", "2").build())
                .hasSameHashCodeAs(FormParams.of("A", "1", "B", "2"))
                .isNotEqualTo(FormParams.of("B", "2", "A", "1"));
        assertThat(FormParams.builder().build()).isEqualTo(FormParams.empty());
    }

    @Test
    void entriesCannotBeModified() {
        assertThatThrownBy(() -> params.entries().add(new FormParam("x", "y")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> params.names().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void ofRejectsAnOddNumberOfArguments() {
        assertThatThrownBy(() -> FormParams.of("A", "1", "B")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullNamesAndValuesAreRefused() {
        assertThatThrownBy(() -> FormParams.of("A", null)).isInstanceOf(NullPointerException.class);
    }
}

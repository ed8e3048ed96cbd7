package dev.switchboard.it;

import static dev.switchboard.it.AccountsIT.list;
import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.base.Page;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Application;
import dev.switchboard.it.support.ServerPerClass;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PagingIT extends ServerPerClass {
    static List<String> created = new ArrayList<>();

    @BeforeAll
    static void seed() {
        for (int i = 0; i < 7; i++) {
            created.add(Application.creator().setFriendlyName(i % 2 == 0 ? "even" : "odd").create(main).getSid());
        }
    }

    @Test
    void theLibraryFollowsNextPageUriAcrossSeveralPages() {
        List<String> seen = list(Application.reader().pageSize(3).read(main)).stream().map(Application::getSid).toList();
        assertThat(seen).containsExactlyElementsOf(created);
    }

    @Test
    void pagesCarryTwilioEnvelopeUrisAndKeepFilters() {
        Page<Application> first = Application.reader().setFriendlyName("even").pageSize(2).firstPage(main);
        assertThat(first.getRecords()).hasSize(2);
        assertThat(first.hasNextPage()).isTrue();
        assertThat(first.getPageSize()).isEqualTo(2);
        assertThat(first.getNextPageUrl("api")).contains("FriendlyName=even").contains("PageToken=PA");
        Page<Application> second = Application.reader().setFriendlyName("even").pageSize(2).nextPage(first, main);
        assertThat(second.getRecords()).hasSize(2);
        assertThat(second.hasNextPage()).isFalse();
        List<String> evens = new ArrayList<>();
        first.getRecords().forEach(a -> evens.add(a.getSid()));
        second.getRecords().forEach(a -> evens.add(a.getSid()));
        assertThat(evens).containsExactly(created.get(0), created.get(2), created.get(4), created.get(6));
    }
}

package dev.switchboard.server.db;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * A JFR event per group-commit transaction: how many writes it carried and how long it took.
 * Free unless a recording runs; {@code bench calls} reads it to report the write wait.
 */
@Name("switchboard.GroupCommit")
@Label("Group commit")
@Category("Switchboard")
@Description("One transaction of queued call and timeline writes")
@StackTrace(false)
final class GroupCommitEvent extends jdk.jfr.Event {
    @Label("Writes")
    int writes;

    @Label("Failed and rewritten one by one")
    boolean failed;
}

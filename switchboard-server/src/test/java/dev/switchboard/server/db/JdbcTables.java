package dev.switchboard.server.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Test helper: plain JDBC beside the pool, to empty every table or run DDL. */
final class JdbcTables {
    private static final String[] TABLES = {"accounts", "api_keys", "applications", "incoming_phone_numbers", "calls", "call_timeline", "call_notifications", "twiml_bins", "usage_events", "conferences", "conference_participants", "sip_credential_lists", "sip_credentials", "sip_ip_access_control_lists", "sip_ip_addresses", "sip_domains", "sip_domain_mappings", "trunks", "trunk_origination_urls", "trunk_list_mappings", "sip_registrations"};

    private JdbcTables() {}

    static void clear(DatabaseConfig config) {
        for (String table : TABLES) execute(config, "DELETE FROM " + table);
    }

    static void execute(DatabaseConfig config, String sql) {
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}

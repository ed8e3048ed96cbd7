/**
 * Store ports, each with an in-memory twin here and JDBC implementations in the server; one
 * contract test suite (in switchboard-testing) runs against every implementation. JDK only.
 */
package dev.switchboard.core.store;

/**
 * Geography of phone numbers: the {@link dev.switchboard.core.geo.GeoLookup} port and the
 * {@link dev.switchboard.core.geo.GeoInfo} it answers with. Adapters (libphonenumber) live in the
 * server. JDK only: may not import anything outside {@code java.*} and {@code dev.switchboard.core}.
 */
package dev.switchboard.core.geo;

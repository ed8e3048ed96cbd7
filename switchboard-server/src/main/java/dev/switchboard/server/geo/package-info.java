/**
 * Adapter for the {@link dev.switchboard.core.geo.GeoLookup} port: libphonenumber and its offline
 * geocoder, kept behind the port so the core never sees them. Blocks only on the first lookup per
 * country, while the geocoder reads its data from the classpath.
 */
package dev.switchboard.server.geo;

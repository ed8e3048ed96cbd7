/**
 * Twilio's 2010-04-01 REST API: the route table ({@link dev.switchboard.server.api.ApiRoutes}), one
 * small handler per operation in per-resource packages, Basic auth, paging and the one error
 * mapper. Handlers talk to core store ports only, never to JDBC or Javalin directly.
 */
package dev.switchboard.server.api;

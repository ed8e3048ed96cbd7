/** Conferences and their participants as records: what the store keeps and the REST API shows. */
package dev.switchboard.core.conference;

/**
 * The conference runtime: one room per live conference, joined by calls blocked in
 * {@code <Dial><Conference>} (REST-created participants are legs that run exactly that TwiML).
 * The room decides who is in, when the conference starts and ends, and reports conference status
 * callbacks; the store holds what the REST API shows.
 */
package dev.switchboard.server.conferences;

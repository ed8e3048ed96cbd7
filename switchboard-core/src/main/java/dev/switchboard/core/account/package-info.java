/** Directory resources: accounts, API keys, TwiML applications and owned phone numbers. JDK only. */
package dev.switchboard.core.account;

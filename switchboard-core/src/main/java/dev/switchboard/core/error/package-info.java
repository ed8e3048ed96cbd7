/** Twilio error codes as one enum, and the exception that carries them. JDK only. */
package dev.switchboard.core.error;

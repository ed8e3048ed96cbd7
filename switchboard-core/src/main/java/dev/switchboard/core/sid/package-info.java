/** SID format (prefix + 32 hex) and generation. JDK only. */
package dev.switchboard.core.sid;

/** Small text utilities shared by the core packages. JDK only. */
package dev.switchboard.core.text;

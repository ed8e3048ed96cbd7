/**
 * A call leg's media, the top layer of the module: the media clock ({@link dev.switchboard.media.leg.MediaTicker}) and
 * a leg's paced outbound RTP ({@link dev.switchboard.media.leg.LegSender}). May use {@code rtp}, {@code codec}, {@code mix}
 * and {@code audio}; nothing else in the module uses it.
 */
package dev.switchboard.media.leg;

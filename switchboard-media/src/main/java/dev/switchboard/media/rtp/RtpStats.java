package dev.switchboard.media.rtp;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A snapshot of an {@link RtpSession}'s counters.
 *
 * @param received valid RTP packets from the peer
 * @param bytes octets of those packets (whole datagrams)
 * @param malformed datagrams that were not valid RTP (see {@link #lastMalformedReason})
 * @param foreign valid or not, datagrams from another source than the latched peer, dropped unread
 * @param sent packets sent to the peer
 * @param lastSequence the sequence number of the newest valid packet
 * @param ssrc the SSRC of the newest valid packet
 * @param lastMalformedReason why the newest malformed datagram was refused
 */
public record RtpStats(long received, long bytes, long malformed, long foreign, long sent,
    OptionalInt lastSequence, OptionalLong ssrc, Optional<String> lastMalformedReason) {}

package dev.switchboard.server.sip;

import dev.switchboard.media.sdp.AudioCodec;
import dev.switchboard.media.sdp.Negotiated;
import dev.switchboard.media.sdp.SdpNegotiation;
import dev.switchboard.media.sdp.SdpParseException;
import dev.switchboard.media.sdp.SessionDescription;
import dev.switchboard.server.config.SipConfig;
import dev.switchboard.sip.message.Body;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnknownHostException;
import java.nio.channels.DatagramChannel;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * SIP legs' media over the media module: SDP offer/answer for PCMU/PCMA with telephone-event
 * ({@link SdpNegotiation}), and one RTP port per leg from {@code --rtp-ports}.
 */
final class RtpSipMedia implements SipMedia {
    static final List<AudioCodec> CODECS = List.of(AudioCodec.PCMU, AudioCodec.PCMA);

    private final InetAddress bind;
    private final String advertised;
    private final RtpPorts ports;

    private RtpSipMedia(InetAddress bind, String advertised, RtpPorts ports) {
        this.bind = bind;
        this.advertised = advertised;
        this.ports = ports;
    }

    static RtpSipMedia open(SipConfig config, String bind) {
        try {
            InetAddress address = InetAddress.getByName(bind);
            return new RtpSipMedia(address, AdvertisedAddress.pick(address), new RtpPorts(config.rtpLow(), config.rtpHigh()));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind is not an address: " + bind, e);
        }
    }

    @Override
    public Optional<SipMediaSession> answer(Body offer) {
        SessionDescription parsed;
        try {
            parsed = SessionDescription.parse(offer.text());
        } catch (SdpParseException e) {
            return Optional.empty();
        }
        DatagramChannel channel = ports.open(bind);
        int port = ((InetSocketAddress) localAddress(channel)).getPort();
        Optional<Negotiated> n = SdpNegotiation.answer(parsed, advertised, port, CODECS);
        if (n.isEmpty()) {
            close(channel);
            return Optional.empty();
        }
        return Optional.of(new Session(channel, Body.of(n.get().local().write())));
    }

    @Override
    public SipMediaSession offer() {
        DatagramChannel channel = ports.open(bind);
        int port = ((InetSocketAddress) localAddress(channel)).getPort();
        return new Session(channel, Body.of(SdpNegotiation.offer(advertised, port, CODECS, true).write()));
    }

    private static java.net.SocketAddress localAddress(DatagramChannel c) {
        try {
            return c.getLocalAddress();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void close(DatagramChannel c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // nothing to release beyond the socket
        }
    }

    /** Even ports from a range, tried in turn from a moving start; {@code 0}: any free port. */
    static final class RtpPorts {
        private final int low;
        private final int high;
        private int next;

        RtpPorts(int low, int high) {
            this.low = low;
            this.high = high;
            this.next = low + (low & 1);
        }

        DatagramChannel open(InetAddress bind) {
            if (low == 0) return bind(bind, 0).orElseThrow(() -> new UncheckedIOException(new IOException("no free UDP port")));
            int span = (high - low) / 2 + 1;
            for (int i = 0; i < span; i++) {
                int port;
                synchronized (this) {
                    port = next;
                    next = next + 2 > high ? low + (low & 1) : next + 2;
                }
                Optional<DatagramChannel> c = bind(bind, port);
                if (c.isPresent()) return c.get();
            }
            throw new UncheckedIOException(new IOException("every RTP port in " + low + "-" + high + " is in use"));
        }

        private static Optional<DatagramChannel> bind(InetAddress address, int port) {
            try {
                DatagramChannel c = DatagramChannel.open(address instanceof java.net.Inet6Address
                        ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
                try {
                    c.bind(new InetSocketAddress(address, port));
                    return Optional.of(c);
                } catch (IOException e) {
                    c.close();
                    return Optional.empty();
                }
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }

    private record Session(DatagramChannel channel, Body localSdp) implements SipMediaSession {
        @Override public void onDigit(Consumer<Character> sink) {}

        @Override public void close() { RtpSipMedia.close(channel); }
    }
}

package dev.switchboard.server.sip;

import dev.switchboard.media.dtmf.DtmfDetector;
import dev.switchboard.media.rtp.RtpPacket;
import dev.switchboard.media.rtp.RtpPort;
import dev.switchboard.media.rtp.RtpPortPool;
import dev.switchboard.media.rtp.RtpSession;
import dev.switchboard.media.sdp.AudioCodec;
import dev.switchboard.media.sdp.Negotiated;
import dev.switchboard.media.sdp.SdpNegotiation;
import dev.switchboard.media.sdp.SdpParseException;
import dev.switchboard.media.sdp.SessionDescription;
import dev.switchboard.media.sdp.TelephoneEventFormat;
import dev.switchboard.media.audio.PcmAudio;
import dev.switchboard.media.codec.AudioCodecs;
import dev.switchboard.media.leg.LegSender;
import dev.switchboard.media.leg.MediaTicker;
import dev.switchboard.media.mix.PromptFrames;
import dev.switchboard.server.config.SipConfig;
import dev.switchboard.server.media.Prompts;
import java.time.Duration;
import dev.switchboard.sip.message.Body;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * SIP legs' media over the media module: SDP offer/answer for PCMU/PCMA with telephone-event
 * ({@link SdpNegotiation}), one RTP port per leg from {@code --rtp-ports} ({@link RtpPortPool}) with an
 * {@link RtpSession} reading it (symmetric RTP: the first valid source is the peer), and RFC 4733 key presses
 * turned into digits ({@link DtmfDetector}). Outbound, each leg has a {@link LegSender} ticked every 20 ms by the
 * one {@link MediaTicker}: silence, or the prompt that plays ({@code <Say>} through text to speech,
 * {@code <Play>} files, the beep; {@link Prompts}), in the negotiated codec. Received audio is counted and dropped
 * (recording and bridging are the media plane's next step, issue 12).
 */
final class RtpSipMedia implements SipMedia {
    static final List<AudioCodec> CODECS = List.of(AudioCodec.PCMU, AudioCodec.PCMA);
    private static final InetSocketAddress UNKNOWN_PEER = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    private final String advertised;
    private final RtpPortPool ports;
    private final Prompts prompts;
    private final MediaTicker ticker;

    private RtpSipMedia(String advertised, RtpPortPool ports, Prompts prompts, MediaTicker ticker) {
        this.advertised = advertised;
        this.ports = ports;
        this.prompts = prompts;
        this.ticker = ticker;
    }

    static RtpSipMedia open(SipConfig config, String bind) {
        try {
            InetAddress address = InetAddress.getByName(bind);
            RtpPortPool pool = config.rtpLow() == 0 ? RtpPortPool.ephemeral(address)
                    : new RtpPortPool(address, config.rtpLow(), config.rtpHigh());
            return new RtpSipMedia(AdvertisedAddress.pick(address), pool, Prompts.detect(), new MediaTicker(System::nanoTime).start());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind is not an address: " + bind, e);
        }
    }

    /** Ports in use (tests: every call's port is given back). */
    int portsInUse() { return ports.inUse(); }

    @Override
    public Optional<SipMediaSession> answer(Body offer) {
        SessionDescription parsed;
        try {
            parsed = SessionDescription.parse(offer.text());
        } catch (SdpParseException e) {
            return Optional.empty();
        }
        RtpPort port = ports.acquire();
        Optional<Negotiated> n = SdpNegotiation.answer(parsed, advertised, port.port(), CODECS);
        if (n.isEmpty()) {
            port.close();
            return Optional.empty();
        }
        int dtmf = n.get().telephoneEventPayloadType().orElse(-1);
        Session session = new Session(port, n.get().remoteRtp(), dtmf, Body.of(n.get().local().write()), null);
        session.negotiated(n.get());
        return Optional.of(session);
    }

    @Override
    public SipMediaSession offer() {
        RtpPort port = ports.acquire();
        SessionDescription ours = SdpNegotiation.offer(advertised, port.port(), CODECS, true);
        return new Session(port, UNKNOWN_PEER, TelephoneEventFormat.DEFAULT_PAYLOAD_TYPE, Body.of(ours.write()), ours);
    }

    /** Ticks of the media clock that ended past the next one's deadline (an overloaded machine). */
    long lateTicks() { return ticker.late(); }

    /** One leg's port and reader; digits go to whoever {@link #onDigit} named, once it is named. */
    private final class Session implements SipMediaSession {
        private final RtpSession rtp;
        private final Body localSdp;
        private final SessionDescription ourOffer;
        private volatile DtmfDetector detector;
        /** The offer/answer in force (the answer we gave, or our offer with their answer); null before any. */
        private volatile Negotiated current;
        private volatile Consumer<Character> digits = d -> {};
        /** Outbound audio in the codec in force; null until an offer/answer settled one. */
        private volatile LegSender sender;
        private volatile PromptFrames prompt;
        private final Runnable tick = this::tick;

        /** {@code ourOffer}: the offer we sent, when this side offered (its answer comes in {@link #remoteAnswer}). */
        Session(RtpPort port, InetSocketAddress remote, int dtmfPayloadType, Body localSdp, SessionDescription ourOffer) {
            this.localSdp = localSdp;
            this.ourOffer = ourOffer;
            this.detector = dtmfPayloadType < 0 ? null : new DtmfDetector(dtmfPayloadType);
            this.rtp = RtpSession.open(port, remote, this::packet);
        }

        /** The offer/answer in force; the first one starts the outbound stream. */
        void negotiated(Negotiated n) {
            current = n;
            if (sender == null) {
                AudioCodecs codec = n.codec() == AudioCodec.PCMA ? AudioCodecs.PCMA : AudioCodecs.PCMU;
                sender = new LegSender(codec, n.payloadType(), java.util.concurrent.ThreadLocalRandom.current(), rtp::send);
                ticker.add(tick);
            }
        }

        private void tick() {
            if (rtp.isClosed()) return;
            sender.tick();
        }

        private Duration start(PcmAudio audio) {
            PromptFrames next = new PromptFrames(audio);
            PromptFrames before = prompt;
            prompt = next;
            if (before != null) before.stop();
            LegSender s = sender;
            if (s != null) s.play(next);
            return next.length();
        }

        @Override public Duration say(String text, String voice, String language) {
            return start(prompts.say(text, voice, language));
        }

        @Override public Duration play(String url) { return start(prompts.play(url)); }

        @Override public Duration beep() { return start(prompts.beep()); }

        @Override
        public void stopPrompt() {
            PromptFrames p = prompt;
            if (p != null) p.stop();
        }

        private void packet(RtpPacket p) {
            DtmfDetector d = detector;
            if (d == null) return;
            d.accept(p).ifPresent(key -> digits.accept(key));
        }

        @Override
        public void remoteAnswer(Body answer) {
            if (ourOffer == null || answer.isEmpty()) return;
            try {
                SdpNegotiation.accept(ourOffer, SessionDescription.parse(answer.text())).ifPresent(n -> {
                    negotiated(n);
                    if (!n.remoteRtp().getAddress().isAnyLocalAddress()) rtp.retarget(n.remoteRtp());
                    detector = n.telephoneEventPayloadType().isPresent()
                            ? new DtmfDetector(n.telephoneEventPayloadType().getAsInt()) : null;
                });
            } catch (SdpParseException e) {
                // an unreadable answer: keep latching on the first packet that arrives
            }
        }

        @Override public Body localSdp() { return localSdp; }

        @Override
        public Optional<Body> reanswer(Body offer) {
            Negotiated before = current;
            if (before == null) return Optional.of(localSdp);
            try {
                Optional<Negotiated> n = SdpNegotiation.reanswer(SessionDescription.parse(offer.text()), before, CODECS);
                n.ifPresent(next -> {
                    current = next;
                    InetSocketAddress remote = next.remoteRtp();
                    if (!remote.getAddress().isAnyLocalAddress() && !remote.equals(before.remoteRtp())) rtp.retarget(remote);
                });
                return n.map(next -> Body.of(next.local().write()));
            } catch (SdpParseException e) {
                return Optional.empty();
            }
        }

        @Override public void onDigit(Consumer<Character> sink) { this.digits = sink; }

        @Override
        public void close() {
            ticker.remove(tick);
            stopPrompt();
            rtp.close();
        }
    }
}

/**
 * Text to speech for {@code <Say>}: the {@link dev.switchboard.media.tts.Synthesizer} port, its engines (FreeTTS in
 * process and always there; flite through JNA and espeak-ng as a subprocess when installed), the choice of engine
 * per request ({@link dev.switchboard.media.tts.SpeechEngines}), Twilio's voice names
 * ({@link dev.switchboard.media.tts.TwilioVoices}), the SSML subset ({@link dev.switchboard.media.tts.SsmlSubset})
 * and the {@link dev.switchboard.media.tts.PromptCache}. Engines return audio at their native rate; the caller
 * resamples to 8 kHz. Depends only on {@code media.audio}; never imports the RTP, SDP or mixing packages, nor core.
 */
package dev.switchboard.media.tts;

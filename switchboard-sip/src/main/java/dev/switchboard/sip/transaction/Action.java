package dev.switchboard.sip.transaction;

/** What a transition does, in order. Timer actions name their timer; the others are plain steps. */
public sealed interface Action {
  /** Start a timer with its initial value (retransmission timers only on unreliable transports). */
  record Start(TimerName timer) implements Action {}

  /** Restart a retransmission timer with its next interval (doubling, capped as the timer says). */
  record Backoff(TimerName timer) implements Action {}

  /** Restart a retransmission timer at T2 (Timer E in Proceeding, §17.1.2.2). */
  record AtT2(TimerName timer) implements Action {}

  record Stop(TimerName timer) implements Action {}

  /** The steps that are not timers. */
  enum Step implements Action {
    /** (Re)send the request (client). */ SEND_REQUEST,
    /** Build and send the ACK for a non-2xx final response (§17.1.1.3). */ SEND_ACK,
    /** Send the response the TU just gave, and remember it (server). */ SEND_RESPONSE,
    /** Resend the last response sent (server, on a retransmitted request or Timer G). */ SEND_LAST_RESPONSE,
    /** Send 100 Trying (INVITE server, §17.2.1). */ SEND_TRYING,
    /** Hand the message to the TU. */ PASS_TO_TU,
    /** Tell the TU the transaction timed out (Timer B, F, H). */ REPORT_TIMEOUT,
    /** Tell the TU the transport failed. */ REPORT_TRANSPORT_ERROR
  }

  static Action start(TimerName t) { return new Start(t); }

  static Action stop(TimerName t) { return new Stop(t); }

  static Action backoff(TimerName t) { return new Backoff(t); }
}

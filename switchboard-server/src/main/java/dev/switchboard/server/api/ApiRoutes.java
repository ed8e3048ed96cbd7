package dev.switchboard.server.api;

import dev.switchboard.core.store.Stores;
import dev.switchboard.server.api.accounts.CreateAccountHandler;
import dev.switchboard.server.api.accounts.FetchAccountHandler;
import dev.switchboard.server.api.accounts.ListAccountHandler;
import dev.switchboard.server.api.accounts.UpdateAccountHandler;
import dev.switchboard.server.api.applications.CreateApplicationHandler;
import dev.switchboard.server.api.applications.DeleteApplicationHandler;
import dev.switchboard.server.api.applications.FetchApplicationHandler;
import dev.switchboard.server.api.applications.ListApplicationHandler;
import dev.switchboard.server.api.applications.UpdateApplicationHandler;
import dev.switchboard.server.api.bins.CreateTwimlBinHandler;
import dev.switchboard.server.api.bins.DeleteTwimlBinHandler;
import dev.switchboard.server.api.bins.FetchTwimlBinHandler;
import dev.switchboard.server.api.bins.ListTwimlBinHandler;
import dev.switchboard.server.api.bins.UpdateTwimlBinHandler;
import dev.switchboard.server.api.calls.CreateCallHandler;
import dev.switchboard.server.api.calls.DeleteCallHandler;
import dev.switchboard.server.api.calls.UpdateCallHandler;
import dev.switchboard.server.api.conferences.CreateParticipantHandler;
import dev.switchboard.server.api.conferences.DeleteParticipantHandler;
import dev.switchboard.server.api.conferences.FetchConferenceHandler;
import dev.switchboard.server.api.conferences.FetchParticipantHandler;
import dev.switchboard.server.api.conferences.ListConferenceHandler;
import dev.switchboard.server.api.conferences.ListParticipantHandler;
import dev.switchboard.server.api.conferences.UpdateConferenceHandler;
import dev.switchboard.server.api.conferences.UpdateParticipantHandler;
import dev.switchboard.server.api.sip.CreateSipCredentialHandler;
import dev.switchboard.server.api.sip.CreateSipCredentialListHandler;
import dev.switchboard.server.api.sip.DeleteSipCredentialHandler;
import dev.switchboard.server.api.sip.DeleteSipCredentialListHandler;
import dev.switchboard.server.api.sip.FetchSipCredentialHandler;
import dev.switchboard.server.api.sip.FetchSipCredentialListHandler;
import dev.switchboard.server.api.sip.ListSipCredentialHandler;
import dev.switchboard.server.api.sip.ListSipCredentialListHandler;
import dev.switchboard.server.api.sip.UpdateSipCredentialHandler;
import dev.switchboard.server.api.sip.UpdateSipCredentialListHandler;
import dev.switchboard.server.api.sip.CreateSipIpAccessControlListHandler;
import dev.switchboard.server.api.sip.CreateSipIpAddressHandler;
import dev.switchboard.server.api.sip.DeleteSipIpAccessControlListHandler;
import dev.switchboard.server.api.sip.DeleteSipIpAddressHandler;
import dev.switchboard.server.api.sip.FetchSipIpAccessControlListHandler;
import dev.switchboard.server.api.sip.FetchSipIpAddressHandler;
import dev.switchboard.server.api.sip.ListSipIpAccessControlListHandler;
import dev.switchboard.server.api.sip.ListSipIpAddressHandler;
import dev.switchboard.server.api.sip.UpdateSipIpAccessControlListHandler;
import dev.switchboard.server.api.sip.UpdateSipIpAddressHandler;
import dev.switchboard.server.api.sip.CreateSipDomainHandler;
import dev.switchboard.server.api.sip.DeleteSipDomainHandler;
import dev.switchboard.server.api.sip.FetchSipDomainHandler;
import dev.switchboard.server.api.sip.ListSipDomainHandler;
import dev.switchboard.server.api.sip.UpdateSipDomainHandler;
import dev.switchboard.server.api.sip.CreateSipCredentialListMappingHandler;
import dev.switchboard.server.api.sip.ListSipCredentialListMappingHandler;
import dev.switchboard.server.api.sip.FetchSipCredentialListMappingHandler;
import dev.switchboard.server.api.sip.DeleteSipCredentialListMappingHandler;
import dev.switchboard.server.api.sip.CreateSipIpAccessControlListMappingHandler;
import dev.switchboard.server.api.sip.ListSipIpAccessControlListMappingHandler;
import dev.switchboard.server.api.sip.FetchSipIpAccessControlListMappingHandler;
import dev.switchboard.server.api.sip.DeleteSipIpAccessControlListMappingHandler;
import dev.switchboard.server.api.sip.CreateSipAuthCallsCredentialListMappingHandler;
import dev.switchboard.server.api.sip.ListSipAuthCallsCredentialListMappingHandler;
import dev.switchboard.server.api.sip.FetchSipAuthCallsCredentialListMappingHandler;
import dev.switchboard.server.api.sip.DeleteSipAuthCallsCredentialListMappingHandler;
import dev.switchboard.server.api.sip.CreateSipAuthCallsIpAccessControlListMappingHandler;
import dev.switchboard.server.api.sip.ListSipAuthCallsIpAccessControlListMappingHandler;
import dev.switchboard.server.api.sip.FetchSipAuthCallsIpAccessControlListMappingHandler;
import dev.switchboard.server.api.sip.DeleteSipAuthCallsIpAccessControlListMappingHandler;
import dev.switchboard.server.api.sip.CreateSipAuthRegistrationsCredentialListMappingHandler;
import dev.switchboard.server.api.sip.ListSipAuthRegistrationsCredentialListMappingHandler;
import dev.switchboard.server.api.sip.FetchSipAuthRegistrationsCredentialListMappingHandler;
import dev.switchboard.server.api.sip.DeleteSipAuthRegistrationsCredentialListMappingHandler;
import dev.switchboard.server.calls.CallPlacer;
import dev.switchboard.server.config.SipConfig;
import dev.switchboard.server.conferences.ConferenceRooms;
import dev.switchboard.server.calls.LiveCalls;
import dev.switchboard.server.api.calls.FetchCallHandler;
import dev.switchboard.server.api.calls.ListCallHandler;
import dev.switchboard.server.api.keys.CreateKeyHandler;
import dev.switchboard.server.api.keys.DeleteKeyHandler;
import dev.switchboard.server.api.keys.FetchKeyHandler;
import dev.switchboard.server.api.keys.ListKeyHandler;
import dev.switchboard.server.api.keys.UpdateKeyHandler;
import dev.switchboard.server.api.numbers.CreateIncomingPhoneNumberHandler;
import dev.switchboard.server.api.numbers.DeleteIncomingPhoneNumberHandler;
import dev.switchboard.server.api.numbers.FetchIncomingPhoneNumberHandler;
import dev.switchboard.server.api.numbers.ListIncomingPhoneNumberHandler;
import dev.switchboard.server.api.numbers.UpdateIncomingPhoneNumberHandler;
import dev.switchboard.server.api.timeline.FetchCallNotificationHandler;
import dev.switchboard.server.api.timeline.FetchCallTimelineHandler;
import dev.switchboard.server.api.timeline.FetchNotificationHandler;
import dev.switchboard.server.api.timeline.ListCallEventHandler;
import dev.switchboard.server.api.timeline.ListCallNotificationHandler;
import dev.switchboard.server.api.timeline.ListNotificationHandler;
import dev.switchboard.server.api.usage.ListUsageRecordHandler;
import dev.switchboard.server.api.usage.UsagePeriod;
import dev.switchboard.server.api.recordings.CreateCallRecordingHandler;
import dev.switchboard.server.api.recordings.DeleteRecordingHandler;
import dev.switchboard.server.api.recordings.FetchRecordingHandler;
import dev.switchboard.server.api.recordings.FetchRecordingMediaHandler;
import dev.switchboard.server.api.recordings.ListRecordingHandler;
import dev.switchboard.server.api.recordings.UpdateCallRecordingHandler;
import dev.switchboard.server.recordings.RecordingFiles;
import dev.switchboard.server.recordings.Recordings;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The route table of Twilio's {@code 2010-04-01} REST API as Switchboard serves it: every path,
 * method and handler in one list. Paths are relative to {@code /2010-04-01}.
 */
public final class ApiRoutes {
    private ApiRoutes() {}

    /**
     * @param publicUrl   the platform's public base URL (no trailing slash), for the {@code url} of TwiML Bins
     * @param platformNow the call engine's time, which stamps usage: Usage Records' "today" is its UTC date
     * @param rooms       the live conferences, shared with the call engine
     * @param sip         the SIP host: domain-name suffix and the digest realm credentials are hashed for
     * @param recordings  the recordings' internal API (live call recordings, deletes with the files)
     */
    public static List<ApiRoute> all(Stores s, Clock clock, CallPlacer placer, LiveCalls live, String publicUrl,
            Supplier<Instant> platformNow, ConferenceRooms rooms, SipConfig sip, Recordings recordings) {
        final RecordingFiles files = recordings.files();
        final String acct = "/Accounts/{AccountSid}";
        final String cl = acct + "/SIP/CredentialLists";
        final String al = acct + "/SIP/IpAccessControlLists";
        final String sd = acct + "/SIP/Domains";
        List<ApiRoute> routes = new ArrayList<>(List.of(
                ApiRoute.of("POST", "/Accounts.json", new CreateAccountHandler(s.accounts(), clock)),
                ApiRoute.of("GET", "/Accounts.json", new ListAccountHandler(s.accounts())),
                ApiRoute.of("GET", acct + ".json", new FetchAccountHandler()),
                ApiRoute.of("POST", acct + ".json", new UpdateAccountHandler(s.accounts(), clock)),

                ApiRoute.of("POST", acct + "/Keys.json", new CreateKeyHandler(s.apiKeys(), clock)),
                ApiRoute.of("GET", acct + "/Keys.json", new ListKeyHandler(s.apiKeys())),
                ApiRoute.of("GET", acct + "/Keys/{Sid}.json", new FetchKeyHandler(s.apiKeys())),
                ApiRoute.of("POST", acct + "/Keys/{Sid}.json", new UpdateKeyHandler(s.apiKeys(), clock)),
                ApiRoute.of("DELETE", acct + "/Keys/{Sid}.json", new DeleteKeyHandler(s.apiKeys())),

                ApiRoute.of("POST", acct + "/Applications.json", new CreateApplicationHandler(s.applications(), clock)),
                ApiRoute.of("GET", acct + "/Applications.json", new ListApplicationHandler(s.applications())),
                ApiRoute.of("GET", acct + "/Applications/{Sid}.json", new FetchApplicationHandler(s.applications())),
                ApiRoute.of("POST", acct + "/Applications/{Sid}.json", new UpdateApplicationHandler(s.applications(), clock)),
                ApiRoute.of("DELETE", acct + "/Applications/{Sid}.json", new DeleteApplicationHandler(s.applications())),

                ApiRoute.of("POST", acct + "/IncomingPhoneNumbers.json",
                        new CreateIncomingPhoneNumberHandler(s.phoneNumbers(), s.applications(), s.sip().trunks(), clock)),
                ApiRoute.of("GET", acct + "/IncomingPhoneNumbers.json", new ListIncomingPhoneNumberHandler(s.phoneNumbers())),
                ApiRoute.of("GET", acct + "/IncomingPhoneNumbers/{Sid}.json", new FetchIncomingPhoneNumberHandler(s.phoneNumbers())),
                ApiRoute.of("POST", acct + "/IncomingPhoneNumbers/{Sid}.json",
                        new UpdateIncomingPhoneNumberHandler(s.phoneNumbers(), s.applications(), s.sip().trunks(), clock)),
                ApiRoute.of("DELETE", acct + "/IncomingPhoneNumbers/{Sid}.json", new DeleteIncomingPhoneNumberHandler(s.phoneNumbers())),

                ApiRoute.of("POST", acct + "/Calls.json", new CreateCallHandler(placer, s.applications())),
                ApiRoute.of("GET", acct + "/Calls.json", new ListCallHandler(s.calls())),
                ApiRoute.of("POST", acct + "/Calls/{Sid}.json", new UpdateCallHandler(s.calls(), live)),
                ApiRoute.of("GET", acct + "/Calls/{Sid}.json", new FetchCallHandler(s.calls())),
                ApiRoute.of("DELETE", acct + "/Calls/{Sid}.json", new DeleteCallHandler(s.calls())),

                // The call's timeline: Twilio's Events and Notifications, and Switchboard's own Timeline.
                ApiRoute.of("GET", acct + "/Calls/{CallSid}/Events.json", new ListCallEventHandler(s.calls(), s.timelines())),
                ApiRoute.of("GET", acct + "/Calls/{CallSid}/Notifications.json",
                        new ListCallNotificationHandler(s.calls(), s.timelines())),
                ApiRoute.of("GET", acct + "/Calls/{CallSid}/Notifications/{Sid}.json",
                        new FetchCallNotificationHandler(s.calls(), s.timelines())),
                ApiRoute.of("GET", acct + "/Calls/{CallSid}/Timeline.json", new FetchCallTimelineHandler(s.calls(), s.timelines())),
                ApiRoute.of("GET", acct + "/Notifications.json", new ListNotificationHandler(s.timelines())),
                ApiRoute.of("GET", acct + "/Notifications/{Sid}.json", new FetchNotificationHandler(s.timelines())),

                // Recordings: the account's list, the media ({Sid} = WAV, as Twilio), and a call's recordings.
                ApiRoute.of("GET", acct + "/Recordings.json", new ListRecordingHandler(s.recordings(), publicUrl, false)),
                ApiRoute.of("GET", acct + "/Recordings/{Sid}.json", new FetchRecordingHandler(s.recordings(), publicUrl, false)),
                ApiRoute.of("DELETE", acct + "/Recordings/{Sid}.json", new DeleteRecordingHandler(s.recordings(), recordings)),
                ApiRoute.of("GET", acct + "/Recordings/{Sid}", new FetchRecordingMediaHandler(s.recordings(), files, RecordingFiles.Format.WAV)),
                ApiRoute.of("GET", acct + "/Recordings/{Sid}.wav", new FetchRecordingMediaHandler(s.recordings(), files, RecordingFiles.Format.WAV)),
                ApiRoute.of("GET", acct + "/Recordings/{Sid}.mp3", new FetchRecordingMediaHandler(s.recordings(), files, RecordingFiles.Format.MP3)),
                ApiRoute.of("POST", acct + "/Calls/{CallSid}/Recordings.json", new CreateCallRecordingHandler(recordings)),
                ApiRoute.of("GET", acct + "/Calls/{CallSid}/Recordings.json", new ListRecordingHandler(s.recordings(), publicUrl, true)),
                ApiRoute.of("GET", acct + "/Calls/{CallSid}/Recordings/{Sid}.json", new FetchRecordingHandler(s.recordings(), publicUrl, true)),
                ApiRoute.of("POST", acct + "/Calls/{CallSid}/Recordings/{Sid}.json", new UpdateCallRecordingHandler(s.recordings(), recordings)),
                ApiRoute.of("DELETE", acct + "/Calls/{CallSid}/Recordings/{Sid}.json", new DeleteRecordingHandler(s.recordings(), recordings)),

                // Conferences and their participants (created by <Dial><Conference> or participant create).
                ApiRoute.of("GET", acct + "/Conferences.json", new ListConferenceHandler(s.conferences())),
                ApiRoute.of("GET", acct + "/Conferences/{Sid}.json", new FetchConferenceHandler(s)),
                ApiRoute.of("POST", acct + "/Conferences/{Sid}.json", new UpdateConferenceHandler(s, rooms)),
                ApiRoute.of("POST", acct + "/Conferences/{ConferenceSid}/Participants.json",
                        new CreateParticipantHandler(s, placer, rooms)),
                ApiRoute.of("GET", acct + "/Conferences/{ConferenceSid}/Participants.json", new ListParticipantHandler(s)),
                ApiRoute.of("GET", acct + "/Conferences/{ConferenceSid}/Participants/{CallSid}.json", new FetchParticipantHandler(s)),
                ApiRoute.of("POST", acct + "/Conferences/{ConferenceSid}/Participants/{CallSid}.json",
                        new UpdateParticipantHandler(s, rooms, clock)),
                ApiRoute.of("DELETE", acct + "/Conferences/{ConferenceSid}/Participants/{CallSid}.json",
                        new DeleteParticipantHandler(s, rooms)),

                // TwiML Bins: Switchboard's own resource (Twilio manages Bins in its Console only).
                ApiRoute.of("POST", acct + "/TwimlBins.json", new CreateTwimlBinHandler(s.twimlBins(), clock, publicUrl)),
                ApiRoute.of("GET", acct + "/TwimlBins.json", new ListTwimlBinHandler(s.twimlBins(), publicUrl)),
                ApiRoute.of("GET", acct + "/TwimlBins/{Sid}.json", new FetchTwimlBinHandler(s.twimlBins(), publicUrl)),
                ApiRoute.of("POST", acct + "/TwimlBins/{Sid}.json", new UpdateTwimlBinHandler(s.twimlBins(), clock, publicUrl)),
                ApiRoute.of("DELETE", acct + "/TwimlBins/{Sid}.json", new DeleteTwimlBinHandler(s.twimlBins())),

                // SIP directory (REST only; SIP signalling does not use it yet): credential lists and credentials.
                ApiRoute.of("POST", cl + ".json", new CreateSipCredentialListHandler(s.sip().credentialLists(), clock)),
                ApiRoute.of("GET", cl + ".json", new ListSipCredentialListHandler(s.sip().credentialLists())),
                ApiRoute.of("GET", cl + "/{Sid}.json", new FetchSipCredentialListHandler(s.sip().credentialLists())),
                ApiRoute.of("POST", cl + "/{Sid}.json", new UpdateSipCredentialListHandler(s.sip().credentialLists(), clock)),
                ApiRoute.of("DELETE", cl + "/{Sid}.json", new DeleteSipCredentialListHandler(s.sip())),
                ApiRoute.of("POST", cl + "/{CredentialListSid}/Credentials.json",
                        new CreateSipCredentialHandler(s.sip(), clock, sip.realm())),
                ApiRoute.of("GET", cl + "/{CredentialListSid}/Credentials.json", new ListSipCredentialHandler(s.sip())),
                ApiRoute.of("GET", cl + "/{CredentialListSid}/Credentials/{Sid}.json",
                        new FetchSipCredentialHandler(s.sip().credentials())),
                ApiRoute.of("POST", cl + "/{CredentialListSid}/Credentials/{Sid}.json",
                        new UpdateSipCredentialHandler(s.sip().credentials(), clock, sip.realm())),
                ApiRoute.of("DELETE", cl + "/{CredentialListSid}/Credentials/{Sid}.json",
                        new DeleteSipCredentialHandler(s.sip().credentials())),

                // SIP IP access control lists and their IPv4 entries.
                ApiRoute.of("POST", al + ".json", new CreateSipIpAccessControlListHandler(s.sip().ipAccessControlLists(), clock)),
                ApiRoute.of("GET", al + ".json", new ListSipIpAccessControlListHandler(s.sip().ipAccessControlLists())),
                ApiRoute.of("GET", al + "/{Sid}.json", new FetchSipIpAccessControlListHandler(s.sip().ipAccessControlLists())),
                ApiRoute.of("POST", al + "/{Sid}.json", new UpdateSipIpAccessControlListHandler(s.sip().ipAccessControlLists(), clock)),
                ApiRoute.of("DELETE", al + "/{Sid}.json", new DeleteSipIpAccessControlListHandler(s.sip())),
                ApiRoute.of("POST", al + "/{IpAccessControlListSid}/IpAddresses.json", new CreateSipIpAddressHandler(s.sip(), clock)),
                ApiRoute.of("GET", al + "/{IpAccessControlListSid}/IpAddresses.json", new ListSipIpAddressHandler(s.sip())),
                ApiRoute.of("GET", al + "/{IpAccessControlListSid}/IpAddresses/{Sid}.json",
                        new FetchSipIpAddressHandler(s.sip().ipAddresses())),
                ApiRoute.of("POST", al + "/{IpAccessControlListSid}/IpAddresses/{Sid}.json",
                        new UpdateSipIpAddressHandler(s.sip().ipAddresses(), clock)),
                ApiRoute.of("DELETE", al + "/{IpAccessControlListSid}/IpAddresses/{Sid}.json",
                        new DeleteSipIpAddressHandler(s.sip().ipAddresses())),

                // SIP domains: names end in .sip.<sip-host> and are unique across the platform.
                ApiRoute.of("POST", sd + ".json", new CreateSipDomainHandler(s.sip(), s.phoneNumbers(), sip.domainSuffix(), clock)),
                ApiRoute.of("GET", sd + ".json", new ListSipDomainHandler(s.sip())),
                ApiRoute.of("GET", sd + "/{Sid}.json", new FetchSipDomainHandler(s.sip())),
                ApiRoute.of("POST", sd + "/{Sid}.json", new UpdateSipDomainHandler(s.sip(), s.phoneNumbers(), sip.domainSuffix(), clock)),
                ApiRoute.of("DELETE", sd + "/{Sid}.json", new DeleteSipDomainHandler(s.sip())),

                // Lists mapped to a domain: the legacy CredentialListMappings/IpAccessControlListMappings are the
                // same storage as Auth/Calls/…; Auth/Registrations takes credential lists only.
                ApiRoute.of("POST", sd + "/{DomainSid}/CredentialListMappings.json", new CreateSipCredentialListMappingHandler(s.sip(), clock)),
                ApiRoute.of("GET", sd + "/{DomainSid}/CredentialListMappings.json", new ListSipCredentialListMappingHandler(s.sip())),
                ApiRoute.of("GET", sd + "/{DomainSid}/CredentialListMappings/{Sid}.json", new FetchSipCredentialListMappingHandler(s.sip())),
                ApiRoute.of("DELETE", sd + "/{DomainSid}/CredentialListMappings/{Sid}.json", new DeleteSipCredentialListMappingHandler(s.sip())),
                ApiRoute.of("POST", sd + "/{DomainSid}/IpAccessControlListMappings.json", new CreateSipIpAccessControlListMappingHandler(s.sip(), clock)),
                ApiRoute.of("GET", sd + "/{DomainSid}/IpAccessControlListMappings.json", new ListSipIpAccessControlListMappingHandler(s.sip())),
                ApiRoute.of("GET", sd + "/{DomainSid}/IpAccessControlListMappings/{Sid}.json", new FetchSipIpAccessControlListMappingHandler(s.sip())),
                ApiRoute.of("DELETE", sd + "/{DomainSid}/IpAccessControlListMappings/{Sid}.json", new DeleteSipIpAccessControlListMappingHandler(s.sip())),
                ApiRoute.of("POST", sd + "/{DomainSid}/Auth/Calls/CredentialListMappings.json", new CreateSipAuthCallsCredentialListMappingHandler(s.sip(), clock)),
                ApiRoute.of("GET", sd + "/{DomainSid}/Auth/Calls/CredentialListMappings.json", new ListSipAuthCallsCredentialListMappingHandler(s.sip())),
                ApiRoute.of("GET", sd + "/{DomainSid}/Auth/Calls/CredentialListMappings/{Sid}.json", new FetchSipAuthCallsCredentialListMappingHandler(s.sip())),
                ApiRoute.of("DELETE", sd + "/{DomainSid}/Auth/Calls/CredentialListMappings/{Sid}.json", new DeleteSipAuthCallsCredentialListMappingHandler(s.sip())),
                ApiRoute.of("POST", sd + "/{DomainSid}/Auth/Calls/IpAccessControlListMappings.json", new CreateSipAuthCallsIpAccessControlListMappingHandler(s.sip(), clock)),
                ApiRoute.of("GET", sd + "/{DomainSid}/Auth/Calls/IpAccessControlListMappings.json", new ListSipAuthCallsIpAccessControlListMappingHandler(s.sip())),
                ApiRoute.of("GET", sd + "/{DomainSid}/Auth/Calls/IpAccessControlListMappings/{Sid}.json", new FetchSipAuthCallsIpAccessControlListMappingHandler(s.sip())),
                ApiRoute.of("DELETE", sd + "/{DomainSid}/Auth/Calls/IpAccessControlListMappings/{Sid}.json", new DeleteSipAuthCallsIpAccessControlListMappingHandler(s.sip())),
                ApiRoute.of("POST", sd + "/{DomainSid}/Auth/Registrations/CredentialListMappings.json", new CreateSipAuthRegistrationsCredentialListMappingHandler(s.sip(), clock)),
                ApiRoute.of("GET", sd + "/{DomainSid}/Auth/Registrations/CredentialListMappings.json", new ListSipAuthRegistrationsCredentialListMappingHandler(s.sip())),
                ApiRoute.of("GET", sd + "/{DomainSid}/Auth/Registrations/CredentialListMappings/{Sid}.json", new FetchSipAuthRegistrationsCredentialListMappingHandler(s.sip())),
                ApiRoute.of("DELETE", sd + "/{DomainSid}/Auth/Registrations/CredentialListMappings/{Sid}.json", new DeleteSipAuthRegistrationsCredentialListMappingHandler(s.sip()))));

        // Usage Records: ListUsageRecord and its eight period subresources (ListUsageRecordAllTime, …Daily, …).
        for (UsagePeriod p : UsagePeriod.values()) {
            routes.add(ApiRoute.of("GET", acct + p.path(), new ListUsageRecordHandler(p, s.usage(), s.accounts(), platformNow)));
        }
        return List.copyOf(routes);
    }
}

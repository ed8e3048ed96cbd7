package dev.switchboard.server.api.sip;

import dev.switchboard.server.api.ApiJson;

/** The {@code uri} paths of the SIP resources, relative to the API host as Twilio's are. */
final class SipPaths {
    private SipPaths() {}

    static String sip(String accountSid) {
        return ApiJson.accountPath(accountSid) + "/SIP";
    }

    static String credentialLists(String accountSid) {
        return sip(accountSid) + "/CredentialLists.json";
    }

    static String credentialList(String accountSid, String listSid) {
        return sip(accountSid) + "/CredentialLists/" + listSid + ".json";
    }

    static String credentials(String accountSid, String listSid) {
        return sip(accountSid) + "/CredentialLists/" + listSid + "/Credentials.json";
    }

    static String credential(String accountSid, String listSid, String sid) {
        return sip(accountSid) + "/CredentialLists/" + listSid + "/Credentials/" + sid + ".json";
    }

    static String ipAccessControlLists(String accountSid) {
        return sip(accountSid) + "/IpAccessControlLists.json";
    }

    static String ipAccessControlList(String accountSid, String listSid) {
        return sip(accountSid) + "/IpAccessControlLists/" + listSid + ".json";
    }

    static String ipAddresses(String accountSid, String listSid) {
        return sip(accountSid) + "/IpAccessControlLists/" + listSid + "/IpAddresses.json";
    }

    static String ipAddress(String accountSid, String listSid, String sid) {
        return sip(accountSid) + "/IpAccessControlLists/" + listSid + "/IpAddresses/" + sid + ".json";
    }

    static String domains(String accountSid) {
        return sip(accountSid) + "/Domains.json";
    }

    static String domain(String accountSid, String sid) {
        return sip(accountSid) + "/Domains/" + sid + ".json";
    }

    /** A domain's sub-path without {@code .json}: {@code …/Domains/SD…/<rest>}. */
    static String underDomain(String accountSid, String sid, String rest) {
        return sip(accountSid) + "/Domains/" + sid + "/" + rest;
    }
}

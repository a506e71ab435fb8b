// SPDX-License-Identifier: GPL-3.0-or-later
// The display names and descriptions of resources/taxonomy/rsit.json, listed so that lupdate finds them.
// Data, generated once from the JSON (names and descriptions of every predicate and entry, in file order,
// each once); RsitTest fails when this list and the JSON drift apart.
#include "core/taxonomy/RsitStrings.h"

#include <QCoreApplication>

namespace fb::detail {

const QList<const char*>& rsitTranslatableStrings()
{
    static const QList<const char*> strings = {
        QT_TRANSLATE_NOOP("fb::Rsit", "Abusive Content"),
        QT_TRANSLATE_NOOP("fb::Rsit", "Abusive Content."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Spam"),
        QT_TRANSLATE_NOOP(
            "fb::Rsit",
            "Or 'Unsolicited Bulk Email', this means that the recipient has not granted verifiable permission for the "
            "message to be sent and that the message is sent as part of a larger collection of messages, all having a "
            "functionally comparable content. This IOC refers to resources which make up spam infrastructure, for "
            "example, harvesters like address verification, URLs in spam emails, etc."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Harmful Speech"),
        QT_TRANSLATE_NOOP("fb::Rsit", "Bullying, harassment or discrimination of somebody, e.g., cyber stalking, "
                                      "racism or threats against one or more individuals."),
        QT_TRANSLATE_NOOP("fb::Rsit", "(Child) Sexual Exploitation/Sexual/Violent Content"),
        QT_TRANSLATE_NOOP("fb::Rsit",
                          "Child Sexual Exploitation (CSE), sexual content, glorification of violence, etc."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Malicious Code"),
        QT_TRANSLATE_NOOP("fb::Rsit", "Software that is intentionally included or inserted in a system for a harmful "
                                      "purpose. A user interaction is normally necessary to activate the code."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Infected System"),
        QT_TRANSLATE_NOOP("fb::Rsit",
                          "System infected with malware, e.g., a PC, smartphone or server infected with a rootkit. "
                          "Most often this refers to a connection to a sinkholed command and control server."),
        QT_TRANSLATE_NOOP("fb::Rsit", "C2 Server"),
        QT_TRANSLATE_NOOP("fb::Rsit", "Command and control server contacted by malware on infected systems."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Malware Distribution"),
        QT_TRANSLATE_NOOP("fb::Rsit", "URI used for malware distribution, e.g., a download URL included in fake "
                                      "invoice malware spam or exploit kits (on websites)."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Malware Configuration"),
        QT_TRANSLATE_NOOP("fb::Rsit",
                          "URI hosting a malware configuration file, e.g., web injects for a banking trojan."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Information Gathering"),
        QT_TRANSLATE_NOOP("fb::Rsit", "Information Gathering."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Scanning"),
        QT_TRANSLATE_NOOP("fb::Rsit",
                          "Attacks that send requests to a system to discover weaknesses. This also includes testing "
                          "processes to gather information on hosts, services and accounts. This includes fingerd, DNS "
                          "querying, ICMP, SMTP (EXPN, RCPT, etc) port scanning."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Sniffing"),
        QT_TRANSLATE_NOOP("fb::Rsit", "Observing and recording of network traffic (i.e. wiretapping)."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Social Engineering"),
        QT_TRANSLATE_NOOP("fb::Rsit", "Gathering information from a human being in a non-technical way (e.g., using "
                                      "lies, tricks, bribes, or threats)."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Intrusion Attempts"),
        QT_TRANSLATE_NOOP("fb::Rsit", "Intrusion Attempts."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Exploitation of Known Vulnerabilities"),
        QT_TRANSLATE_NOOP(
            "fb::Rsit",
            "An attempt to compromise a system or to disrupt any service by exploiting vulnerabilities with a "
            "standardised identifier such as CVE name (e.g., using a buffer overflow, backdoor, cross site scripting)"),
        QT_TRANSLATE_NOOP("fb::Rsit", "Login Attempts"),
        QT_TRANSLATE_NOOP(
            "fb::Rsit",
            "Multiple brute-force login attempts (including guessing or cracking of passwords). This IOC refers to a "
            "resource, which has been observed to perform brute-force attacks over a given application protocol."),
        QT_TRANSLATE_NOOP("fb::Rsit", "New Attack Signature"),
        QT_TRANSLATE_NOOP("fb::Rsit", "An attack using an unknown exploit."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Intrusions"),
        QT_TRANSLATE_NOOP("fb::Rsit", "A successful compromise of a system or application (service). This can have "
                                      "been caused remotely by a known or new vulnerability, but also by an "
                                      "unauthorised local access. Also includes being part of a botnet."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Privileged Account Compromise"),
        QT_TRANSLATE_NOOP("fb::Rsit",
                          "Compromise of a system where the attacker has gained administrative privileges."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Unprivileged Account Compromise"),
        QT_TRANSLATE_NOOP("fb::Rsit", "Compromise of a system using an unprivileged (user/service) account."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Application Compromise"),
        QT_TRANSLATE_NOOP(
            "fb::Rsit",
            "Compromise of an application by exploiting (un)known software vulnerabilities, e.g., SQL injection."),
        QT_TRANSLATE_NOOP("fb::Rsit", "System Compromise"),
        QT_TRANSLATE_NOOP("fb::Rsit", "Compromise of a system, e.g., unauthorised logins or commands. This includes "
                                      "attempts to compromise honeypot systems."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Burglary"),
        QT_TRANSLATE_NOOP("fb::Rsit", "Physical intrusion, e.g., into a corporate building or data centre."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Availability"),
        QT_TRANSLATE_NOOP("fb::Rsit",
                          "By this kind of an attack a system is bombarded with so many packets that the operations "
                          "are delayed or the system crashes. DoS examples are ICMP and SYN floods, Teardrop attacks "
                          "and mail-bombing. DDoS often is based on DoS attacks originating from botnets, but also "
                          "other scenarios exist like DNS Amplification attacks. However, the availability also can be "
                          "affected by local actions (destruction, disruption of power supply, etc.) – or by Act of "
                          "God, spontaneous failures or human error, without malice or gross neglect being involved."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Denial of Service"),
        QT_TRANSLATE_NOOP("fb::Rsit", "Denial of Service attack, e.g., sending specially crafted requests to a web "
                                      "application which causes the application to crash or slow down."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Distributed Denial of Service"),
        QT_TRANSLATE_NOOP(
            "fb::Rsit",
            "Distributed Denial of Service attack, e.g., SYN flood or UDP-based reflection/amplification attacks."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Misconfiguration"),
        QT_TRANSLATE_NOOP("fb::Rsit", "Software misconfiguration resulting in service availability issues, e.g., DNS "
                                      "server with outdated DNSSEC Root Zone KSK."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Sabotage"),
        QT_TRANSLATE_NOOP(
            "fb::Rsit",
            "Intentional actions maliciously threatening to, attempting to or actually damaging a system or component "
            "with the aim of disrupting the availability of a service. These can happen both at logical and physical "
            "levels, from malicious firewall rules dropping all traffic, to wire-cutting, bomb threats or arson."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Outage"),
        QT_TRANSLATE_NOOP("fb::Rsit",
                          "An outage caused, for example, by air conditioning failure or natural disaster."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Information Content Security"),
        QT_TRANSLATE_NOOP("fb::Rsit",
                          "Besides a local abuse of data and systems the information security can be endangered by a "
                          "successful account or application compromise. Furthermore attacks are possible that "
                          "intercept and access information during transmission (wiretapping, spoofing or hijacking). "
                          "Human/configuration/software error can also be the cause."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Unauthorised Access to Information"),
        QT_TRANSLATE_NOOP("fb::Rsit",
                          "Unauthorised access to information, e.g., by abusing stolen login credentials for a system "
                          "or application, intercepting traffic or gaining access to physical documents."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Unauthorised Modification of Information"),
        QT_TRANSLATE_NOOP(
            "fb::Rsit",
            "Unauthorised modification of information, e.g., by an attacker abusing stolen login credentials for a "
            "system or application, or ransomware encrypting data. Also includes defacements."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Data Loss"),
        QT_TRANSLATE_NOOP("fb::Rsit", "Loss of data caused by, for example, hard disk failure or physical theft."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Leak of Confidential Information"),
        QT_TRANSLATE_NOOP("fb::Rsit", "Leaked confidential information, e.g., credentials or personal data."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Fraud"),
        QT_TRANSLATE_NOOP("fb::Rsit", "Fraud."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Unauthorised Use of Resources"),
        QT_TRANSLATE_NOOP("fb::Rsit",
                          "Using resources for unauthorised purposes including profit-making ventures, e.g., the use "
                          "of email to participate in illegal profit chain letters or pyramid schemes."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Copyright"),
        QT_TRANSLATE_NOOP("fb::Rsit", "Offering or installing copies of unlicensed commercial software or other "
                                      "copyright protected materials (also known as Warez)."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Masquerade"),
        QT_TRANSLATE_NOOP("fb::Rsit", "Type of attack in which one entity illegitimately impersonates the identity of "
                                      "another in order to benefit from it."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Phishing"),
        QT_TRANSLATE_NOOP("fb::Rsit",
                          "Masquerading as another entity in order to persuade the user to reveal private credentials. "
                          "This IOC most often refers to a URL, which is used to phish user credentials."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Vulnerable"),
        QT_TRANSLATE_NOOP("fb::Rsit", "Open resolvers, world-readable printers, vulnerabilities apparent from scans, "
                                      "anti-virus signatures not up-to-date, etc."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Weak Cryptography"),
        QT_TRANSLATE_NOOP("fb::Rsit", "Publicly accessible services offering weak cryptography, e.g., web servers "
                                      "susceptible to POODLE/FREAK attacks."),
        QT_TRANSLATE_NOOP("fb::Rsit", "DDoS Amplifier"),
        QT_TRANSLATE_NOOP(
            "fb::Rsit", "Publicly accessible services that can be abused for conducting DDoS reflection/amplification "
                        "attacks, e.g., DNS open-resolvers or NTP servers with monlist enabled."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Potentially Unwanted Accessible Services"),
        QT_TRANSLATE_NOOP("fb::Rsit", "Potentially unwanted publicly accessible services, e.g., Telnet, RDP or VNC."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Information Disclosure"),
        QT_TRANSLATE_NOOP(
            "fb::Rsit",
            "Publicly accessible services potentially disclosing sensitive information, e.g., SNMP or Redis."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Vulnerable System"),
        QT_TRANSLATE_NOOP(
            "fb::Rsit", "A system which is vulnerable to certain attacks, e.g., misconfigured client proxy settings "
                        "(such as WPAD), outdated operating system version, or cross-site scripting vulnerabilities."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Other"),
        QT_TRANSLATE_NOOP("fb::Rsit", "All incidents which don't fit in one of the given categories should be put into "
                                      "this class. If the number of incidents in this category increases, it is an "
                                      "indicator that the classification scheme must be revised."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Uncategorised"),
        QT_TRANSLATE_NOOP("fb::Rsit", "All incidents which don't fit in one of the given categories should be put into "
                                      "this class or the incident is not categorised."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Undetermined"),
        QT_TRANSLATE_NOOP("fb::Rsit", "The categorisation of the incident is unknown/undetermined."),
        QT_TRANSLATE_NOOP("fb::Rsit", "Test"),
        QT_TRANSLATE_NOOP("fb::Rsit", "Meant for testing."),
    };
    return strings;
}

} // namespace fb::detail

// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/error.h"
#include "core/payment/layer.h"

#include <QStringView>

#include <optional>

// One function per single-field rule. std::nullopt means the value is fine; otherwise an Error with
// a lower_snake code and a translated full sentence the operator can act on.
//
// Common to every rule:
// - Leading and trailing whitespace is ignored (QStringView::trimmed()): the controller trims each
//   value before it is sent, and checks the trimmed value.
// - Empty (after trimming) gives "required", except checkUrl(…, false) and checkText(…, …, false).
//   A caller for which a field is optional does not call the rule for an empty value.
// - Total and cheap: any input (empty, 10,000 characters, non-ASCII, control characters, unpaired
//   surrogates) gives a result without crashing; no regular expression is compiled per call, and a
//   whole request validates in a few microseconds.
namespace pavt::FieldRules {

// Limits a caller may want to show (for example as QLineEdit::maxLength).
inline constexpr int MaxEmailLength = 254;
inline constexpr int MaxUrlLength = 2048;
inline constexpr int MaxOrderIdLength = 64;
inline constexpr int MaxStateLength = 64;
inline constexpr int MaxZipLength = 16;

// A pragmatic subset of RFC 5322 / 5321: local@domain with
// - at most 254 characters in all ("too_long");
// - a local part of 1-64 bytes (UTF-8): ASCII letters, digits and !#$%&'*+/=?^_`{|}~-, and, as
//   internationalised addresses have (RFC 6531, "josé@example.com"), letters, marks and digits of
//   any script; single dots between them (no quoted local parts, no spaces, no invisible, control
//   or private-use characters). One rule for both halves: non-ASCII is allowed before and after
//   the @ (the gateway's type for the field is only "String");
// - a domain of at least two labels separated by dots, each 1-63 characters of letters, digits and
//   hyphens, not starting or ending with a hyphen; the last label (TLD) has two or more letters or
//   is an "xn--" label. Internationalised domains (IDN, "name@bücher.de") are allowed and must
//   convert to ASCII (QUrl::toAce); IP-address literals are not accepted.
// Codes: "required", "too_long", "invalid".
std::optional<Error> checkEmail(QStringView email);

// An IPv4 address in strict dotted-quad form (four decimal numbers 0-255 without leading zeros) or
// an IPv6 address (RFC 4291 text, optionally with a dotted-quad tail such as ::ffff:192.0.2.1),
// confirmed by QHostAddress. Rejected: shorthand and hex/octal IPv4 forms that inet_aton and
// QHostAddress accept ("1.2.3", "127.1", "0x7f.0.0.1", "010.0.0.1"), IPv6 zone ids
// ("fe80::1%eth0"), brackets, ports and any other characters. Codes: "required", "invalid".
std::optional<Error> checkIpAddress(QStringView address);

// An optional leading '+', then ASCII digits with spaces, dashes, dots and parentheses as
// separators (parentheses balanced and not nested); 7-15 digits (E.164 allows at most 15). Codes:
// "required", "invalid" (other characters, misplaced '+', unbalanced parentheses), "too_short",
// "too_long".
std::optional<Error> checkPhone(QStringView phone);

// An absolute https URL with a host, at most 2048 characters, no spaces or control characters,
// no user name or password. http is accepted only when the host is a loopback one: localhost,
// 127.0.0.0/8 or ::1. A numeric host must be a strict dotted quad ("https://1.2.3" is invalid).
// Codes: "required" (only when required), "invalid", "insecure" (http to another host).
std::optional<Error> checkUrl(QStringView url, bool required);

// Free text: names, address lines, city. Not empty when required; at most maxLength UTF-16 code
// units (maxLength <= 0 means no limit); no control characters: U+0000-U+001F, U+007F-U+009F,
// U+2028/U+2029 (line and paragraph separators), the bidirectional embeddings and overrides
// U+202A-U+202E and isolates U+2066-U+2069.
// Not made only of invisible characters (spaces, zero-width spaces and joiners, soft hyphens), and
// no noncharacters (U+FFFF...) or private-use characters.
// Codes: "required", "too_long", "control_characters", "invalid_characters" (an unpaired
// surrogate: text that was cut in the middle of a character; a noncharacter), "private_use",
// "invisible".
std::optional<Error> checkText(QStringView text, int maxLength, bool required = true);

// Required. For US (country "US", any case) one of the USPS two-letter codes of the 50 states, DC,
// the territories AS, GU, MP, PR, VI, the freely associated states FM, MH, PW, and the military
// codes AA, AE, AP; for CA a province or territory code (AB BC MB NB NL NS NT NU ON PE QC SK YT).
// Codes are accepted in any case; the controller sends them upper-case. Elsewhere checkText(state,
// 64). Codes: "required", "invalid", and those of checkText().
std::optional<Error> checkState(QStringView state, QStringView countryAlpha2);

// Required. Letters are accepted in any case and "optional space" means zero or one U+0020:
//   US 12345 or 12345-6789; GB (and GG, JE, IM) the Royal Mail formats incl. GIR 0AA, optional
//   space; CA A1A 1A1 (no D F I O Q U, no W Z first), optional space; DE, FR, IT 5 digits; ES 5
//   digits starting 01-52; NL 1234 AB (no leading 0, not SA/SD/SS), optional space; AU, AT, BE, CH
//   4 digits (AT, BE, CH not starting with 0); IE Eircode A65 F4E2 / D6W 1234, optional space; SE
//   123 45 (optional space, not starting with 0); JP 123-4567 (hyphen optional). Elsewhere (also
//   when the country is empty or unknown): 1-16 ASCII letters, digits, spaces and dashes, with at
//   least one letter or digit.
// Codes: "required", "too_long" (lenient countries), "invalid".
std::optional<Error> checkZip(QStringView zip, QStringView countryAlpha2);

// localhost (any case), 127.0.0.0/8 or ::1: the only hosts plain http may go to.
bool isLoopbackHost(const QString &host);

// 1-64 characters of A-Z a-z 0-9 . _ : -. Codes: "required", "too_long", "invalid_characters".
std::optional<Error> checkOrderId(QStringView orderId);

} // namespace pavt::FieldRules

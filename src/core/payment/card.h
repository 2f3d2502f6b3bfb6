// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/clock.h"
#include "core/base/error.h"
#include "core/payment/layer.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace pavt {

enum class CardBrand {
    Unknown,
    Visa,
    Mastercard,
    Amex,
    Discover,
    Jcb,
    DinersClub,
    UnionPay,
    Maestro,
    Mir
};

// Card-number rules. Every function is total: empty, huge, non-ASCII or control-character input
// gives an empty/Unknown/false result, never a crash. Apart from the string or list it returns,
// none allocates, and none uses a regular expression.
//
// "Separators" below are what people paste or type between digit groups: U+0020 space, no-break
// spaces (U+00A0, U+2007, U+202F), thin spaces (U+2009, U+200A), '-', the Unicode hyphens and
// dashes U+2010..U+2015, U+2212 minus, and '.'. Anything else (letters, tabs and other control
// characters, Arabic-Indic or full-width digits) makes the input invalid.
namespace Cards {

// The most digits any card number may have.
inline constexpr int MaxDigits = 19;

// "Visa", "Mastercard", "American Express", "Discover", "JCB", "Diners Club", "UnionPay",
// "Maestro", "Mir"; "" for Unknown. Trade names: not translated.
QString brandName(CardBrand brand);
// "visa", "mastercard", "amex", "discover", "jcb", "diners", "unionpay", "maestro", "mir",
// "unknown": the SVG file names and the JSON spelling.
QString brandId(CardBrand brand);
// The inverse of brandId(); Unknown for anything else (case-sensitive).
CardBrand brandFromId(QStringView id);

// The digits of a typed or pasted card number with the separators removed. Empty when the input
// holds anything but digits and separators, holds no digit, or has more than MaxDigits digits.
QString normalise(QStringView input);

// Luhn (mod 10) check of a digits-only string; false when empty or when anything is not 0-9.
bool luhnValid(QStringView digits);

// The brand by IIN prefix. Works on partial numbers while they are typed: the brand is reported as
// soon as the digits so far decide it ("4" -> Visa, "51" -> Mastercard, "2221" -> Mastercard,
// "2200" -> Mir, "34" -> Amex), and Unknown while the prefix could still become more than one brand
// or no brand at all ("5", "22", "222", "352", "62212"...). Only the first six digits matter.
// Separators are skipped; any other character gives Unknown.
//
// Ranges: Visa 4; Mastercard 51-55, 2221-2720; Mir 2200-2204; Amex 34, 37; JCB 3528-3589;
// Diners Club 300-305, 3095, 36, 38, 39; Discover 6011, 644-649, 65; UnionPay 62 (all of it,
// including 622126-622925, see card.cpp); Maestro 5018, 5020, 5038, 5893, 6304, 6759, 6761-6763.
CardBrand detectBrand(QStringView digits);

// Lengths a complete number of the brand may have, ascending: Visa 13,16,19; Mastercard 16;
// Amex 15; Discover, JCB, UnionPay, Mir 16-19; Diners Club 14-19; Maestro 12-19; Unknown 12-19.
QList<int> allowedLengths(CardBrand brand);
int minLength(CardBrand brand);
int maxLength(CardBrand brand);
bool isAllowedLength(CardBrand brand, int length);
// 4 for American Express, 3 otherwise.
int cvvLength(CardBrand brand);

// Digit groups for showing a number: 4-4-4-4-3 by default, American Express 4-6-5, Diners Club
// 4-6-4 while it has at most 14 digits. Partial input is grouped as far as it goes ("411111" ->
// "4111 11"); digits beyond the pattern (more than 19) go on in groups of four. Separators in the
// input are ignored; any other character gives an empty string.
QString formatForDisplay(QStringView digits);

// How many digits mask() may show for a number of `length` digits: 10 (first six, last four) from
// 16 digits up, and at most half the digits below that, so a short number never shows more than it
// hides.
int revealedDigitCount(int length);

// The number with every hidden digit replaced by '*', no separators. Shows at most the first six
// and the last four digits, and for numbers under 16 digits at most half of them (the last four
// first, then as many leading digits as remain):
//   "4111111111111111" -> "411111******1111"   (16: 6 + 4 shown, 6 hidden)
//   "378282246310005"  -> "378********0005"    (15: 3 + 4 shown, 8 hidden)
//   "30569309025904"   -> "305*******5904"     (14: 3 + 4 shown, 7 hidden)
//   "123456789012"     -> "12******9012"       (12: 2 + 4 shown)
//   "41111111"         -> "****1111"; "4111" -> "**11"; "4" -> "*"
// Separators are ignored; any other character gives an empty string.
QString mask(QStringView digits);

// "•••• 1111" (four U+2022 bullets, a space, the last four digits) for confirmations. Below eight
// digits only the digits mask() would show are kept ("4111" -> "•••• 11"); "" for invalid input.
QString maskedShort(QStringView digits);

// The first six / last four digits of a complete number: empty unless the input normalises to
// 12-19 digits. Together they show what PCI DSS allows for a PAN (first six, last four); for
// showing a number to a person use mask() or maskedShort(), which are stricter for short numbers.
QString firstSix(QStringView digits);
QString lastFour(QStringView digits);

} // namespace Cards

// The result of checking a card number as typed. code is empty when the number is acceptable;
// otherwise one of "required", "invalid_characters", "incomplete", "too_long", "unknown_brand",
// "luhn", with a translated message for the operator.
struct CardCheck
{
    CardBrand brand = CardBrand::Unknown;
    QString code;
    QString message;
    // The number has one of the brand's allowed lengths (it could be submitted as it is).
    bool complete = false;
    // More digits could still be typed (fewer than maxLength(brand)). Live typing can use it to
    // hold back a "luhn" error at 13 digits of what may become a 16-digit Visa number.
    bool canGrow = false;
    // How many digits the number has (0 for "required" and "invalid_characters").
    int digitCount = 0;

    bool ok() const { return code.isEmpty(); }
};

// Full check for a number as typed, in this order: anything but digits and separators ->
// "invalid_characters"; no digits -> "required"; more digits than the brand allows -> "too_long";
// not (yet) one of the brand's lengths -> "incomplete" (complete = false: live typing shows this
// gently); a complete number of no known brand -> "unknown_brand"; Luhn failure -> "luhn".
// The digits pass through a stack buffer that is wiped before returning.
CardCheck checkCardNumber(QStringView input);

// The security code: exactly cvvLength(brand) digits, surrounding spaces ignored. Codes "required",
// "invalid_characters", "wrong_length" ("... 3 digits." / "... 4 digits for American Express.").
std::optional<Error> checkCvv(QStringView cvv, CardBrand brand);

struct Expiry
{
    int month = 0; // 1-12
    int year = 0; // four digits

    friend bool operator==(const Expiry &, const Expiry &) = default;
};

// Parses what an operator types for the expiry date: "12/27", "1227", "12/2027", "12 / 27",
// "12-27", "12.27", "122027", "1/27", "01/2027". The separator is one of / - . or spaces, with
// optional spaces around it; a month has one or two digits, a year two or four. Without a separator
// the text must be four (MMYY) or six (MMYYYY) digits. Two-digit years are 20YY.
// Codes: "required" (empty), "invalid" (any other form), "month" (month not 01-12).
Result<Expiry> parseExpiry(QStringView text);

// Month 1-12 ("month"), a four-digit year ("invalid"), not before the clock's current month
// ("expired": a card is valid to the end of its expiry month), and at most 20 calendar years after
// the clock's current year ("too_far"). If the clock's date is invalid only the form is checked.
std::optional<Error> checkExpiry(const Expiry &expiry, const Clock &clock);

} // namespace pavt

// SPDX-License-Identifier: MIT
// Small helpers of the payment layer's rules (field rules, address rules, cards): ASCII classes,
// codes compared without case, shapes of postcodes, and the Error of a rule. Internal to
// src/core/payment: not for other layers.
#pragma once

#include "core/base/error.h"
#include "core/payment/layer.h"

#include <QStringView>

#include <optional>

namespace pavt::rules {

// Messages use QCoreApplication::translate("pavt::FieldRules", "…") with literal arguments so that
// lupdate files them under the same context the program looks them up in.

inline std::optional<Error> error(const char *code, QString message)
{
    return Error { QString::fromLatin1(code), std::move(message) };
}

inline bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

inline bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

inline bool isAsciiAlnum(char16_t c)
{
    return isAsciiDigit(c) || isAsciiLetter(c);
}

inline char16_t asciiUpper(char16_t c)
{
    return (c >= u'a' && c <= u'z') ? char16_t(c - (u'a' - u'A')) : c;
}

inline bool isHexDigit(char16_t c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// The characters checkText() rejects (see fieldrules.h).
inline bool isControlCharacter(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

// True when every high surrogate is followed by a low one and every low one preceded by a high one.
inline bool surrogatesPaired(QStringView text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate()) {
            if (i + 1 >= n || !text[i + 1].isLowSurrogate())
                return false;
            ++i;
        } else if (c.isLowSurrogate()) {
            return false;
        }
    }
    return true;
}

// Case-insensitive comparison of a value with an upper-case ASCII code such as "US".
inline bool equalsCode(QStringView value, const char *code)
{
    qsizetype i = 0;
    for (; code[i] != '\0'; ++i) {
        if (i >= value.size() || asciiUpper(value[i].unicode()) != char16_t(code[i]))
            return false;
    }
    return i == value.size();
}

// Matches a shape: '9' an ASCII digit, 'A' an ASCII letter (any case), '_' an optional single
// space, anything else itself.
inline bool matchesShape(QStringView text, const char *shape)
{
    qsizetype i = 0;
    for (const char *s = shape; *s != '\0'; ++s) {
        if (*s == '_') {
            if (i < text.size() && text[i] == u' ')
                ++i;
            continue;
        }
        if (i >= text.size())
            return false;
        const char16_t c = text[i].unicode();
        const bool ok = *s == '9' ? isAsciiDigit(c)
            : *s == 'A'           ? isAsciiLetter(c)
                                  : c == char16_t(*s);
        if (!ok)
            return false;
        ++i;
    }
    return i == text.size();
}

} // namespace pavt::rules

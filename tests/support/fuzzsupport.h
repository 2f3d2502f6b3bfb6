// SPDX-License-Identifier: MIT
// Shared by the libFuzzer targets: invariant checks that abort with a message (libFuzzer then saves
// the input as crash-*), quiet Qt logging, and a small reader that splits the fuzzer's bytes into
// choices and a payload. See docs/hardening.md.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace pavt::fuzz {

[[noreturn]] inline void invariantFailed(const char *file, int line, const char *condition,
                                         const QString &detail)
{
    std::fprintf(stderr, "\n*** INVARIANT FAILED at %s:%d: %s\n", file, line, condition);
    if (!detail.isEmpty())
        std::fprintf(stderr, "*** %s\n", detail.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

// Qt's warnings (QUrl, QLocale...) for millions of inputs would only slow the fuzzer down; a
// qFatal still aborts, which libFuzzer reports as a crash.
inline void quietQt()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", message.toUtf8().constData());
            std::abort();
        }
    });
}

// Consumes the fuzzer's bytes from the front: one byte per choice, the rest as payload.
class Input
{
public:
    Input(const uint8_t *data, size_t size) : m_data(data), m_size(size) { }

    uint8_t byte()
    {
        if (m_size == 0)
            return 0;
        --m_size;
        return *m_data++;
    }
    // A choice among n (n > 0).
    size_t pick(size_t n) { return byte() % n; }
    // Up to max bytes, ending at the first 0 byte (consumed) or at the end.
    QByteArray chunk(size_t max)
    {
        QByteArray out;
        while (m_size > 0 && size_t(out.size()) < max) {
            const char c = char(*m_data++);
            --m_size;
            if (c == 0)
                break;
            out.append(c);
        }
        return out;
    }
    QByteArrayView rest() const
    {
        return QByteArrayView(reinterpret_cast<const char *>(m_data), qsizetype(m_size));
    }
    bool empty() const { return m_size == 0; }

private:
    const uint8_t *m_data;
    size_t m_size;
};

// Bytes as UTF-16 code units (little-endian pairs): reaches unpaired surrogates and every BMP
// character, which UTF-8 decoding never produces.
inline QString utf16(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size() / 2);
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        out.append(QChar(char16_t(uint8_t(bytes[i]) | (uint8_t(bytes[i + 1]) << 8))));
    return out;
}

// A string for a diagnostic: control characters and non-ASCII escaped, so it prints on one line.
inline QString printable(QStringView text, qsizetype limit = 200)
{
    QString out;
    for (qsizetype i = 0; i < text.size() && i < limit; ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c < 0x7f)
            out.append(QChar(c));
        else
            out.append(QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0')));
    }
    if (text.size() > limit)
        out.append(QStringLiteral("..."));
    return out;
}

} // namespace pavt::fuzz

// Checks an invariant of the code under test; on failure prints the condition and the detail
// (a QString built only then) and aborts, so libFuzzer records the input.
#define FUZZ_CHECK(condition, detail)                                                              \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::pavt::fuzz::invariantFailed(__FILE__, __LINE__, #condition, (detail));               \
    } while (false)

// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace pavt {

// A byte buffer for card data and secrets. Unlike QByteArray it is never implicitly shared: a copy
// is a deep copy, and every buffer it owned is wiped with OPENSSL_cleanse when it is replaced or
// destroyed. Keep card numbers, CVVs, keys and plaintext payloads in it, not in QString.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArrayView bytes);
    static SecretBytes fromString(const QString &text); // UTF-8
    SecretBytes(const SecretBytes &other);
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(const SecretBytes &other);
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    ~SecretBytes();

    void clear(); // wipes and empties
    void reserve(qsizetype size);
    void append(QByteArrayView bytes);
    void append(char c);

    bool isEmpty() const { return m_data.isEmpty(); }
    qsizetype size() const { return m_data.size(); }
    const char *constData() const { return m_data.constData(); }
    QByteArrayView view() const { return QByteArrayView(m_data); }
    // A plain QString copy: for showing or validating only, never for storing.
    QString toString() const { return QString::fromUtf8(m_data); }
    bool operator==(const SecretBytes &other) const;

private:
    void ensureCapacity(qsizetype extra);
    QByteArray m_data;
};

// Wipe a buffer in place (detaches first, so a shared copy elsewhere is not touched).
void wipe(QByteArray &bytes);
void wipe(QString &text);

} // namespace pavt

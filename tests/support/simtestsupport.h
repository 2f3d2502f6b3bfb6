// SPDX-License-Identifier: MIT
// Helpers shared by the simulator's integration tests: a synchronous wrapper around
// QNetworkAccessManager and the encrypted charge body, built here from the wire contract
// (docs/payagency-api.md) rather than with the terminal's gateway client.
#pragma once

#include "core/gateway/payloadcipher.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace simtest {

inline const QByteArray SecretKey = QByteArrayLiteral("PA_TEST_sim0integration0key");
inline const QByteArray EncryptionKey = QByteArrayLiteral("0123456789abcdef0123456789ABCDEF");

struct Response
{
    int status = 0; // 0: no HTTP answer at all
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    qint64 elapsedMs = 0;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    bool isJson() const
    {
        QJsonParseError e {};
        QJsonDocument::fromJson(body, &e);
        return e.error == QJsonParseError::NoError;
    }
};

// Waits for a reply (started earlier, so several can run at once) and collects it.
inline Response collect(QNetworkReply *reply, const QElapsedTimer &since, int timeoutMs = 15000)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    Response r;
    r.elapsedMs = since.elapsed();
    if (!reply->isFinished()) {
        reply->abort();
        r.error = QNetworkReply::TimeoutError;
    } else {
        r.error = reply->error();
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        r.body = reply->readAll();
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    reply->deleteLater();
    return r;
}

class Client
{
public:
    explicit Client(QUrl base, QByteArray secretKey = SecretKey)
        : m_base(std::move(base)), m_secretKey(std::move(secretKey))
    {
        m_nam.setProxy(QNetworkProxy::NoProxy);
    }

    QNetworkAccessManager &nam() { return m_nam; }
    void setBase(QUrl base) { m_base = std::move(base); }

    QNetworkRequest request(const QString &pathAndQuery, bool json = true) const
    {
        QNetworkRequest request(m_base.resolved(QUrl(pathAndQuery)));
        if (json) {
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
            request.setRawHeader("Accept", "application/json");
            if (!m_secretKey.isEmpty())
                request.setRawHeader("Authorization", "Bearer " + m_secretKey);
        }
        if (m_timeoutMs > 0)
            request.setTransferTimeout(m_timeoutMs);
        request.setSslConfiguration(m_ssl);
        return request;
    }

    void setTimeout(int ms) { m_timeoutMs = ms; }
    void setSslConfiguration(const QSslConfiguration &ssl) { m_ssl = ssl; }

    QNetworkReply *startPost(const QString &path, const QByteArray &body)
    {
        return m_nam.post(request(path), body);
    }
    QNetworkReply *startGet(const QString &path) { return m_nam.get(request(path)); }

    Response post(const QString &path, const QByteArray &body)
    {
        QElapsedTimer t;
        t.start();
        return collect(startPost(path, body), t);
    }
    Response get(const QString &path)
    {
        QElapsedTimer t;
        t.start();
        return collect(startGet(path), t);
    }
    // A browser's form post (no API headers), as the 3-D Secure page's buttons do, or as a
    // checkout form is submitted (body: application/x-www-form-urlencoded). QNAM follows a 303
    // to the page it names, as a browser does.
    Response formPost(const QString &path, const QByteArray &body = {})
    {
        QNetworkRequest r = request(path, false);
        r.setHeader(QNetworkRequest::ContentTypeHeader,
                    QByteArrayLiteral("application/x-www-form-urlencoded"));
        QElapsedTimer t;
        t.start();
        return collect(m_nam.post(r, body), t);
    }
    // The checkout form's body for a card typed by the cardholder ("MM/YY" expiry).
    static QByteArray cardForm(const QString &number, const QString &expiry, const QString &cvv)
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("card_number"), number);
        q.addQueryItem(QStringLiteral("card_expiry"), expiry);
        q.addQueryItem(QStringLiteral("card_cvv"), cvv);
        return q.toString(QUrl::FullyEncoded).toLatin1();
    }
    Response browserGet(const QString &path)
    {
        QElapsedTimer t;
        t.start();
        return collect(m_nam.get(request(path, false)), t);
    }

    static QByteArray envelope(const QByteArray &plain, const QByteArray &key = EncryptionKey)
    {
        auto cipher = pavt::PayloadCipher::create(key);
        auto encrypted = cipher->encrypt(plain);
        return "{\"payload\":\"" + *encrypted + "\"}";
    }
    static QByteArray chargeBody(const QJsonObject &fields)
    {
        return envelope(QJsonDocument(fields).toJson(QJsonDocument::Compact));
    }

    QNetworkReply *startCharge(const QJsonObject &fields)
    {
        return startPost(QStringLiteral("/api/v1/test/card"), chargeBody(fields));
    }
    Response charge(const QJsonObject &fields)
    {
        return post(QStringLiteral("/api/v1/test/card"), chargeBody(fields));
    }

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QByteArray m_secretKey;
    int m_timeoutMs = 0;
    QSslConfiguration m_ssl = QSslConfiguration::defaultConfiguration();
};

// One request on a fresh plain TCP connection, with no client library in between: what the
// server itself sends back, and whether it closed the connection. Event-loop driven (the
// simulator under test runs on the same thread).
struct RawExchange
{
    QByteArray received;
    bool closedByServer = false;
};

inline RawExchange rawExchange(quint16 port, const QByteArray &request, int timeoutMs = 5000)
{
    RawExchange result;
    QTcpSocket socket;
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] { result.received += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, [&] {
        result.closedByServer = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    socket.write(request); // buffered until connected
    loop.exec();
    if (socket.isOpen())
        result.received += socket.readAll();
    return result;
}

inline QByteArray rawPost(const QByteArray &path, const QByteArray &body,
                          const QByteArray &secretKey = SecretKey)
{
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + secretKey
        + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// The form's action on a checkout page ("" when there is none).
inline QString formAction(const QByteArray &html)
{
    const qsizetype at = html.indexOf("<form method=\"post\" action=\"");
    if (at < 0)
        return {};
    const qsizetype start = at + qsizetype(sizeof("<form method=\"post\" action=\"") - 1);
    const qsizetype end = html.indexOf('"', start);
    return end < 0 ? QString() : QString::fromUtf8(html.mid(start, end - start));
}

// A complete, valid charge; tests change one field at a time.
inline QJsonObject chargeFields(const QString &cardNumber, const QString &orderId, int expiryYear)
{
    QJsonObject fields {
        { QStringLiteral("first_name"), QStringLiteral("Ada") },
        { QStringLiteral("last_name"), QStringLiteral("Lovelace") },
        { QStringLiteral("email"), QStringLiteral("ada@example.com") },
        { QStringLiteral("address"), QStringLiteral("12 St James's Square") },
        { QStringLiteral("city"), QStringLiteral("London") },
        { QStringLiteral("state"), QStringLiteral("London") },
        { QStringLiteral("zip"), QStringLiteral("SW1Y 4JH") },
        { QStringLiteral("country"), QStringLiteral("GBR") },
        { QStringLiteral("ip_address"), QStringLiteral("127.0.0.1") },
        { QStringLiteral("phone_number"), QStringLiteral("+44 20 7946 0000") },
        { QStringLiteral("amount"), 1250 },
        { QStringLiteral("currency"), QStringLiteral("GBP") },
        { QStringLiteral("card_number"), cardNumber },
        { QStringLiteral("card_expiry_month"), QStringLiteral("09") },
        { QStringLiteral("card_expiry_year"), QString::number(expiryYear) },
        { QStringLiteral("card_cvv"), QStringLiteral("123") },
        { QStringLiteral("redirect_url"), QStringLiteral("https://merchant.example/return") },
    };
    if (!orderId.isEmpty())
        fields.insert(QStringLiteral("order_id"), orderId);
    return fields;
}

// A hosted card or APM payment: a charge's fields without the card.
inline QJsonObject hostedFields(const QString &orderId)
{
    QJsonObject fields = chargeFields(QString(), orderId, 2000);
    for (const char *key : { "card_number", "card_expiry_month", "card_expiry_year", "card_cvv" })
        fields.remove(QLatin1String(key));
    return fields;
}

} // namespace simtest

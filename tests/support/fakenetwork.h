// SPDX-License-Identifier: MIT
// A QNetworkAccessManager that records requests and answers from a script (after ownCloud's
// FakeAM).
#pragma once

#include <QBuffer>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace pavt::test {

struct ScriptedAnswer
{
    int httpStatus = 200;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool requestSent
        = true; // false: the failure happened before the request left (refused, DNS, TLS)
    bool hang = false; // never answers (until aborted by the client's timeout, or release())
    QByteArray contentType = "application/json";
};

class FakeReply : public QNetworkReply
{
    Q_OBJECT
public:
    FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request,
              ScriptedAnswer answer, QObject *parent)
        : QNetworkReply(parent), m_answer(std::move(answer))
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        QTimer::singleShot(0, this, &FakeReply::respond);
    }
    void abort() override
    {
        if (isFinished())
            return;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        emit errorOccurred(OperationCanceledError);
        setFinished(true);
        emit finished();
    }
    qint64 bytesAvailable() const override
    {
        return m_answer.body.size() - m_offset + QIODevice::bytesAvailable();
    }
    bool isSequential() const override { return true; }
    // A hung answer given now, as scripted (a gateway that answers exactly when a test wants).
    void release()
    {
        m_answer.hang = false;
        m_answer.requestSent = false; // requestSent() was emitted already
        respond();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin<qint64>(maxSize, m_answer.body.size() - m_offset);
        if (n <= 0)
            return isFinished() ? -1 : 0;
        memcpy(data, m_answer.body.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }

private:
    void respond()
    {
        if (m_answer.requestSent)
            emit requestSent();
        if (m_answer.hang || isFinished())
            return;
        if (m_answer.httpStatus != 0) {
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_answer.httpStatus);
            setHeader(QNetworkRequest::ContentTypeHeader, m_answer.contentType);
            emit metaDataChanged();
        }
        if (!m_answer.body.isEmpty())
            emit readyRead();
        if (isFinished()) // aborted from readyRead
            return;
        QNetworkReply::NetworkError error = m_answer.error;
        if (error == NoError && m_answer.httpStatus >= 400)
            error = m_answer.httpStatus >= 500 ? InternalServerError : ContentAccessDenied;
        if (error != NoError) {
            setError(error, QStringLiteral("scripted error %1").arg(int(error)));
            emit errorOccurred(error);
        }
        setFinished(true);
        emit finished();
    }

    ScriptedAnswer m_answer;
    qint64 m_offset = 0;
};

class FakeNetwork : public QNetworkAccessManager
{
    Q_OBJECT
public:
    struct Recorded
    {
        QNetworkRequest request;
        QByteArray verb;
        QByteArray body;
    };
    QList<ScriptedAnswer> answers; // consumed in order; the last one repeats
    QList<Recorded> requests;
    QList<QPointer<FakeReply>> replies; // one per request, for release()

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        Recorded r;
        r.request = request;
        switch (op) {
        case GetOperation:
            r.verb = "GET";
            break;
        case PostOperation:
            r.verb = "POST";
            break;
        case CustomOperation:
            r.verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
            break;
        default:
            r.verb = "OTHER";
            break;
        }
        if (outgoingData)
            r.body = outgoingData->readAll();
        requests.append(r);
        ScriptedAnswer answer = answers.isEmpty() ? ScriptedAnswer {} : answers.first();
        if (answers.size() > 1)
            answers.removeFirst();
        auto *reply = new FakeReply(op, request, answer, this);
        replies.append(reply);
        return reply;
    }
};

} // namespace pavt::test

// SPDX-License-Identifier: MIT
#include "core/journal/pgconnection.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace pavt {

Result<PgConnection> PgConnection::parse(const QString &text)
{
    PgConnection p;
    auto take = [&p](const QString &key, const QString &value) -> std::optional<Error> {
        if (key == u"host" || key == u"hostaddr")
            p.host = value;
        else if (key == u"port") {
            bool ok = false;
            p.port = value.toInt(&ok);
            if (!ok || p.port <= 0 || p.port > 65535)
                return Error { QStringLiteral("journal_connection"),
                               QCoreApplication::translate(
                                   "pavt::Journal",
                                   "The journal's port \"%1\" is not a port number.")
                                   .arg(value) };
        } else if (key == u"dbname")
            p.database = value;
        else if (key == u"user")
            p.user = value;
        else if (key == u"password")
            p.password = value;
        else if (!value.contains(u';'))
            p.options << key + u'=' + value;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u"postgresql://") || trimmed.startsWith(u"postgres://")) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid())
            return fail(QStringLiteral("journal_connection"),
                        QCoreApplication::translate("pavt::Journal",
                                                    "The journal's address is not a valid URL."));
        p.host = url.host();
        p.port = url.port(-1);
        p.database = url.path().mid(1);
        p.user = url.userName();
        p.password = url.password();
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
            if (auto error = take(key, value))
                return std::unexpected(*error);
    } else {
        static const QRegularExpression pair(
            QStringLiteral(R"((\w+)\s*=\s*('(?:[^'\\]|\\.)*'|\S+))"));
        auto it = pair.globalMatch(trimmed);
        while (it.hasNext()) {
            const auto m = it.next();
            QString value = m.captured(2);
            if (value.startsWith(u'\'')) {
                value = value.mid(1, value.size() - 2);
                value.replace(QStringLiteral("\\'"), QStringLiteral("'"))
                    .replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
            }
            if (auto error = take(m.captured(1), value))
                return std::unexpected(*error);
        }
    }
    if (p.host.isEmpty() && p.database.isEmpty())
        return fail(
            QStringLiteral("journal_connection"),
            QCoreApplication::translate(
                "pavt::Journal",
                "The journal's PostgreSQL connection names neither a host nor a database."));
    return p;
}

} // namespace pavt

// SPDX-License-Identifier: MIT
// pavt-cli history and export: the journal's entries, filtered, as lines, JSON or CSV.
#include "cli/commandline.h"
#include "core/journal/csvexport.h"
#include "core/service/sessionservice.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace pavt::cli {

std::optional<JournalQuery> CommandLine::journalQuery(const CommandOptions &options)
{
    const QCommandLineParser &parser = options.parser;
    JournalQuery query;
    if (parser.isSet(options.from)) {
        const QDate from = QDate::fromString(parser.value(options.from), Qt::ISODate);
        if (!from.isValid()) {
            usageError(tr("--from takes a day as YYYY-MM-DD."));
            return std::nullopt;
        }
        query.from = from.startOfDay();
    }
    if (parser.isSet(options.to)) {
        const QDate to = QDate::fromString(parser.value(options.to), Qt::ISODate);
        if (!to.isValid()) {
            usageError(tr("--to takes a day as YYYY-MM-DD."));
            return std::nullopt;
        }
        query.to = to.addDays(1).startOfDay();
    }
    if (parser.isSet(options.outcome)) {
        for (const QString &id : parser.value(options.outcome).split(u',', Qt::SkipEmptyParts)) {
            const auto outcome = entryOutcomeFromId(id.trimmed());
            if (!outcome) {
                usageError(tr("Unknown outcome \"%1\" (use approved, declined, pending, needs_3ds, "
                              "rejected, "
                              "server_error, not_sent, unknown or unresolved).")
                               .arg(id.trimmed().left(32)));
                return std::nullopt;
            }
            query.outcomes << *outcome;
        }
    }
    query.lastFour = parser.value(options.last4).trimmed();
    query.name = parser.value(options.name);
    query.email = parser.value(options.email);
    query.orderId = parser.value(options.order).trimmed();
    query.transactionId = parser.value(options.transaction).trimmed();
    if (parser.isSet(options.operatorName)) {
        auto name = AccountStore::normaliseName(parser.value(options.operatorName));
        query.operatorName = name ? *name : parser.value(options.operatorName).trimmed();
    }
    if (auto invalid = query.validate()) {
        usageError(invalid->message);
        return std::nullopt;
    }
    // What this person may see: an operator their own entries of today (SessionService).
    auto scoped = m_session->scopeQuery(query);
    if (!scoped) {
        refusal(scoped.error());
        return std::nullopt;
    }
    return *scoped;
}

int CommandLine::runHistory(const CommandOptions &options, TerminalSettings &settings)
{
    const auto query = journalQuery(options);
    if (!query)
        return ExitUsage;
    qint64 limit = 100;
    if (options.parser.isSet(options.limit)) {
        bool ok = false;
        limit = options.parser.value(options.limit).toLongLong(&ok);
        if (!ok || limit < 0)
            return usageError(tr("--limit takes a number of entries (0: all)."));
    }
    auto journal = openJournal(settings, JournalConfig::HealthCheck::None); // reads only
    if (!journal)
        return ExitUsage;
    QJsonArray array;
    qint64 shown = 0;
    JournalCursor cursor;
    bool more = true;
    while (more && (limit == 0 || shown < limit)) {
        const int page = int(limit == 0 ? 1000 : std::min<qint64>(1000, limit - shown));
        auto entries = journal->search(*query, cursor, page);
        if (!entries)
            return usageError(entries.error().message);
        for (const JournalEntry &e : std::as_const(entries->entries)) {
            if (m_json)
                array.append(entryJson(e));
            else
                m_out << entryLine(e) << '\n';
        }
        shown += entries->entries.size();
        more = entries->hasMore;
        cursor = entries->next;
    }
    if (m_json) {
        m_out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
    } else {
        const auto total = journal->count(*query);
        m_out
            << (total && *total > shown
                    ? tr("%1 of %n entries (--limit to see more).", nullptr, int(*total)).arg(shown)
                    : tr("%n entries.", nullptr, int(shown)))
            << '\n';
        if (auto totals = journal->totals(*query); totals && !totals->isEmpty()) {
            QStringList parts;
            for (const JournalTotal &t : std::as_const(*totals))
                parts << QStringLiteral("%1 %2 %3")
                             .arg(t.count)
                             .arg(entryOutcomeId(t.outcome), moneyText(t.amountMinor, t.currency));
            m_out << parts.join(QStringLiteral("; ")) << '\n';
        }
    }
    m_out.flush();
    return ExitOk;
}

int CommandLine::runExport(const CommandOptions &options, TerminalSettings &settings)
{
    const QString path = options.parser.value(options.csv);
    if (path.trimmed().isEmpty())
        return usageError(tr("export needs --csv FILE."));
    const auto query = journalQuery(options);
    if (!query)
        return ExitUsage;
    auto journal = openJournal(settings, JournalConfig::HealthCheck::None); // reads only
    if (!journal)
        return ExitUsage;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return usageError(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFile::ReadOwner
                        | QFile::WriteOwner); // customers' names and e-mail addresses
    auto rows = journal->exportCsv(*query, file);
    if (!rows) {
        file.cancelWriting();
        return usageError(rows.error().message);
    }
    if (!file.commit())
        return usageError(tr("Cannot write %1: %2").arg(path, file.errorString()));
    m_session->audit(QString::fromLatin1(AuditEvent::CsvExported),
                     { { QStringLiteral("file"), QFileInfo(path).fileName() },
                       { QStringLiteral("rows"), *rows },
                       { QStringLiteral("from"), query->from.toString(Qt::ISODate) },
                       { QStringLiteral("to"), query->to.toString(Qt::ISODate) },
                       { QStringLiteral("operator"), query->operatorName },
                       { QStringLiteral("outcomes"), query->outcomes.size() },
                       { QStringLiteral("name"), query->name },
                       { QStringLiteral("last4"), query->lastFour } });
    if (m_json)
        m_out << QJsonDocument(
                     QJsonObject { { QStringLiteral("outcome"), QStringLiteral("done") },
                                   { QStringLiteral("rows"), *rows },
                                   { QStringLiteral("file"), QFileInfo(path).absoluteFilePath() } })
                     .toJson(QJsonDocument::Compact)
              << '\n';
    else
        m_out << tr("Exported %n entries to %1.", nullptr, int(*rows))
                     .arg(QDir::toNativeSeparators(path))
              << '\n';
    m_out.flush();
    return ExitOk;
}

} // namespace pavt::cli

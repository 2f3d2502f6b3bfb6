// SPDX-License-Identifier: MIT
#include "core/journal/journalcolumns.h"

#include "core/journal/linkentry.h"
#include "core/payment/currency.h"
#include "core/payment/money.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QSqlQuery>
#include <QSysInfo>
#include <QVariant>

#include <array>

namespace pavt::JournalColumns {

EntryOutcome outcomeFromInt(int value)
{
    return value >= 0 && value < EntryOutcomeCount ? EntryOutcome(value) : EntryOutcome::Unknown;
}

namespace {

using E = JournalEntry;

// The table. Its order is the order of the entries table's columns and of the CSV export.
constexpr std::array<Column, 41> Table { {
    { .name = "id", .kind = Kind::Id, .flags = Json, .integer = &E::id },
    { .name = "created_at",
      .kind = Kind::Time,
      .flags = NotNull | Csv | Json,
      .time = &E::createdAt },
    { .name = "updated_at",
      .kind = Kind::Time,
      .flags = NotNull | Csv | Json | Mutable,
      .time = &E::updatedAt },
    { .name = "operator",
      .kind = Kind::Text,
      .flags = NotNull | Csv | Json,
      .text = &E::operatorName,
      .sanitizeLimit = 100 },
    { .name = "environment",
      .kind = Kind::Text,
      .flags = NotNull | Csv | Json | TotalsKey,
      .text = &E::environment },
    { .name = "order_id", .kind = Kind::Text, .flags = NotNull | Csv | Json, .text = &E::orderId },
    { .name = "transaction_id",
      .kind = Kind::Text,
      .flags = Csv | Json | Mutable,
      .text = &E::transactionId },
    { .name = "amount", .kind = Kind::MajorAmount, .flags = Csv | Json },
    // Mutable: a template link made with the template's own amount learns it from the gateway.
    { .name = "amount_minor",
      .kind = Kind::Integer,
      .flags = NotNull | Csv | Json | Mutable,
      .integer = &E::amountMinor },
    { .name = "currency",
      .kind = Kind::Text,
      .flags = NotNull | Csv | Json | Mutable | TotalsKey,
      .text = &E::currency },
    // Mutable: a payment by link has no card until the gateway reports the masked number.
    { .name = "card_brand",
      .kind = Kind::Text,
      .flags = NotNull | Csv | Json | Mutable,
      .text = &E::cardBrand },
    { .name = "card_first6",
      .kind = Kind::Text,
      .flags = NotNull | Csv | Json | Mutable,
      .text = &E::cardFirstSix,
      .exportName = "card_first_six" },
    { .name = "card_last4",
      .kind = Kind::Text,
      .flags = NotNull | Csv | Json | Mutable,
      .text = &E::cardLastFour,
      .exportName = "card_last_four" },
    { .name = "first_name",
      .kind = Kind::Text,
      .flags = NotNull | NoCase | Csv | Json,
      .text = &E::firstName,
      .sanitizeLimit = 100 },
    { .name = "last_name",
      .kind = Kind::Text,
      .flags = NotNull | NoCase | Csv | Json,
      .text = &E::lastName,
      .sanitizeLimit = 100 },
    { .name = "email",
      .kind = Kind::Text,
      .flags = NotNull | NoCase | Csv | Json,
      .text = &E::email,
      .sanitizeLimit = 254 },
    { .name = "country", .kind = Kind::Text, .flags = NotNull | Csv | Json, .text = &E::country },
    { .name = "outcome",
      .kind = Kind::Outcome,
      .flags = NotNull | Csv | Json | Mutable | TotalsKey },
    { .name = "message",
      .kind = Kind::Text,
      .flags = Csv | Json | Mutable,
      .text = &E::message,
      .sanitizeLimit = 500 },
    { .name = "http_status",
      .kind = Kind::Small,
      .flags = Csv | Json | Mutable,
      .small = &E::httpStatus },
    { .name = "three_ds_url",
      .kind = Kind::Text,
      .flags = Csv | Json | Mutable,
      .text = &E::threeDSUrl,
      .sanitizeLimit = 2000 },
    { .name = "refund_state",
      .kind = Kind::Refund,
      .flags = NotNull | DefaultZero | Csv | Json | Mutable },
    { .name = "refund_reason",
      .kind = Kind::Text,
      .flags = Csv | Json | Mutable,
      .text = &E::refundReason,
      .sanitizeLimit = 255 },
    { .name = "refund_message",
      .kind = Kind::Text,
      .flags = Csv | Json | Mutable,
      .text = &E::refundMessage,
      .sanitizeLimit = 500 },
    { .name = "refunded_at",
      .kind = Kind::Time,
      .flags = Csv | Json | Mutable,
      .time = &E::refundedAt },
    { .name = "lookups",
      .kind = Kind::Small,
      .flags = NotNull | DefaultZero | Json | Mutable,
      .small = &E::lookups },
    { .name = "next_lookup_at", .kind = Kind::Time, .flags = Mutable, .time = &E::nextLookupAt },
    // Schema 3: payments by link. At the end, so that the CSV export's columns before them stay
    // where they were.
    { .name = "kind",
      .kind = Kind::EntryKind,
      .flags = NotNull | DefaultZero | Csv | Json | TotalsKey,
      .since = 3 },
    // Not put through sanitizeJournalText(): a long run of digits in the gateway's address is an
    // id, and masking it would make the link useless. Journal::complete() keeps a usable http(s)
    // URL of at most 2000 characters only.
    { .name = "payment_url",
      .kind = Kind::Text,
      .flags = Csv | Json | Mutable,
      .text = &E::paymentUrl,
      .since = 3 },
    { .name = "expires_at",
      .kind = Kind::Time,
      .flags = Csv | Json,
      .time = &E::expiresAt,
      .since = 3 },
    // Schema 4: the customer's other details, for repeat customers. At the end, so that the CSV
    // export's columns before them stay where they were.
    // Not through sanitizeJournalText(), which would take a long phone number for a card:
    // phoneForJournal() guards it (in sanitize() below).
    { .name = "phone", .kind = Kind::Text, .flags = Csv | Json, .text = &E::phone, .since = 4 },
    { .name = "address",
      .kind = Kind::Text,
      .flags = Csv | Json,
      .text = &E::address,
      .sanitizeLimit = 255,
      .since = 4 },
    { .name = "city",
      .kind = Kind::Text,
      .flags = Csv | Json,
      .text = &E::city,
      .sanitizeLimit = 100,
      .since = 4 },
    { .name = "state",
      .kind = Kind::Text,
      .flags = Csv | Json,
      .text = &E::state,
      .sanitizeLimit = 100,
      .since = 4 },
    { .name = "zip",
      .kind = Kind::Text,
      .flags = Csv | Json,
      .text = &E::zip,
      .sanitizeLimit = 32,
      .since = 4 },
    // Schema 6: what the settlement learnt from the gateway's list (chargebacks, suspicious flags).
    { .name = "chargeback_at",
      .kind = Kind::Time,
      .flags = Csv | Json | Mutable,
      .time = &E::chargebackAt,
      .since = 6 },
    { .name = "suspicious_at",
      .kind = Kind::Time,
      .flags = Csv | Json | Mutable,
      .time = &E::suspiciousAt,
      .since = 6 },
    // Schema 9: partial refunds (JournalEntry::refundedMinor, refundPendingMinor). The migration
    // fills them for the refunds recorded before (journalschema.cpp).
    { .name = "refunded_minor",
      .kind = Kind::Integer,
      .flags = NotNull | DefaultZero | Csv | Json | Mutable,
      .integer = &E::refundedMinor,
      .since = 9 },
    { .name = "refund_pending_minor",
      .kind = Kind::Integer,
      .flags = NotNull | DefaultZero | Json | Mutable,
      .integer = &E::refundPendingMinor,
      .since = 9 },
    { .name = "writer_host", .kind = Kind::WriterHost, .flags = 0 },
    { .name = "writer_pid", .kind = Kind::WriterPid, .flags = 0 },
} };

QString sqlType(Kind kind, JournalBackend backend)
{
    const bool pg = backend == JournalBackend::PostgreSQL;
    switch (kind) {
    case Kind::Id:
        return pg ? QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                  : QStringLiteral("INTEGER PRIMARY KEY");
    case Kind::Text:
    case Kind::WriterHost:
        return QStringLiteral("TEXT");
    case Kind::Integer:
    case Kind::Time:
    case Kind::WriterPid:
        return pg ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER");
    case Kind::Small:
    case Kind::Outcome:
    case Kind::Refund:
    case Kind::EntryKind:
        return pg ? QStringLiteral("SMALLINT") : QStringLiteral("INTEGER");
    case Kind::MajorAmount:
        break;
    }
    return {};
}

QString definition(const Column &c, JournalBackend backend)
{
    QString sql = QLatin1StringView(c.name) + u' ' + sqlType(c.kind, backend);
    if (c.has(NotNull))
        sql += QStringLiteral(" NOT NULL");
    if (c.has(DefaultZero))
        sql += QStringLiteral(" DEFAULT 0");
    if (c.has(NoCase) && backend == JournalBackend::SQLite)
        sql += QStringLiteral(" COLLATE NOCASE");
    return sql;
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<qint64>());
}

QDateTime fromMs(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// A kind this version does not know is shown as a keyed card (never as a link to follow).
EntryKind kindFromInt(int value)
{
    return value >= 0 && value < EntryKindCount ? EntryKind(value) : EntryKind::KeyedCard;
}

RefundState refundFromInt(int value)
{
    return value >= 0 && value <= int(RefundState::PartlyRefunded) ? RefundState(value)
                                                                   : RefundState::None;
}

// The value a column binds for an entry.
QVariant bindValue(const Column &c, const JournalEntry &e, bool pending)
{
    const bool nullable = !c.has(NotNull);
    switch (c.kind) {
    case Kind::Id:
        return e.id;
    case Kind::Text: {
        const QString &text = e.*c.text;
        if (nullable && text.isEmpty())
            return nullText();
        // A null QString binds as SQL NULL: a NOT NULL column that is empty (a payment link's
        // card before the gateway reports it) gets the empty string.
        return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
    }
    case Kind::Integer: {
        const qint64 n = e.*c.integer;
        return nullable && n == 0 ? nullInt() : QVariant(n);
    }
    case Kind::Small: {
        const int n = e.*c.small;
        return nullable && n == 0 ? nullInt() : QVariant(n);
    }
    case Kind::Time: {
        const QDateTime &when = e.*c.time;
        if (when.isValid())
            return when.toMSecsSinceEpoch();
        // A NOT NULL time that was never set (updated_at of a new entry) is its creation.
        return nullable ? nullInt() : QVariant(e.createdAt.toMSecsSinceEpoch());
    }
    case Kind::Outcome:
        return int(e.outcome);
    case Kind::Refund:
        return int(e.refundState);
    case Kind::EntryKind:
        return int(e.kind);
    case Kind::WriterHost: {
        static const QString host = QSysInfo::machineHostName();
        return pending ? QVariant(host) : nullText();
    }
    case Kind::WriterPid:
        return pending ? QVariant(qint64(QCoreApplication::applicationPid())) : nullInt();
    case Kind::MajorAmount:
        break;
    }
    return {};
}

void read(const Column &c, JournalEntry &e, const QVariant &v)
{
    switch (c.kind) {
    case Kind::Id:
    case Kind::Integer:
        e.*c.integer = v.toLongLong();
        break;
    case Kind::Text:
        e.*c.text = v.toString();
        break;
    case Kind::Small:
        e.*c.small = v.toInt();
        break;
    case Kind::Time:
        e.*c.time = fromMs(v);
        break;
    case Kind::Outcome:
        e.outcome = outcomeFromInt(v.toInt());
        break;
    case Kind::Refund:
        e.refundState = refundFromInt(v.toInt());
        break;
    case Kind::EntryKind:
        e.kind = kindFromInt(v.toInt());
        break;
    case Kind::WriterHost:
    case Kind::WriterPid:
    case Kind::MajorAmount:
        break;
    }
}

} // namespace

// "2026-03-01T09:00:00.123Z", as QDateTime::toString(Qt::ISODateWithMs) writes a UTC time. Written
// by hand for the years 1970 to 9999 (a CSV export writes three a row: QDateTime's formatting was
// a third of its time); Qt writes the others (isoUtc()).
int formatIsoUtc(qint64 ms, char out[24])
{
    if (ms < 0 || ms >= 253402300800000) // 10000-01-01T00:00:00Z
        return 0;
    // The civil date of a day count (H. Hinnant's civil_from_days; days >= 0 here).
    const qint64 days = ms / 86400000, inDay = ms % 86400000;
    const qint64 z = days + 719468, era = z / 146097, doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
    auto put = [out](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            out[at + i] = char('0' + value % 10);
    };
    put(0, year, 4);
    out[4] = '-';
    put(5, month, 2);
    out[7] = '-';
    put(8, day, 2);
    out[10] = 'T';
    put(11, int(inDay / 3600000), 2);
    out[13] = ':';
    put(14, int(inDay / 60000 % 60), 2);
    out[16] = ':';
    put(17, int(inDay / 1000 % 60), 2);
    out[19] = '.';
    put(20, int(inDay % 1000), 3);
    out[23] = 'Z';
    return 24;
}

QString isoUtc(const QDateTime &when)
{
    char out[24];
    if (const int n = formatIsoUtc(when.toMSecsSinceEpoch(), out))
        return QString::fromLatin1(out, n);
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QString storedEnumId(Kind kind, qint64 stored)
{
    const int value = int(stored); // as read() reads it (QVariant::toInt())
    switch (kind) {
    case Kind::Outcome:
        return entryOutcomeId(outcomeFromInt(value));
    case Kind::Refund:
        return refundStateId(refundFromInt(value));
    case Kind::EntryKind:
        return entryKindId(kindFromInt(value));
    default:
        return {};
    }
}

int majorAmountUnits(QStringView currencyCode)
{
    const Currency *currency = Currencies::find(currencyCode);
    return currency && currency->minorUnits >= 0 ? currency->minorUnits : 2;
}

QByteArray majorAmount(qint64 amountMinor, QStringView currencyCode)
{
    return majorUnitsDecimal(amountMinor, majorAmountUnits(currencyCode));
}

QString Column::exportedName() const
{
    return QString::fromLatin1(exportName ? exportName : name);
}

std::span<const Column> all()
{
    return Table;
}

QString selectList()
{
    static const QString list = [] {
        QStringList names;
        for (const Column &c : Table)
            if (c.isEntryField())
                names << QString::fromLatin1(c.name);
        return names.join(QStringLiteral(", "));
    }();
    return list;
}

QString createTableSql(JournalBackend backend, int version)
{
    QStringList columns;
    for (const Column &c : Table)
        if (c.isStored() && c.since <= version)
            columns << definition(c, backend);
    return QStringLiteral("CREATE TABLE entries (%1)").arg(columns.join(QStringLiteral(", ")));
}

QStringList addColumnsSql(JournalBackend backend, int version)
{
    QStringList statements;
    for (const Column &c : Table)
        if (c.isStored() && c.since > version)
            statements
                << QStringLiteral("ALTER TABLE entries ADD COLUMN %1").arg(definition(c, backend));
    return statements;
}

QStringList totalsKeyNames()
{
    QStringList names;
    for (const Column &c : Table)
        if (c.has(TotalsKey))
            names << QString::fromLatin1(c.name);
    return names;
}

QStringList totalsKeyDefinitions(JournalBackend backend)
{
    QStringList definitions;
    for (const Column &c : Table)
        if (c.has(TotalsKey))
            definitions << definition(c, backend);
    return definitions;
}

JournalEntry entryFromQuery(const QSqlQuery &query, int first)
{
    JournalEntry e;
    int i = first;
    for (const Column &c : Table)
        if (c.isEntryField())
            read(c, e, query.value(i++));
    return e;
}

QString insertSql(JournalBackend backend)
{
    QStringList names;
    for (const Column &c : Table)
        if (c.isStored() && c.kind != Kind::Id)
            names << QString::fromLatin1(c.name);
    QString sql
        = QStringLiteral("INSERT INTO entries (%1) VALUES (?").arg(names.join(QStringLiteral(", ")))
        + QStringLiteral(", ?").repeated(names.size() - 1) + u')';
    if (backend == JournalBackend::PostgreSQL)
        sql += QStringLiteral(" RETURNING id");
    return sql;
}

void bindInsert(QSqlQuery &query, const JournalEntry &entry, bool pending)
{
    int i = 0;
    for (const Column &c : Table)
        if (c.isStored() && c.kind != Kind::Id)
            query.bindValue(i++, bindValue(c, entry, pending));
}

QString updateSql(bool keepWriter)
{
    QStringList set;
    for (const Column &c : Table)
        if (c.has(Mutable))
            set << QLatin1StringView(c.name) + QStringLiteral(" = ?");
    if (!keepWriter)
        for (const Column &c : Table)
            if (c.kind == Kind::WriterHost || c.kind == Kind::WriterPid)
                set << QLatin1StringView(c.name) + QStringLiteral(" = NULL");
    return QStringLiteral("UPDATE entries SET %1 WHERE id = ?").arg(set.join(QStringLiteral(", ")));
}

void bindUpdate(QSqlQuery &query, const JournalEntry &entry)
{
    int i = 0;
    for (const Column &c : Table)
        if (c.has(Mutable))
            query.bindValue(i++, bindValue(c, entry, false));
    query.bindValue(i, entry.id);
}

void sanitize(JournalEntry &entry, bool onlyMutable)
{
    for (const Column &c : Table)
        if (c.kind == Kind::Text && c.sanitizeLimit > 0 && (!onlyMutable || c.has(Mutable)))
            entry.*c.text = sanitizeJournalText(entry.*c.text, c.sanitizeLimit);
    if (!onlyMutable)
        entry.phone = phoneForJournal(entry.phone);
}

Value exportValue(const Column &c, const JournalEntry &e)
{
    const bool nullable = !c.has(NotNull);
    switch (c.kind) {
    case Kind::Id:
        return { Value::Number, {}, e.id };
    case Kind::Text: {
        const QString &text = e.*c.text;
        if (nullable && text.isEmpty())
            return {};
        return { Value::Text, text };
    }
    case Kind::Integer:
    case Kind::Small: {
        const qint64 n = c.kind == Kind::Integer ? e.*c.integer : qint64(e.*c.small);
        if (nullable && n == 0)
            return {};
        return { Value::Number, {}, n };
    }
    case Kind::Time: {
        const QDateTime &when = e.*c.time;
        if (!when.isValid())
            return {};
        return { Value::Plain, isoUtc(when) };
    }
    case Kind::Outcome:
        return { Value::Text, storedEnumId(c.kind, int(e.outcome)) };
    case Kind::Refund:
        return { Value::Text, storedEnumId(c.kind, int(e.refundState)) };
    case Kind::EntryKind:
        return { Value::Text, storedEnumId(c.kind, int(e.kind)) };
    case Kind::MajorAmount:
        return { Value::Plain, QString::fromLatin1(majorAmount(e.amountMinor, e.currency)) };
    case Kind::WriterHost:
    case Kind::WriterPid:
        break;
    }
    return {};
}

QStringList csvHeader()
{
    QStringList names;
    for (const Column &c : Table)
        if (c.has(Csv))
            names << c.exportedName();
    return names;
}

QJsonObject toJson(const JournalEntry &entry)
{
    QJsonObject json;
    for (const Column &c : Table) {
        if (!c.has(Json))
            continue;
        const Value v = exportValue(c, entry);
        switch (v.type) {
        case Value::Null:
            json.insert(c.exportedName(), QJsonValue());
            break;
        case Value::Text:
        case Value::Plain:
            json.insert(c.exportedName(), v.text);
            break;
        case Value::Number:
            json.insert(c.exportedName(), v.number);
            break;
        }
    }
    return json;
}

} // namespace pavt::JournalColumns

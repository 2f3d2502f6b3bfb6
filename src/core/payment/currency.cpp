// SPDX-License-Identifier: MIT
#include "core/payment/currency.h"

#include <QFile>
#include <QLoggingCategory>

#include <algorithm>
#include <array>

namespace pavt {

namespace {

Q_LOGGING_CATEGORY(lcIso, "pavt.core.iso")

constexpr qint16 None = -1;

// Index of a three-letter ASCII code (any case) in a 26^3 table, or -1.
int alpha3Index(QStringView code)
{
    return detail::alphaIndex(code, 3);
}

// Numeric codes that two alpha codes of the table share, and the one a numeric look-up means.
struct NumericPreference
{
    int numeric;
    const char16_t *code;
};
constexpr NumericPreference PreferredForNumeric[] = {
    { 532, u"XCG" }, // ANG was replaced by XCG (Caribbean Guilder) in 2025, with the same number
};

struct CurrencyTable
{
    QList<Currency> list; // sorted by code
    std::array<qint16, 26 * 26 * 26> byAlpha; // alpha3Index -> index in list
    std::array<qint16, 1000> byNumeric; // numeric -> index in list
    QList<QString> foldedNames; // foldForSearch(list[i].name)

    CurrencyTable()
    {
        byAlpha.fill(None);
        byNumeric.fill(None);
        load();
    }

    void load()
    {
        const QString path = QStringLiteral(":/data/iso4217.tsv");
        for (const QStringList &fields : detail::readIsoTable(path, 4)) {
            Currency currency;
            currency.code = fields.at(0).trimmed();
            bool numericOk = false;
            currency.numeric = fields.at(1).trimmed().toInt(&numericOk);
            const QString minor = fields.at(2).trimmed();
            bool minorOk = true;
            currency.minorUnits = minor == u"-" ? -1 : minor.toInt(&minorOk);
            currency.name = fields.at(3).trimmed();
            if (alpha3Index(currency.code) < 0 || currency.code != currency.code.toUpper()
                || !numericOk || currency.numeric <= 0 || currency.numeric > 999 || !minorOk
                || currency.minorUnits < -1 || currency.minorUnits > 18) {
                qCWarning(lcIso) << "skipping a malformed record of" << path << fields;
                continue;
            }
            list.append(currency);
        }
        std::sort(list.begin(), list.end(),
                  [](const Currency &a, const Currency &b) { return a.code < b.code; });
        list.erase(
            std::unique(list.begin(), list.end(),
                        [](const Currency &a, const Currency &b) { return a.code == b.code; }),
            list.end());
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Currency &c = list.at(i);
            byAlpha[alpha3Index(c.code)] = qint16(i);
            if (byNumeric[c.numeric] == None)
                byNumeric[c.numeric] = qint16(i);
            foldedNames.append(detail::foldForSearch(c.name));
        }
        for (const NumericPreference &p : PreferredForNumeric) {
            const int preferred = byAlpha[alpha3Index(QStringView(p.code))];
            if (preferred != None && list.at(preferred).numeric == p.numeric)
                byNumeric[p.numeric] = qint16(preferred);
        }
        if (list.isEmpty())
            qCCritical(lcIso) << "no currencies could be loaded from" << path;
    }
};

const CurrencyTable &table()
{
    static const CurrencyTable instance; // built once, thread-safe (magic static)
    return instance;
}

} // namespace

const Currency *Currencies::find(QStringView code)
{
    code = code.trimmed();
    const CurrencyTable &t = table();
    int index = None;
    if (const int alpha = alpha3Index(code); alpha >= 0)
        index = t.byAlpha[alpha];
    else if (const int numeric = detail::numericIndex(code); numeric >= 0)
        index = t.byNumeric[numeric];
    return index == None ? nullptr : &t.list.at(index);
}

const QList<Currency> &Currencies::all()
{
    return table().list;
}

QList<const Currency *> Currencies::search(QStringView text, int limit)
{
    QList<const Currency *> result;
    if (limit == 0)
        return result;
    const CurrencyTable &t = table();
    const QString needle = detail::foldForSearch(text);
    const QStringView typed = text.trimmed(); // codes as typed: "ÉU" is no code prefix
    const int numeric = detail::numericIndex(typed);

    QList<bool> taken(t.list.size(), false);
    const auto full = [&] { return limit >= 0 && result.size() >= limit; };
    const auto pass = [&](auto &&matches) {
        for (qsizetype i = 0; i < t.list.size() && !full(); ++i) {
            if (taken.at(i) || !t.list.at(i).isPayable() || !matches(i))
                continue;
            taken[i] = true;
            result.append(&t.list.at(i));
        }
    };
    pass([&](qsizetype i) {
        return t.list.at(i).code.startsWith(typed, Qt::CaseInsensitive)
            || t.list.at(i).numeric == numeric;
    });
    if (needle.isEmpty())
        return result;
    pass([&](qsizetype i) { return t.foldedNames.at(i).startsWith(needle); });
    pass([&](qsizetype i) { return detail::hasWordStartingWith(t.foldedNames.at(i), needle); });
    pass([&](qsizetype i) { return t.foldedNames.at(i).contains(needle); });
    return result;
}

namespace detail {

int alphaIndex(QStringView code, qsizetype length)
{
    if (code.size() != length)
        return -1;
    int index = 0;
    for (const QChar c : code) {
        const char16_t u = c.unicode();
        int letter;
        if (u >= u'A' && u <= u'Z')
            letter = u - u'A';
        else if (u >= u'a' && u <= u'z')
            letter = u - u'a';
        else
            return -1;
        index = index * 26 + letter;
    }
    return index;
}

int numericIndex(QStringView code)
{
    if (code.isEmpty() || code.size() > 3)
        return -1;
    int value = 0;
    for (const QChar c : code) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

void initDataResources();

QList<QStringList> readIsoTable(const QString &resourcePath, int minColumns)
{
    QFile file(resourcePath);
    if (!file.exists())
        initDataResources(); // the library's resources were not registered: do it now
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcIso) << "cannot open" << resourcePath << file.errorString();
        return {};
    }
    const QString content = QString::fromUtf8(file.readAll());
    QList<QStringList> records;
    for (QStringView line : QStringTokenizer(content, u'\n', Qt::SkipEmptyParts)) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList fields = line.toString().split(u'\t');
        if (fields.size() < minColumns) {
            qCWarning(lcIso) << "skipping a record with too few fields in" << resourcePath << line;
            continue;
        }
        records.append(std::move(fields));
    }
    return records;
}

QString foldForSearch(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace()) {
            pendingSpace = !folded.isEmpty();
            continue;
        }
        if (pendingSpace) {
            folded.append(u' ');
            pendingSpace = false;
        }
        switch (c.unicode()) {
        case 0x2018: // left single quotation mark
        case 0x2019: // right single quotation mark
        case 0x02BC: // modifier letter apostrophe
            folded.append(u'\'');
            break;
        default:
            folded.append(c);
        }
    }
    return folded.toCaseFolded();
}

bool hasWordStartingWith(QStringView haystack, QStringView needle)
{
    if (needle.isEmpty())
        return true;
    for (qsizetype from = 0;;) {
        const qsizetype at = haystack.indexOf(needle, from);
        if (at < 0)
            return false;
        if (at == 0 || !haystack.at(at - 1).isLetterOrNumber())
            return true;
        from = at + 1;
    }
}

} // namespace detail

} // namespace pavt

// Q_INIT_RESOURCE must be used outside any namespace.
static void initPavtCoreDataResources()
{
    Q_INIT_RESOURCE(pavt_payment_data);
}

void pavt::detail::initDataResources()
{
    initPavtCoreDataResources();
}

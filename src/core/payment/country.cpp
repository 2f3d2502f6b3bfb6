// SPDX-License-Identifier: MIT
#include "core/payment/country.h"

#include "core/payment/currency.h" // detail::readIsoTable, foldForSearch

#include <QHash>
#include <QLoggingCategory>

#include <algorithm>
#include <array>

namespace pavt {

namespace {

Q_LOGGING_CATEGORY(lcIso, "pavt.core.iso")

constexpr qint16 None = -1;

struct CountryTable
{
    QList<Country> list; // sorted by alpha-2
    std::array<qint16, 26 * 26> byAlpha2; // detail::alphaIndex(.., 2) -> index in list
    std::array<qint16, 26 * 26 * 26> byAlpha3;
    std::array<qint16, 1000> byNumeric;
    QHash<QString, qint16> byName; // folded name and official name -> index
    QList<QString> foldedNames;
    QList<QString> foldedOfficialNames;
    QList<qint16> nameOrder; // indices sorted by folded name

    CountryTable()
    {
        byAlpha2.fill(None);
        byAlpha3.fill(None);
        byNumeric.fill(None);
        load();
    }

    void load()
    {
        const QString path = QStringLiteral(":/data/iso3166-1.tsv");
        for (const QStringList &fields : detail::readIsoTable(path, 4)) {
            Country country;
            country.alpha2 = fields.at(0).trimmed();
            country.alpha3 = fields.at(1).trimmed();
            bool numericOk = false;
            country.numeric = fields.at(2).trimmed().toInt(&numericOk);
            country.name = fields.at(3).trimmed();
            country.officialName = fields.size() > 4 ? fields.at(4).trimmed() : QString();
            if (detail::alphaIndex(country.alpha2, 2) < 0
                || detail::alphaIndex(country.alpha3, 3) < 0
                || country.alpha2 != country.alpha2.toUpper()
                || country.alpha3 != country.alpha3.toUpper() || !numericOk || country.numeric <= 0
                || country.numeric > 999 || country.name.isEmpty()) {
                qCWarning(lcIso) << "skipping a malformed record of" << path << fields;
                continue;
            }
            list.append(country);
        }
        std::sort(list.begin(), list.end(),
                  [](const Country &a, const Country &b) { return a.alpha2 < b.alpha2; });
        list.erase(
            std::unique(list.begin(), list.end(),
                        [](const Country &a, const Country &b) { return a.alpha2 == b.alpha2; }),
            list.end());
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Country &c = list.at(i);
            const auto index = qint16(i);
            byAlpha2[detail::alphaIndex(c.alpha2, 2)] = index;
            if (byAlpha3[detail::alphaIndex(c.alpha3, 3)] == None)
                byAlpha3[detail::alphaIndex(c.alpha3, 3)] = index;
            if (byNumeric[c.numeric] == None)
                byNumeric[c.numeric] = index;
            foldedNames.append(detail::foldForSearch(c.name));
            foldedOfficialNames.append(detail::foldForSearch(c.officialName));
            nameOrder.append(index);
        }
        // Common names win over official names that happen to be the same words.
        for (qsizetype i = 0; i < list.size(); ++i)
            byName.insert(foldedNames.at(i), qint16(i));
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!foldedOfficialNames.at(i).isEmpty() && !byName.contains(foldedOfficialNames.at(i)))
                byName.insert(foldedOfficialNames.at(i), qint16(i));
        }
        std::sort(nameOrder.begin(), nameOrder.end(),
                  [this](qint16 a, qint16 b) { return foldedNames.at(a) < foldedNames.at(b); });
        if (list.isEmpty())
            qCCritical(lcIso) << "no countries could be loaded from" << path;
    }

    // Index of the country whose alpha-2, alpha-3 or numeric code is exactly `code`, or None.
    qint16 byCode(QStringView code) const
    {
        if (const int a2 = detail::alphaIndex(code, 2); a2 >= 0)
            return byAlpha2[a2];
        if (const int a3 = detail::alphaIndex(code, 3); a3 >= 0)
            return byAlpha3[a3];
        if (const int numeric = detail::numericIndex(code); numeric >= 0)
            return byNumeric[numeric];
        return None;
    }
};

const CountryTable &table()
{
    static const CountryTable instance; // built once, thread-safe (magic static)
    return instance;
}

} // namespace

const Country *Countries::find(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return nullptr;
    const CountryTable &t = table();
    qint16 index = t.byCode(text);
    if (index == None)
        index = t.byName.value(detail::foldForSearch(text), None);
    return index == None ? nullptr : &t.list.at(index);
}

QList<const Country *> Countries::search(QStringView prefix, int limit)
{
    QList<const Country *> result;
    if (limit == 0)
        return result;
    const CountryTable &t = table();
    const QString needle = detail::foldForSearch(prefix);

    QList<bool> taken(t.list.size(), false);
    const auto full = [&] { return limit >= 0 && result.size() >= limit; };
    const auto take = [&](qint16 i) {
        if (i == None || taken.at(i) || full())
            return;
        taken[i] = true;
        result.append(&t.list.at(i));
    };
    const auto pass = [&](auto &&matches) {
        for (const qint16 i : t.nameOrder) {
            if (full())
                return;
            if (matches(i))
                take(i);
        }
    };
    take(t.byCode(prefix.trimmed())); // codes as typed: "Ål" is no code, "al" is
    pass([&](qint16 i) { return t.foldedNames.at(i).startsWith(needle); });
    if (needle.isEmpty())
        return result;
    pass([&](qint16 i) { return detail::hasWordStartingWith(t.foldedNames.at(i), needle); });
    pass(
        [&](qint16 i) { return detail::hasWordStartingWith(t.foldedOfficialNames.at(i), needle); });
    return result;
}

const QList<Country> &Countries::all()
{
    return table().list;
}

} // namespace pavt

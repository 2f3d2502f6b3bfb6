// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/error.h"
#include "core/journal/layer.h"

#include <QString>
#include <QStringList>

namespace pavt {

// A PostgreSQL connection as the journal's setting gives it: a libpq connection string
// ("host=db.example port=5432 dbname=pavt user=seat", values optionally in single quotes) or a
// URL ("postgresql://seat@db.example:5432/pavt?sslmode=require").
struct PgConnection
{
    QString host; // host or hostaddr
    int port = -1; // -1: libpq's default
    QString database;
    QString user;
    QString password; // refused by the settings; kept so that a caller can tell
    QStringList options; // every other key=value, for QSqlDatabase::setConnectOptions

    // Fails ("journal_connection") for a URL that is not valid, a port that is not a number
    // from 1 to 65535, and a connection that names neither a host nor a database.
    static Result<PgConnection> parse(const QString &text);
};

} // namespace pavt

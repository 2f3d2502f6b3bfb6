// SPDX-License-Identifier: MIT
// JournalDatabase: a SQLite journal's files - its folder, the file, and SQLite's -wal and -shm
// beside it - made usable before SQLite opens them, and the file's check (PRAGMA quick_check).
//
// What blocked a start before: a -wal or -shm left unreadable or read-only (mode 000 or 0400: a
// crash, a copy, a restore), a journal file made read-only by a umask, a folder without its
// owner's write right, and files of another user (a start with sudo). The user's own files get
// back 0600 (the folder 0700); another user's are never touched: the start is refused with the
// file named and what to do. A -wal holds committed charges and is never removed.
#include "core/journal/journaldatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace pavt {

namespace {

#ifdef Q_OS_UNIX
QString userName(uid_t uid)
{
    passwd entry {};
    passwd *found = nullptr;
    char buffer[2048];
    if (::getpwuid_r(uid, &entry, buffer, sizeof buffer, &found) == 0 && found)
        return QString::fromLocal8Bit(found->pw_name);
    return QString::number(uid);
}

// The owner's rights on the journal's folder (`folder`) or one of its files, which may not be
// there yet: given back when they are the user's own, else refused unless this user may use them
// anyway (root, or rights given to a group on purpose).
Result<void> checkRights(const QString &path, bool folder)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat st
    {
    };
    if (::stat(name.constData(), &st) != 0)
        return {};
    const QString shown = QDir::toNativeSeparators(path);
    if (!folder && !S_ISREG(st.st_mode))
        return fail(QStringLiteral("journal_files"),
                    QCoreApplication::translate("pavt::Journal",
                                                "The journal cannot use %1: it must be a file, and "
                                                "it is not (a folder, perhaps). Move it out of the "
                                                "way and start again.")
                        .arg(shown));
    const uid_t me = ::geteuid();
    const int rights = R_OK | W_OK | (folder ? X_OK : 0);
    if (st.st_uid != me) {
        if (me == 0 || ::access(name.constData(), rights) == 0)
            return {};
        const QString owner = userName(st.st_uid);
        const QString user = userName(me);
        return fail(QStringLiteral("journal_files"),
                    folder ? QCoreApplication::translate(
                                 "pavt::Journal",
                                 "The journal's folder %1 belongs to another user (%2), and this "
                                 "user (%3) may not write to it. Give the folder to %3 (for "
                                 "example: chown -R %3 \"%1\") or use another data folder "
                                 "(PAVT_DATA_DIR), and start again.")
                                 .arg(shown, owner, user)
                           : QCoreApplication::translate(
                                 "pavt::Journal",
                                 "The journal's file %1 belongs to another user (%2), and this "
                                 "user (%3) may not use it. Once no program of %2 has the journal "
                                 "open, give the file to %3 (for example: chown %3 \"%1\") and "
                                 "start again.")
                                 .arg(shown, owner, user));
    }
    const mode_t needed = folder ? S_IRWXU : (S_IRUSR | S_IWUSR);
    if ((st.st_mode & needed) == needed)
        return {};
    const mode_t fixed = folder ? 0700 : 0600;
    if (::chmod(name.constData(), fixed) != 0)
        return fail(QStringLiteral("journal_files"),
                    QCoreApplication::translate("pavt::Journal",
                                                "The journal cannot use %1: it may not be read or "
                                                "written, and its rights could not be given back "
                                                "(%2). Give it the rights 0600 (a folder 0700) "
                                                "and start again.")
                        .arg(shown, QString::fromLocal8Bit(::strerror(errno))));
    qCWarning(lcJournal).noquote()
        << "gave" << shown << "its owner's rights back: mode"
        << QString::number(st.st_mode & 07777, 8) << "->" << QString::number(fixed, 8);
    return {};
}
#endif

} // namespace

Result<QString> JournalDatabase::prepareSqliteFiles(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            return fail(QStringLiteral("journal_folder"),
                        QCoreApplication::translate("pavt::Journal",
                                                    "Cannot create the journal's folder %1.")
                            .arg(QDir::toNativeSeparators(folder)));
        // Names and e-mail addresses of customers: for this user only (whatever the umask).
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    const QString file = info.absoluteFilePath();
#ifdef Q_OS_UNIX
    if (auto checked = checkRights(folder, true); !checked)
        return std::unexpected(checked.error());
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        if (auto checked = checkRights(file + QLatin1StringView(suffix), false); !checked)
            return std::unexpected(checked.error());
#endif
    if (!QFileInfo::exists(file)) {
        QFile created(file);
        // NewOnly: never truncate a journal another process created a moment ago.
        if (created.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                         QFile::ReadOwner | QFile::WriteOwner)) {
            // 0600 whatever the umask: a read-only journal would refuse every later start.
            created.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        } else if (!QFileInfo::exists(file)) {
            return fail(
                QStringLiteral("journal_file"),
                QCoreApplication::translate("pavt::Journal", "Cannot create the journal %1: %2")
                    .arg(QDir::toNativeSeparators(file), created.errorString()));
        }
    }
    return file;
}

Error JournalDatabase::damagedError(const QString &detail) const
{
    return Error { QStringLiteral("journal_damaged"),
                   QCoreApplication::translate(
                       "pavt::Journal",
                       "The journal (%1) is damaged (%2), so nothing can be charged. Close the "
                       "terminal, keep a copy of the file and see the administrator's guide "
                       "(a damaged journal).")
                       .arg(m_config.describe(), detail) };
}

Result<void> JournalDatabase::quickCheck()
{
    if (m_backend != JournalBackend::SQLite)
        return {};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // At most 10 problems: the first is shown, the count says how bad it is.
    if (!q.exec(QStringLiteral("PRAGMA quick_check(10)")))
        return std::unexpected(sqlError(q.lastError(), Step::CheckFile));
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString().simplified();
    const QSqlError error = q.lastError();
    q.finish();
    if (error.isValid())
        return std::unexpected(sqlError(error, Step::CheckFile));
    if (problems == QStringList { QStringLiteral("ok") })
        return {};
    qCWarning(lcJournal).noquote() << "quick_check of" << m_config.describe()
                                   << "failed:" << problems.join(QStringLiteral("; "));
    if (problems.isEmpty())
        return std::unexpected(damagedError(
            QCoreApplication::translate("pavt::Journal", "SQLite's check gave no answer")));
    QString detail = problems.first().left(200);
    if (problems.size() > 1) {
        const int more = int(problems.size() - 1);
        detail = QCoreApplication::translate("pavt::Journal", "%1, and %n more problem(s)", nullptr,
                                             more)
                     .arg(detail);
    }
    return std::unexpected(damagedError(detail));
}

Result<qint64> JournalDatabase::databaseBytes()
{
    if (m_backend != JournalBackend::SQLite)
        return 0;
    QSqlQuery q(m_db);
    qint64 bytes = 1;
    for (const char *pragma : { "PRAGMA page_count", "PRAGMA page_size" }) {
        if (!q.exec(QString::fromLatin1(pragma)) || !q.next())
            return std::unexpected(sqlError(q.lastError(), Step::CheckFile));
        bytes *= q.value(0).toLongLong();
        q.finish();
    }
    return bytes;
}

} // namespace pavt

// SPDX-License-Identifier: MIT
// Benchmark of the window: process start to a ready charge form (median of N runs, under the
// display it is given: run it under xvfb-run), peak memory of that process, and the reaction to
// a keystroke in the card number field (validation, formatting and a synchronous repaint).
// The start is measured twice in one run: with an empty journal and with a large one
// (bench_gui [RUNS] [--large ENTRIES], default 1,000,000), which start-up must not notice.
// Prints figures; never fails on timing.
#include "gui/chargepage.h"
#include "support/benchjournal.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double percentile(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    return v[size_t(q * double(v.size() - 1))];
}

long peakRssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int runs = argc > 1 && argv[1][0] != '-' ? std::max(3, atoi(argv[1])) : 15;
    std::printf("PayAgency Virtual Terminal window benchmark (platform: %s)\n",
                qPrintable(QGuiApplication::platformName()));
    {
        QFile load(QStringLiteral("/proc/loadavg")); // figures from a busy machine say so
        if (load.open(QIODevice::ReadOnly))
            std::printf("load average at start: %s\n", load.readLine().trimmed().constData());
    }

    // 1. Process start to a ready charge form, and peak memory: with an empty journal and with
    //    a large one (--large N entries, default 1,000,000; 0 skips it), in the same run.
    qint64 large = 1000000;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i)
        if (args.at(i) == u"--large")
            large = args.at(i + 1).toLongLong();
    QTemporaryDir config;
    QTemporaryDir emptyData;
    QTemporaryDir largeData;
    if (large > 0) {
        QElapsedTimer t;
        t.start();
        // The terminal runs on its demo mode here, whose journal is a file of its own.
        const QString path = largeData.filePath(QStringLiteral("demo-journal.sqlite3"));
        if (const QString error = pavt::bench::writeJournal(
                path, large, QDateTime::currentDateTimeUtc().addSecs(-3600));
            !error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("large journal: %lld entries, %.0f MiB, written in %.1f s\n", large,
                    double(QFileInfo(path).size()) / 1048576.0, double(t.elapsed()) / 1000.0);
    }
    const auto measure
        = [&](const QString &dataDir, std::vector<double> &startMs, std::vector<double> &rssMiB) {
              for (int i = 0; i < runs; ++i) {
                  QProcess p;
                  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
                  env.insert(QStringLiteral("PAVT_REPORT_READY"), QStringLiteral("1"));
                  env.insert(QStringLiteral("PAVT_CONFIG_DIR"), config.path());
                  env.insert(QStringLiteral("PAVT_DATA_DIR"), dataDir);
                  p.setProcessEnvironment(env);
                  QElapsedTimer timer;
                  timer.start();
                  p.start(QStringLiteral(PAVT_APP_EXECUTABLE), { QStringLiteral("--demo") });
                  if (!p.waitForStarted(5000))
                      return false;
                  bool ready = false;
                  while (!ready && timer.elapsed() < 10000 && p.waitForReadyRead(10000))
                      ready = p.readAllStandardOutput().contains("ready");
                  const double ms = double(timer.nsecsElapsed()) / 1e6;
                  QTest::qWait(200); // let it settle to read a fair peak
                  const long kib = peakRssKiB(p.processId());
                  p.kill();
                  p.waitForFinished();
                  if (!ready) {
                      std::printf("run %d: the window never reported ready\n", i);
                      return false;
                  }
                  if (i > 0) { // the first run warms the file cache
                      startMs.push_back(ms);
                      rssMiB.push_back(double(kib) / 1024.0);
                  }
              }
              return true;
          };
    std::vector<double> startMs, rssMiB, largeStartMs, largeRssMiB;
    // Alternating would mix the caches; each set runs whole, the empty one first.
    if (!measure(emptyData.path(), startMs, rssMiB))
        return 1;
    std::printf(
        "start to ready charge form: median %.1f ms, p90 %.1f ms (%zu runs, target <= 150 ms)\n",
        percentile(startMs, 0.5), percentile(startMs, 0.9), startMs.size());
    std::printf("peak memory (VmHWM):        median %.1f MiB, max %.1f MiB (target <= 60 MB)\n",
                percentile(rssMiB, 0.5), percentile(rssMiB, 1.0));
    if (large > 0) {
        if (!measure(largeData.path(), largeStartMs, largeRssMiB))
            return 1;
        const double empty = percentile(startMs, 0.5);
        const double full = percentile(largeStartMs, 0.5);
        std::printf("start with %lld entries:    median %.1f ms, p90 %.1f ms (%zu runs); %+.0f %% "
                    "against the empty journal (aim <= +10 %%)\n",
                    large, full, percentile(largeStartMs, 0.9), largeStartMs.size(),
                    (full - empty) * 100.0 / empty);
        std::printf("peak memory with %lld:      median %.1f MiB, max %.1f MiB\n", large,
                    percentile(largeRssMiB, 0.5), percentile(largeRssMiB, 1.0));
    }

    // 2. Keystroke reaction: key press -> validation -> formatting -> repaint.
    pavt::gui::ChargePage page;
    page.resize(1000, 700);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        return 1;
    QLineEdit *edit = page.edit(pavt::Field::CardNumber);
    edit->setFocus();
    std::vector<double> keyUs;
    const QString digits = QStringLiteral("4111111111111111");
    for (int round = 0; round < 60; ++round) {
        edit->clear();
        page.controller().setText(pavt::Field::CardNumber, QString());
        for (QChar c : digits) {
            QElapsedTimer t;
            t.start();
            QTest::keyClick(edit, c.toLatin1());
            // What the event loop does next: repaint the regions that changed, synchronously.
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
            keyUs.push_back(double(t.nsecsElapsed()) / 1000.0);
            if (!edit->hasFocus())
                edit->setFocus();
        }
    }
    std::printf("keystroke reaction (card number: validate + group + repaint of what changed): "
                "median %.0f us, "
                "p99 %.0f us (%zu keys, target <= 2 ms)\n",
                percentile(keyUs, 0.5), percentile(keyUs, 0.99), keyUs.size());
    // The same with the whole page repainted after every key: an upper bound.
    std::vector<double> fullUs;
    for (int round = 0; round < 20; ++round) {
        edit->clear();
        page.controller().setText(pavt::Field::CardNumber, QString());
        for (QChar c : digits) {
            QElapsedTimer t;
            t.start();
            QTest::keyClick(edit, c.toLatin1());
            page.repaint();
            fullUs.push_back(double(t.nsecsElapsed()) / 1000.0);
            if (!edit->hasFocus())
                edit->setFocus();
        }
    }
    std::printf("keystroke + full repaint of the page (upper bound): median %.0f us, p99 %.0f us\n",
                percentile(fullUs, 0.5), percentile(fullUs, 0.99));
    return 0;
}
